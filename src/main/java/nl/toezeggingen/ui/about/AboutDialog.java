package nl.toezeggingen.ui.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javafx.scene.control.Alert;
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
        about.show();
    }

    private static String licence() {
        try (InputStream in = AboutDialog.class.getResourceAsStream(LICENCE)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
