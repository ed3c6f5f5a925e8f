package nl.toezeggingen.ui;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.ui.main.MainWindowController;
import nl.toezeggingen.ui.main.WindowModel;

/**
 * The window. It shows itself first and opens the data behind it, so the first frame never waits for
 * H2; it closes the data on exit so that the next start (or the command line) can open it.
 */
public final class ToezeggingenApp extends Application {
    private static final double WIDTH = 1440;
    private static final double HEIGHT = 760;
    private static LaunchOptions pending;
    private static CompletableFuture<Opened> opening;
    private static EarlyLook early;
    private boolean listShown;

    private final LaunchOptions options;
    private Session session;
    private MainWindowController controller;
    private FrontRequest frontRequests;

    /** For {@link Application#launch}, which insists on a no-argument constructor. */
    public ToezeggingenApp() {
        this(pending);
    }

    public ToezeggingenApp(LaunchOptions options) {
        this.options = options;
    }

    /** Shows the window and returns when it closes; {@link NoDisplay} when there is no screen to show it on. */
    public static void launch(LaunchOptions options) {
        // Before the data is opened early: without a screen there is nothing to open it for.
        if (NoDisplay.evident()) {
            throw new NoDisplay(null);
        }
        pending = options;
        openEarly(options);
        // The calendar popup and other built-in controls follow the default locale, not our bundle.
        Locale.setDefault(options.messages().locale());
        try {
            Application.launch(ToezeggingenApp.class);
        } catch (UnsupportedOperationException e) {
            // What glass throws when it cannot open the display ("Unable to open DISPLAY"); a failure in
            // the window itself comes wrapped in a RuntimeException instead.
            closeEarlyOpening();
            throw new NoDisplay(e);
        }
    }

    /**
     * The data opened for a window that will not come: waited for and closed, so the program does not
     * end halfway through creating the file, which would leave one with headers only.
     */
    private static void closeEarlyOpening() {
        CompletableFuture<Opened> early = opening;
        opening = null;
        try {
            early.join().tracker().close();
        } catch (RuntimeException e) {
            // Could not be opened (in use, damaged): then there is nothing to close either.
        }
    }

    /**
     * The data opens while the toolkit starts, not after the window shows: H2 and its first query cost as
     * much as the toolkit itself. The first list and the window's settings are read here too. Returns
     * when it has started; the next window started in this program picks it up.
     */
    static CompletableFuture<?> openEarly(LaunchOptions options) {
        opening = CompletableFuture.supplyAsync(() -> {
            Tracker tracker = options.openWithoutStartBackup();
            return new Opened(tracker, tracker.list(), new nl.toezeggingen.app.Preferences(tracker).all());
        }, work -> {
            Thread thread = new Thread(work, "toezeggingen-open");
            thread.setDaemon(true);
            thread.start();
        });
        early = EarlyLook.read(options);
        return opening;
    }

    @Override
    public void start(Stage stage) throws IOException {
        Messages messages = options.messages();
        EarlyLook look = early != null ? early : EarlyLook.read(options);
        early = null;
        Theme.show(look.dark().join());
        Theme.textSize(look.textSize());
        session = new Session(new Background(), this::opened);
        controller = MainWindowController.load(new WindowModel(messages, session, options.clock()),
                options.dataDirectory());
        Parent root = (Parent) controller.root();
        controller.initSafety(options.backups());
        controller.setDocumentOpener(getHostServices()::showDocument);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        Theme.style(scene);
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
        showIfReady();
        stage.show();
        showIfReady();
        keepWithin(stage, screen);
        // The search field would take focus and hide its prompt; the table is where the eye starts.
        controller.focusTable();
        controller.open();
        watchFrontRequests(stage);
        makeClassArchiveLater();
    }

    /**
     * The theme and text size from the small file beside the data, not from the database: the first frame
     * is already in the user's colours and size. "Volg systeem" asks the system, which can take a moment:
     * in the background.
     */
    private record EarlyLook(CompletableFuture<Boolean> dark, TextSize textSize) {
        static EarlyLook read(LaunchOptions options) {
            java.util.Map<String, String> saved = new nl.toezeggingen.app.EarlySettings(options.dataDirectory()).read();
            Theme theme = Theme.chosenIn(saved);
            return new EarlyLook(theme == Theme.SYSTEM ? CompletableFuture.supplyAsync(theme::wantsDark)
                    : CompletableFuture.completedFuture(theme.wantsDark()), TextSize.chosenIn(saved));
        }
    }

    private void showIfReady() {
        CompletableFuture<Opened> early = opening;
        if (!listShown && early != null && early.isDone() && !early.isCompletedExceptionally()) {
            controller.showFirst(early.join().look(), early.join().list());
            listShown = true;
        }
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

    /**
     * The tracker opened during start-up, with its failure (data in use, say) as the failure itself;
     * after that, or without a start-up opening (tests), a fresh opening (the user's "Opnieuw proberen").
     */
    private Tracker opened() {
        CompletableFuture<Opened> early = opening;
        opening = null;
        if (early == null) {
            return options.openWithoutStartBackup();
        }
        try {
            Opened opened = early.join();
            if (!listShown) {
                session.prefetched(opened.list());
            }
            return opened.tracker();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** What the start-up opening brings: the data, and its first list for the table. */
    private record Opened(Tracker tracker, java.util.List<nl.toezeggingen.domain.TrackedCommitment> list,
            java.util.Map<String, String> look) {
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
