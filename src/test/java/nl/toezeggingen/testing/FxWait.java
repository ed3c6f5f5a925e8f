package nl.toezeggingen.testing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import nl.toezeggingen.app.LaunchOptions;
import nl.toezeggingen.ui.Background;
import nl.toezeggingen.ui.Session;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting for a condition on the FX thread (never for a time), and a window's kind of session, for dialog tests. */
public final class FxWait {
    private FxWait() {
    }

    /** Until {@code condition} holds after the FX events so far; fails after 15 seconds. */
    public static void until(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("the dialog did not get there in time", e);
        }
    }

    /** A session on the data of {@code options}, opened as the window opens its own. */
    public static Session openSession(FxRobot robot, LaunchOptions options) {
        Session session = new Session(new Background(), options::openWithoutStartBackup);
        java.util.concurrent.atomic.AtomicInteger opened = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> session.open(opened::incrementAndGet, error -> {
            throw new AssertionError(error);
        }));
        until(() -> opened.get() == 1);
        return session;
    }
}
