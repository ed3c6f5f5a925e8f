package nl.toezeggingen.ui;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Progress;

/**
 * Long work running on the disk thread, as the window shows it: how far it is (0 to 1; 0 while the total
 * is not known), in words ("regel 45.000 van 100.000"), and a way to ask it to stop. Updates reach the FX
 * thread at most once per pulse, however often the work reports.
 */
public final class LongWork {
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
    private volatile boolean cancelled;
    private final java.util.concurrent.atomic.AtomicReference<Runnable> pending = new java.util.concurrent.atomic.AtomicReference<>();

    Progress progress(Messages messages) {
        return new Progress() {
            @Override
            public void at(String step, long done, long total) {
                Runnable update = () -> {
                    progress.set(total > 0 ? Math.min(1.0, (double) done / total) : 0);
                    message.set(messages.get(step, done, total));
                };
                if (pending.getAndSet(update) == null) {
                    Platform.runLater(() -> pending.getAndSet(null).run());
                }
            }

            @Override
            public boolean cancelled() {
                return cancelled;
            }
        };
    }

    void finished() {
        running.set(false);
    }

    /** Asks the work to stop at its next safe step; it then fails with {@link Progress.Cancelled}. */
    public void cancel() {
        cancelled = true;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
