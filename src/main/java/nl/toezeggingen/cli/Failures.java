package nl.toezeggingen.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;
import nl.toezeggingen.app.Backups;
import nl.toezeggingen.app.DataUnavailable;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.NoSuchCommitmentException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into a message on stderr and an exit code; the user never sees a stack trace.
 * Exceptions come here through picocli; an {@link Error} (out of memory, a stack overflow) passes picocli
 * by, and {@link Cli#run} hands it to {@link #error}.
 */
final class Failures implements IExecutionExceptionHandler {
    private final Supplier<Messages> messages;
    private final Supplier<java.nio.file.Path> dataFolder;

    Failures(Supplier<Messages> messages, Supplier<java.nio.file.Path> dataFolder) {
        this.messages = messages;
        this.dataFolder = dataFolder;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine line, ParseResult parsed) {
        try {
            return handle(ex, line.getErr());
        } catch (RuntimeException failed) {
            // Should finding the words fail too, picocli would print a stack trace: one line instead.
            line.getErr().println(ex);
            return Cli.INTERNAL_ERROR;
        }
    }

    /**
     * Out of memory: by the time it arrives here the work that filled the memory has let go of it, so
     * the words can still be found; should that fail too, the error's own name is the one line.
     */
    static int error(Error error, Supplier<Messages> messages, PrintWriter err) {
        try {
            Messages m = messages.get();
            err.println(error instanceof OutOfMemoryError ? m.get("cli.outOfMemory")
                    : m.get("cli.internalError", String.valueOf(error)));
        } catch (Throwable again) {
            err.println(error);
        }
        err.flush();
        return Cli.INTERNAL_ERROR;
    }

    private int handle(Exception raised, PrintWriter err) {
        Messages m = messages.get();
        // A full or read-only disk met halfway through a save is named as such, with exit 3.
        Exception ex = DataUnavailable.ofFault(raised, dataFolder.get()).<Exception>map(e -> e).orElse(raised);
        if (ex instanceof BadInput) {
            err.println(ex.getMessage());
            return Cli.BAD_INPUT;
        }
        if (ex instanceof NoSuchCommitmentException missing) {
            err.println(m.get("validation.id.unknown", String.valueOf(missing.id())));
            return Cli.BAD_INPUT;
        }
        java.util.Optional<String> foreseen = m.failure(ex);
        if (foreseen.isPresent()) {
            err.println(foreseen.get());
            if (ex instanceof DataUnavailable unavailable) {
                if (unavailable.damaged()) {
                    err.println(m.get("safety.damaged.cliHint",
                            unavailable.file().toAbsolutePath().resolveSibling(Backups.FOLDER)));
                }
                return Cli.DATA_UNAVAILABLE;
            }
            return Cli.BAD_INPUT;
        }
        err.println(m.get("cli.internalError", String.valueOf(ex)));
        return Cli.INTERNAL_ERROR;
    }
}
