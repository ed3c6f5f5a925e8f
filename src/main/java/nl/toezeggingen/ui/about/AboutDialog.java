package nl.toezeggingen.ui.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import nl.toezeggingen.app.AppVersion;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.ui.Dialogs;

/** "Over Toezeggingen": the version, where the data lives, and the licences of what is inside. */
public final class AboutDialog {
    private static final String LICENCE = "/nl/toezeggingen/ui/about/LICENSE.txt";
    private static final String ICON = "/nl/toezeggingen/ui/about/toezeggingen-64.png";

    private AboutDialog() {
    }

    public static void show(Window owner, Messages messages, Path dataDirectory) {
        String version = AppVersion.current();
        Alert about = new Alert(Alert.AlertType.INFORMATION, "", Dialogs.closeButton(messages));
        about.initOwner(owner);
        about.setTitle(messages.get("ui.about.title"));
        about.setHeaderText(messages.get("ui.about.header",
                version == null ? messages.get("ui.about.development") : version));
        about.setContentText(messages.get("ui.about.text", dataDirectory.toAbsolutePath().toString()));
        InputStream icon = AboutDialog.class.getResourceAsStream(ICON);
        if (icon != null) {
            about.setGraphic(new ImageView(new Image(icon)));
        }
        TextArea licences = new TextArea(licence());
        licences.setEditable(false);
        licences.setWrapText(true);
        licences.setPrefRowCount(14);
        licences.setAccessibleText(messages.get("ui.about.licences"));
        about.getDialogPane().setExpandableContent(licences);
        about.getDialogPane().setExpanded(false);
        about.getDialogPane().setId("aboutDialog");
        detailsInUsersWords(about.getDialogPane(), messages);
        about.show();
    }

    /**
     * The pane's own "Show Details" / "Hide Details" link takes its words from the toolkit, which has no
     * Dutch: say what it opens, in the user's language, after the toolkit's own listener has had its say.
     */
    private static void detailsInUsersWords(DialogPane pane, Messages messages) {
        // Before the window shows, the link sits in the button bar's list, not yet among its children.
        if (!(pane.lookup(".button-bar") instanceof ButtonBar bar)) {
            return;
        }
        bar.getButtons().stream()
                .filter(node -> node instanceof Hyperlink && node.getStyleClass().contains("details-button"))
                .map(Hyperlink.class::cast)
                .findFirst()
                .ifPresent(details -> {
                    InvalidationListener words = o -> details.setText(
                            messages.get(pane.isExpanded() ? "ui.about.licences.hide" : "ui.about.licences.show"));
                    pane.expandedProperty().addListener(words);
                    words.invalidated(null);
                });
    }

    private static String licence() {
        try (InputStream in = AboutDialog.class.getResourceAsStream(LICENCE)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
