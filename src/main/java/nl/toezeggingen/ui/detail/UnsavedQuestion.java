package nl.toezeggingen.ui.detail;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import nl.toezeggingen.app.Messages;

/** "Wijzigingen opslaan?" with Opslaan / Niet opslaan / Annuleren, asked before a form with edits is left. */
final class UnsavedQuestion {
    enum Answer { SAVE, DISCARD, CANCEL }

    private UnsavedQuestion() {
    }

    static Answer ask(Window owner, Messages messages, String title) {
        ButtonType save = new ButtonType(messages.get("ui.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("ui.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                messages.get("ui.unsaved.text"), save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.title"));
        String name = title == null || title.isBlank() ? messages.get("ui.unsaved.header.new")
                : messages.get("ui.unsaved.header", title.strip());
        alert.setHeaderText(name);
        alert.getDialogPane().getStyleClass().add("unsaved-dialog");
        // Opslaan is what Enter does: keeping work is the safe choice; Escape is Annuleren (stay).
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(save)).setDefaultButton(true);
        ButtonType chosen = alert.showAndWait().orElse(cancel);
        return chosen == save ? Answer.SAVE : chosen == discard ? Answer.DISCARD : Answer.CANCEL;
    }
}
