package nl.toezeggingen.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import nl.toezeggingen.app.EarlySettings;
import nl.toezeggingen.app.LaunchOptions;
import nl.toezeggingen.app.Preferences;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.TrackedCommitment;

/**
 * The start-up fast path, in one place. H2 and its first query cost as much as the toolkit itself, so
 * {@link #begin} opens the data, reads the first list and the saved settings while the toolkit starts, and
 * reads the theme and text size from the small file beside the data ({@link EarlySettings}), so the first
 * frame is in the user's colours and size. The window asks {@link #ready()} what is in as it shows, and
 * opens its data through {@link #open}: the tracker opened here (its failure, data in use or damaged, as the
 * failure itself) the first time, with what was read if the window did not have it yet; a fresh one after that.
 */
public final class QuickStart {
    private final LaunchOptions options;
    private final SystemLook system = new SystemLook();
    private final Map<String, String> earlySettings;
    // "Volg systeem" asks the system, which can take a moment: in the background, beside the rest.
    private final CompletableFuture<Boolean> earlyDark;
    private CompletableFuture<Opened> opening; // null when nothing was begun, or once open() took it; guarded by this
    private boolean firstTaken; // guarded by this

    /** What {@link #ready()} hands the window: the first list, and the settings and theme read with it. */
    public record First(List<TrackedCommitment> list, Map<String, String> settings, boolean dark) {
    }

    private record Opened(Tracker tracker, First first) {
    }

    private QuickStart(LaunchOptions options, boolean early) {
        this.options = options;
        if (early) {
            opening = CompletableFuture.supplyAsync(this::openAndRead, work -> {
                Thread thread = new Thread(work, "toezeggingen-open");
                thread.setDaemon(true);
                thread.start();
            });
        }
        this.earlySettings = new EarlySettings(options.dataDirectory()).read();
        Theme theme = Theme.chosenIn(earlySettings);
        earlyDark = theme == Theme.SYSTEM ? CompletableFuture.supplyAsync(() -> theme.wantsDark(system))
                : CompletableFuture.completedFuture(theme.wantsDark(system));
    }

    /** Starts opening the data and reading what the first frame shows; returns at once. Before the toolkit starts. */
    public static QuickStart begin(LaunchOptions options) {
        return new QuickStart(options, true);
    }

    /** Nothing opened ahead: the window opens its data the usual way once it shows (a window started in a test). */
    public static QuickStart none(LaunchOptions options) {
        return new QuickStart(options, false);
    }

    public LaunchOptions options() {
        return options;
    }

    private Opened openAndRead() {
        Tracker tracker = options.openWithoutStartBackup();
        List<TrackedCommitment> list = tracker.list();
        Map<String, String> settings = new Preferences(tracker).all();
        // Asked here if the database says "volg systeem", so that the window need not wait for the answer.
        return new Opened(tracker, new First(list, settings, Theme.chosenIn(settings).wantsDark(system)));
    }

    /**
     * The window program's look, from the file beside the data. On the FX thread, as the window starts; waits
     * for the system's answer to "volg systeem" when that was chosen (asked since {@link #begin}).
     */
    public Look look() {
        return new Look(earlyDark.join(), TextSize.chosenIn(earlySettings), system);
    }

    /**
     * What was read during start-up, when it is all in (the data opened well): once; empty when it is not in
     * yet, failed, or was handed out already. On the FX thread, never waits.
     */
    public synchronized Optional<First> ready() {
        if (firstTaken || opening == null || !opening.isDone() || opening.isCompletedExceptionally()) {
            return Optional.empty();
        }
        firstTaken = true;
        return Optional.of(opening.join().first());
    }

    /**
     * The window's tracker: the one opened during start-up (waited for), with its failure thrown as itself;
     * after that, or without a start-up opening, a fresh opening (the user's "Opnieuw proberen"). What was
     * read with it goes to {@code late} first, when {@link #ready()} had not handed it out (it came in after
     * the window showed): the window shows it rather than reading the same again. On the window's disk thread.
     */
    public Tracker open(Consumer<First> late) {
        boolean handOut;
        CompletableFuture<Opened> early;
        synchronized (this) {
            early = opening;
            opening = null;
            handOut = !firstTaken;
            firstTaken = true;
        }
        if (early == null) {
            return options.openWithoutStartBackup();
        }
        Opened opened;
        try {
            opened = early.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        if (handOut) {
            late.accept(opened.first());
        }
        return opened.tracker();
    }

    /**
     * The data opened for a window that will not come: waited for and closed, so the program does not
     * end halfway through creating the file, which would leave one with headers only.
     */
    public void abandon() {
        CompletableFuture<Opened> early;
        synchronized (this) {
            early = opening;
            opening = null;
            firstTaken = true;
        }
        if (early == null) {
            return;
        }
        try {
            early.join().tracker().close();
        } catch (RuntimeException e) {
            // Could not be opened (in use, damaged): then there is nothing to close either.
        }
    }

    /** Completes when the start-up opening is done, well or not; for a test that wants the fast path taken. */
    CompletableFuture<?> opened() {
        CompletableFuture<Opened> early;
        synchronized (this) {
            early = opening;
        }
        return early == null ? CompletableFuture.completedFuture(null) : early.handle((done, failed) -> done);
    }
}
