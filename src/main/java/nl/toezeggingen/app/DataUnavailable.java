package nl.toezeggingen.app;

import java.nio.file.Path;
import nl.toezeggingen.store.DataUnavailableException;

/**
 * The data could not be opened. Carries the message key to show the user (exit code 3 on the command
 * line, a dialog in the window); the cause stays for the log, never for the user's eyes.
 */
public final class DataUnavailable extends RuntimeException {
    private static final String DAMAGED_KEY = "data.damaged";
    private static final String NOT_OURS_KEY = "data.notOurs";
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
            case NOT_OURS -> NOT_OURS_KEY;
            case READ_ONLY -> "data.readOnly";
            case DISK_FULL -> "data.diskFull";
            case UNUSABLE_PATH -> "data.unusablePath";
        };
        return new DataUnavailable(key, e.file(), e);
    }

    /**
     * A write that failed on a full or read-only disk, wherever it surfaced (a save, an import, a backup):
     * named for what it is rather than as an unexpected error. Empty for any other failure.
     */
    public static java.util.Optional<DataUnavailable> ofFault(Throwable error, Path file) {
        if (error instanceof DataUnavailable already) {
            return java.util.Optional.of(already);
        }
        return nl.toezeggingen.store.StorageFaults.of(error)
                .map(reason -> of(new DataUnavailableException(reason, file, error)));
    }

    /** The file is there but cannot be read: the window offers the latest backup or an empty start. */
    public boolean damaged() {
        return DAMAGED_KEY.equals(messageKey) || NOT_OURS_KEY.equals(messageKey);
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
        // A write that failed halfway may not know the file: then the words name "the data folder".
        return messages.get(messageKey, file == null ? messages.get("data.theFolder") : file.toAbsolutePath().toString());
    }
}
