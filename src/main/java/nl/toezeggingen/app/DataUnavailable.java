package nl.toezeggingen.app;

import java.nio.file.Path;
import nl.toezeggingen.store.DataUnavailableException;

/**
 * The data could not be opened. Carries the message key to show the user (exit code 3 on the command
 * line, a dialog in the window); the cause stays for the log, never for the user's eyes.
 */
public final class DataUnavailable extends RuntimeException {
    private static final String DAMAGED_KEY = "data.damaged";
    private final String messageKey;
    private final transient Path file;

    public DataUnavailable(String messageKey, Path file, Throwable cause) {
        super(messageKey + ": " + file, cause);
        this.messageKey = messageKey;
        this.file = file;
    }

    static DataUnavailable of(DataUnavailableException e) {
        String key = switch (e.reason()) {
            case IN_USE -> "data.inUse";
            case NOT_WRITABLE -> "data.notWritable";
            case DAMAGED -> DAMAGED_KEY;
        };
        return new DataUnavailable(key, e.file(), e);
    }

    /** The file is there but cannot be read: the window offers the latest backup or an empty start. */
    public boolean damaged() {
        return DAMAGED_KEY.equals(messageKey);
    }

    /** Another running copy holds the data. */
    public boolean inUse() {
        return "data.inUse".equals(messageKey);
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
