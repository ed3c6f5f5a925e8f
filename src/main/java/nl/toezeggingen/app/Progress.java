package nl.toezeggingen.app;

/**
 * How far long work has come (rows of an import, bytes of a restore), told to whoever shows it: the
 * window's progress bar, a line on a terminal. {@link #cancelled()} is asked between steps, where
 * stopping is safe; work that stops throws {@link Cancelled} before anything is written.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void at(long done, long total) {
            // nobody is watching
        }
    };

    /** {@code done} of {@code total} steps; a total of 0 or less means "not known yet". */
    void at(long done, long total);

    default boolean cancelled() {
        return false;
    }

    /** Throws {@link Cancelled} when the user asked to stop. */
    default void stopIfCancelled() {
        if (cancelled()) {
            throw new Cancelled();
        }
    }

    /** The user stopped the work; nothing was written. */
    final class Cancelled extends RuntimeException {
        public Cancelled() {
            super("cancelled by the user", null, false, false);
        }
    }
}
