package nl.toezeggingen.ui;

import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.NoSuchCommitmentException;

/** Turns a failure into words for the user; the stack trace goes to the log, never onto the screen. */
public final class ErrorText {
    private static final System.Logger LOG = System.getLogger(ErrorText.class.getName());

    private ErrorText() {
    }

    public static String of(Throwable failure, Messages messages) {
        if (failure instanceof NoSuchCommitmentException) {
            return messages.get("ui.error.gone");
        }
        return messages.failure(failure).orElseGet(() -> {
            LOG.log(System.Logger.Level.WARNING, "unexpected failure", failure);
            return messages.get("ui.error.unexpected");
        });
    }
}
