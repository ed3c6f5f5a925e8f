package nl.toezeggingen.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import nl.toezeggingen.app.Messages;

/** Dialogs in the user's language: JavaFX would label the buttons in the machine's language instead. */
public final class Dialogs {
    private Dialogs() {
    }

    /** Shows the message without waiting, so that background callbacks are never held up. */
    public static Alert error(Window owner, Messages messages, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text, closeButton(messages));
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(header);
        alert.getDialogPane().getStyleClass().add("error-dialog");
        alert.show();
        return alert;
    }

    /** "Sluiten": ButtonType.CLOSE would read "Close", since JavaFX has no Dutch words for its buttons. */
    public static ButtonType closeButton(Messages messages) {
        return new ButtonType(messages.get("ui.dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** Asks before something that cannot be undone; true only when the user chose {@code confirmLabel}. */
    public static boolean confirm(Window owner, Messages messages, String header, String text, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, yes, no);
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(header);
        alert.getDialogPane().getStyleClass().add("confirm-dialog");
        // Cancel is the default: Enter must not delete by accident.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }
}
