package nl.toezeggingen.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import nl.toezeggingen.app.LaunchOptions;

/** Placeholder until the window lands. */
public final class ToezeggingenApp extends Application {
    private static LaunchOptions pending;
    private final LaunchOptions options;

    public ToezeggingenApp() {
        this(pending);
    }

    public ToezeggingenApp(LaunchOptions options) {
        this.options = options;
    }

    public static void launch(LaunchOptions options) {
        pending = options;
        Application.launch(ToezeggingenApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle(options.messages().get("app.title"));
        stage.show();
    }
}
