package nl.toezeggingen.ui;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.TrackedCommitment;

/**
 * The window's one Tracker: opened, used and closed on the background thread only, so the FX thread
 * never waits for the disk and the tracker never sees two threads at once.
 */
public final class Session {
    private final Background background;
    private final Supplier<Tracker> opener;
    private Tracker tracker; // touched on the background thread only

    public Session(Background background, Supplier<Tracker> opener) {
        this.background = background;
        this.opener = opener;
    }

    public Background background() {
        return background;
    }

    /** Opens the data if it is not open yet; {@code onFailure} gets DataUnavailable when another copy holds it. */
    public void open(Runnable onOpen, Consumer<Throwable> onFailure) {
        background.run(() -> {
            if (tracker == null) {
                tracker = opener.get();
            }
            return Boolean.TRUE;
        }, opened -> onOpen.run(), onFailure);
    }

    public <T> void call(Function<Tracker, T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        background.run(() -> {
            if (tracker == null) {
                throw new IllegalStateException("the data is not open");
            }
            return work.apply(tracker);
        }, onSuccess, onFailure);
    }

    /** As {@link #call}, for long work that reports its progress; see {@link Background#run(java.util.function.Function, nl.toezeggingen.app.Messages, Consumer, Consumer)}. */
    public <T> LongWork call(java.util.function.BiFunction<Tracker, nl.toezeggingen.app.Progress, T> work,
            nl.toezeggingen.app.Messages messages, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        return background.run(progress -> {
            if (tracker == null) {
                throw new IllegalStateException("the data is not open");
            }
            return work.apply(tracker, progress);
        }, messages, onSuccess, onFailure);
    }

    /**
     * Closes the data and runs {@code work} on the closed files (a restore, setting a damaged file aside).
     * The data stays closed: the caller reopens it with {@link #open}, whatever the outcome.
     */
    public <T> void whileClosed(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        background.run(() -> {
            if (tracker != null) {
                tracker.close();
                tracker = null;
            }
            return work.call();
        }, onSuccess, onFailure);
    }

    /** As {@link #whileClosed(Callable, Consumer, Consumer)}, for long work that reports its progress. */
    public <T> LongWork whileClosed(java.util.function.Function<nl.toezeggingen.app.Progress, T> work,
            nl.toezeggingen.app.Messages messages, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        return background.run(progress -> {
            if (tracker != null) {
                tracker.close();
                tracker = null;
            }
            return work.apply(progress);
        }, messages, onSuccess, onFailure);
    }

    /** The tracker's list, read afresh. */
    public void list(Consumer<List<TrackedCommitment>> onSuccess, Consumer<Throwable> onFailure) {
        call(Tracker::list, onSuccess, onFailure);
    }

    /** Waits for queued work and closes the data, so that another copy (or a test) can open it next. */
    public void close() {
        background.finish(() -> {
            if (tracker != null) {
                tracker.close();
                tracker = null;
            }
        }, Duration.ofSeconds(10));
    }
}
