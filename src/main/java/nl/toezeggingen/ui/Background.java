package nl.toezeggingen.ui;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

/**
 * Runs disk work off the FX thread and hands the outcome back on it. One thread, so work runs in the
 * order it was asked for (a save is always followed by the list that shows it) and H2 sees one caller.
 */
public final class Background {
    private static final System.Logger LOG = System.getLogger(Background.class.getName());

    private final ExecutorService executor = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "toezeggingen-disk");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** How far the long work now running is, for the status bar: -1 while unknown or none runs. */
    private final javafx.beans.property.ReadOnlyDoubleWrapper progress = new javafx.beans.property.ReadOnlyDoubleWrapper(-1);
    private final javafx.beans.property.ReadOnlyStringWrapper progressText = new javafx.beans.property.ReadOnlyStringWrapper("");
    private int running;

    /** Call on the FX thread; {@code onSuccess} and {@code onFailure} are called on it too. */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            // The window is closing (a field losing focus as it goes, say): the data is already closed.
            return;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> {
            done();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            done();
            LOG.log(System.Logger.Level.DEBUG, "background work failed", task.getException());
            onFailure.accept(task.getException());
        });
        running++;
        busy.set(true);
        executor.execute(task);
    }

    /**
     * Long work that says how far it is: the returned handle's progress and message follow what {@code work}
     * tells its {@link nl.toezeggingen.app.Progress}, in the user's words. {@link LongWork#cancel} asks the work to stop at its next
     * safe step (never by interrupting the thread: an interrupted file channel would close the database).
     */
    public <T> LongWork run(java.util.function.Function<nl.toezeggingen.app.Progress, T> work,
            nl.toezeggingen.app.Messages messages, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        LongWork handle = new LongWork();
        progress.bind(handle.progressProperty());
        progressText.bind(handle.messageProperty());
        run(() -> work.apply(handle.progress(messages)), result -> {
            handle.finished();
            onSuccess.accept(result);
        }, error -> {
            handle.finished();
            onFailure.accept(error);
        });
        return handle;
    }

    /** The status bar's view of long work: its progress (0 to 1, -1 unknown) and its words. */
    public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    private void done() {
        running--;
        busy.set(running > 0);
        if (running == 0) {
            progress.unbind();
            progress.set(-1);
            progressText.unbind();
            progressText.set("");
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Lets queued work finish, runs {@code last} after it on the same thread, then stops the thread. */
    public void finish(Runnable last, Duration patience) {
        Future<?> end = executor.submit(last);
        executor.shutdown();
        try {
            end.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "closing the data took too long or failed", e);
        }
    }
}
