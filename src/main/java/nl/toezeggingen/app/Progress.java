package nl.toezeggingen.app;

/**
 * How far long work has come, told to whoever shows it: the window's progress bar, a line on a terminal.
 * The work names its step by a message key taking (done, total), such as {@code progress.import.checking}
 * ("regel {0} van {1} gecontroleerd"), so each face says it in the user's language. {@link #cancelled()}
 * is asked between steps, where stopping is safe; work that stops throws {@link Cancelled} before anything
 * is written.
 */
public interface Progress {
    Progress NONE = (step, done, total) -> { };

    /** {@code done} of {@code total} in step {@code step}; a total of 0 or less means "not known yet". */
    void at(String step, long done, long total);

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
