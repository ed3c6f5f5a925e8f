package nl.toezeggingen.ui;

import java.util.stream.Collectors;
import nl.toezeggingen.app.BackupFailure;
import nl.toezeggingen.app.DataUnavailable;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.InvalidCommitmentException;
import nl.toezeggingen.domain.NoSuchCommitmentException;
import nl.toezeggingen.domain.deadline.CalendarFormatException;

/** Turns a failure into words for the user; the stack trace goes to the log, never onto the screen. */
public final class ErrorText {
    private static final System.Logger LOG = System.getLogger(ErrorText.class.getName());

    private ErrorText() {
    }

    public static String of(Throwable failure, Messages messages) {
        Throwable error = failure;
        if (error instanceof DataUnavailable unavailable) {
            return unavailable.describe(messages);
        }
        if (error instanceof BackupFailure backup) {
            return backup.describe(messages);
        }
        if (error instanceof InvalidCommitmentException invalid) {
            return invalid.problems().stream().map(messages::problem).collect(Collectors.joining("\n"));
        }
        if (error instanceof CalendarFormatException calendar) {
            return messages.get(calendar.key(), calendar.args().toArray());
        }
        if (error instanceof NoSuchCommitmentException) {
            return messages.get("ui.error.gone");
        }
        LOG.log(System.Logger.Level.WARNING, "unexpected failure", failure);
        return messages.get("ui.error.unexpected");
    }
}
