package nl.toezeggingen.cli;

import java.io.PrintWriter;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Progress;

/**
 * A progress line on stderr ("regel 45.000 van 100.000"), rewritten in place, for a person watching a
 * terminal. Only when the program runs in one: output to a pipe or a file (a script, JSON) never gets it,
 * and work done within a second shows none at all.
 */
final class TerminalProgress implements Progress {
    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final long EVERY_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final Messages messages;
    private final java.util.function.LongSupplier clock;
    private final long started;
    private long shown;
    private boolean open;

    TerminalProgress(PrintWriter err, Messages messages, java.util.function.LongSupplier nanoClock) {
        this.err = err;
        this.messages = messages;
        this.clock = nanoClock;
        this.started = nanoClock.getAsLong();
    }

    /** No line at all when no terminal is attached (a pipe, a file, a scheduled task). */
    static Progress of(PrintWriter err, Messages messages) {
        return System.console() == null ? Progress.NONE : new TerminalProgress(err, messages, System::nanoTime);
    }

    @Override
    public void at(String step, long done, long total) {
        long now = clock.getAsLong();
        boolean last = total > 0 && done >= total;
        if (now - started < QUIET_NANOS || open && now - shown < EVERY_NANOS && !last) {
            return;
        }
        shown = now;
        open = !last;
        // Padded, so a shorter line wipes out the end of a longer one before it.
        String line = String.format("%-60s", messages.get(step, done, total));
        err.print("\r" + line + (last ? System.lineSeparator() : ""));
        err.flush();
    }
}
