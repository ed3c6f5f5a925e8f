package nl.toezeggingen.cli;

import java.io.PrintWriter;
import java.util.function.BiFunction;
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
    private final BiFunction<Long, Long, String> words;
    private final long started = System.nanoTime();
    private long shown;
    private boolean open;

    TerminalProgress(PrintWriter err, BiFunction<Long, Long, String> words) {
        this.err = err;
        this.words = words;
    }

    /** {@code words} turns (done, total) into the line; no line at all when no terminal is attached. */
    static Progress of(PrintWriter err, BiFunction<Long, Long, String> words) {
        return System.console() == null ? Progress.NONE : new TerminalProgress(err, words);
    }

    @Override
    public void at(long done, long total) {
        long now = System.nanoTime();
        boolean last = total > 0 && done >= total;
        if (now - started < QUIET_NANOS || open && now - shown < EVERY_NANOS && !last) {
            return;
        }
        shown = now;
        open = !last;
        err.print("\r" + words.apply(done, total) + (last ? System.lineSeparator() : ""));
        err.flush();
    }
}
