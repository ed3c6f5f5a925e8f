package nl.toezeggingen.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.toezeggingen.ui.StartupProbe;

/** The platform's floor: an empty JavaFX stage that reports its first frame like the real window does. */
public final class EmptyStage extends Application {

    /** On the class path the main class must not be the Application itself (as with the real Main). */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(EmptyStage.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(), 1280, 760);
        stage.setScene(scene);
        stage.show();
        StartupProbe.afterNextFrame(scene);
    }
}
