package nl.toezeggingen.ui.help;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The help page in a window of its own, beside the work rather than over it; Escape closes it. */
public final class HelpWindow {
    private static final String ID = "helpPage";

    private HelpWindow() {
    }

    /** Opens the help beside {@code owner}, or brings the one open already to the front. */
    public static void show(Window owner, String title, HelpPage page) {
        // Found among the open windows rather than kept: a window program holds no state of its own here.
        java.util.Optional<Window> open = Window.getWindows().stream()
                .filter(w -> w instanceof Stage stage && stage.getOwner() == owner && w.getScene() != null
                        && ID.equals(w.getScene().getRoot().getId()))
                .findFirst();
        if (open.isPresent()) {
            ((Stage) open.get()).toFront();
            return;
        }
        VBox content = new VBox();
        content.getStyleClass().add("help-page");
        for (HelpPage.Section section : page.sections()) {
            content.getChildren().add(label(section.title(), "help-heading"));
            if (!section.intro().isEmpty()) {
                content.getChildren().add(label(section.intro(), "help-text"));
            }
            for (HelpPage.Entry entry : section.entries()) {
                VBox item = new VBox(label(entry.term(), "help-term"), label(entry.text(), "help-text"));
                item.getStyleClass().add("help-entry");
                if (entry.term().isEmpty()) {
                    item.getChildren().remove(0);
                }
                content.getChildren().add(item);
            }
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId(ID);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(scroll, Math.min(720, screen.getWidth() - 40), Math.min(700, screen.getHeight() - 60));
        scene.getStylesheets().add(HelpWindow.class.getResource("help.css").toExternalForm());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        stage.setScene(scene);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.show();
    }

    private static Label label(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }
}
