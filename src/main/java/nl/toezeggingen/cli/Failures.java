package nl.toezeggingen.cli;

import java.util.function.Supplier;
import nl.toezeggingen.app.Backups;
import nl.toezeggingen.app.DataUnavailable;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.NoSuchCommitmentException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns every failure into a message on stderr and an exit code; the user never sees a stack trace. */
final class Failures implements IExecutionExceptionHandler {
    private final Supplier<Messages> messages;
    private final Supplier<java.nio.file.Path> dataFolder;

    Failures(Supplier<Messages> messages, Supplier<java.nio.file.Path> dataFolder) {
        this.messages = messages;
        this.dataFolder = dataFolder;
    }

    @Override
    public int handleExecutionException(Exception raised, CommandLine line, ParseResult parsed) {
        Messages m = messages.get();
        // A full or read-only disk met halfway through a save is named as such, with exit 3.
        Exception ex = DataUnavailable.ofFault(raised, dataFolder.get()).<Exception>map(e -> e).orElse(raised);
        var err = line.getErr();
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
