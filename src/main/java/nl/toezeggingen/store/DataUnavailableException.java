package nl.toezeggingen.store;

import java.nio.file.Path;

/** The database file could not be opened: held by another running copy, damaged, or not writable. */
public final class DataUnavailableException extends RuntimeException {

    public enum Reason { IN_USE, DAMAGED, NOT_WRITABLE }

    private final Reason reason;
    private final transient Path file;

    public DataUnavailableException(Reason reason, Path file, Throwable cause) {
        super(reason + ": " + file, cause);
        this.reason = reason;
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }
}
