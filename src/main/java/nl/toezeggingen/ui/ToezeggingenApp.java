package nl.toezeggingen.ui;

import java.io.IOException;
import java.util.Locale;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.application.Platform;
import nl.toezeggingen.app.FrontRequest;
import nl.toezeggingen.app.LaunchOptions;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.ui.main.MainWindowController;
import nl.toezeggingen.ui.main.WindowModel;

/**
 * The window. It shows itself first and opens the data behind it, so the first frame never waits for
 * H2; it closes the data on exit so that the next start (or the command line) can open it.
 */
public final class ToezeggingenApp extends Application {
    private static final double WIDTH = 1440;
    private static final double HEIGHT = 760;
    // Application.launch makes the instance itself, with no arguments: the one way to hand it the quick
    // start begun before the toolkit. Set just before launch, taken by the constructor; the only static state.
    private static volatile QuickStart launching;

    private final LaunchOptions options;
    private final QuickStart quickStart;
    private Look look;
    private Session session;
    private MainWindowController controller;
    private FrontRequest frontRequests;

    /** For {@link Application#launch}, which insists on a no-argument constructor. */
    public ToezeggingenApp() {
        this(launching);
        launching = null;
    }

    /** A window that opens its data once it shows (nothing opened ahead). */
    public ToezeggingenApp(LaunchOptions options) {
        this(QuickStart.none(options));
    }

    ToezeggingenApp(QuickStart quickStart) {
        this.quickStart = quickStart;
        this.options = quickStart.options();
    }

    /** Shows the window and returns when it closes; {@link NoDisplay} when there is no screen to show it on. */
    public static void launch(LaunchOptions options) {
        // Before the data is opened early: without a screen there is nothing to open it for.
        if (NoDisplay.evident()) {
            throw new NoDisplay(null);
        }
        QuickStart quick = QuickStart.begin(options);
        launching = quick;
        try {
            Application.launch(ToezeggingenApp.class);
        } catch (UnsupportedOperationException e) {
            // What glass throws when it cannot open the display ("Unable to open DISPLAY"); a failure in
            // the window itself comes wrapped in a RuntimeException instead.
            quick.abandon();
            throw new NoDisplay(e);
        }
    }

    @Override
    public void start(Stage stage) throws IOException {
        Messages messages = options.messages();
        // The toolkit's own words (a text field's menu, the calendar) follow the default locale, not our
        // bundle: set here, before the first control, so a window started by a test speaks the same.
        Locale.setDefault(messages.locale());
        look = quickStart.look();
        // What the start-up read and the window did not show yet comes with the data, before it answers.
        session = new Session(new Background(),
                () -> quickStart.open(late -> Platform.runLater(() -> controller.showFirst(late))));
        controller = MainWindowController.load(new WindowModel(messages, session, options.clock(), look),
                options.dataDirectory());
        Parent root = (Parent) controller.root();
        controller.initSafety(options.backups());
        controller.setDocumentOpener(getHostServices()::showDocument);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        look.style(scene);
        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(Math.min(900, screen.getWidth()));
        stage.setMinHeight(Math.min(560, screen.getHeight()));
        stage.setScene(scene);
        // The window's close button: unsaved edits in the form are asked about first, never lost.
        stage.setOnCloseRequest(event -> {
            if (controller.hasUnsavedEdits()) {
                event.consume();
                controller.leave(stage::hide);
            }
        });
        if (StartupProbe.wanted()) {
            controller.whenFirstFilled(() -> StartupProbe.afterNextFrame(scene));
        }
        // Never waits for the data; but when it is here already, the first frame shows it. Showing takes
        // a while (the first CSS and layout), so it is often here after that, still before the first frame.
        quickStart.ready().ifPresent(controller::showFirst);
        stage.show();
        quickStart.ready().ifPresent(controller::showFirst);
        keepWithin(stage, screen);
        // The search field would take focus and hide its prompt; the table is where the eye starts.
        controller.focusTable();
        controller.open();
        watchFrontRequests(stage);
        makeClassArchiveLater();
    }

    /** This window program's look (for tests, which check what the window applied). */
    Look look() {
        return look;
    }

    /**
     * The first start after installing makes the archive that lets the next ones start quicker
     * ({@link nl.toezeggingen.app.ClassArchive}); a while after the window is up, at low priority.
     */
    private static void makeClassArchiveLater() {
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(10_000);
                nl.toezeggingen.app.ClassArchive.ofThisProgram().makeIfMissing();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "toezeggingen-class-archive");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** A second start drops a request file; this window then comes to the front. */
    private void watchFrontRequests(Stage stage) {
        try {
            frontRequests = FrontRequest.watch(options.dataDirectory(), () -> Platform.runLater(() -> {
                stage.setIconified(false);
                stage.toFront();
                stage.requestFocus();
            }));
        } catch (IOException | RuntimeException e) {
            // Only a convenience: without it a second start still says clearly that the data is open.
            frontRequests = null;
        }
    }

    /** The title bar comes on top of the scene's height; on a 1366x768 laptop that would push the buttons off screen. */
    private static void keepWithin(Stage stage, Rectangle2D screen) {
        if (stage.getHeight() > screen.getHeight()) {
            stage.setHeight(screen.getHeight());
            stage.setY(screen.getMinY());
        }
        if (stage.getWidth() > screen.getWidth()) {
            stage.setWidth(screen.getWidth());
            stage.setX(screen.getMinX());
        }
    }

    @Override
    public void stop() {
        if (frontRequests != null) {
            frontRequests.close();
        }
        if (controller != null) {
            controller.close();
            // Queued before the session closes, so it is written even as the program ends.
            java.util.Map<String, String> state = controller.remembered();
            if (session != null) {
                session.call(tracker -> {
                    new nl.toezeggingen.app.Preferences(tracker).putAll(state);
                    return true;
                }, done -> { }, failed -> { });
            }
        }
        if (session != null) {
            session.close();
        }
    }
}
