package nl.toezeggingen.app;

import java.nio.file.Path;

/**
 * The data could not be opened. Carries the message key to show the user (exit code 3 on the command
 * line, a dialog in the window); the cause stays for the log, never for the user's eyes.
 */
public final class DataUnavailable extends RuntimeException {
    private final String messageKey;
    private final transient Path file;

    public DataUnavailable(String messageKey, Path file, Throwable cause) {
        super(messageKey + ": " + file, cause);
        this.messageKey = messageKey;
        this.file = file;
    }

    public String messageKey() {
        return messageKey;
    }

    public Path file() {
        return file;
    }

    public String describe(Messages messages) {
        return messages.get(messageKey, file.toAbsolutePath().toString());
    }
}
