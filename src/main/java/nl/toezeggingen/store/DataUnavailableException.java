package nl.toezeggingen.store;

import java.nio.file.Path;

/** The database file could not be opened, or could not be written, and why. */
public final class DataUnavailableException extends RuntimeException {

    public enum Reason {
        /** Another running copy holds the file. */
        IN_USE,
        /** The file is there but H2 cannot read it. */
        DAMAGED,
        /** The file is there but holds nothing of ours: empty, headers only, or another program's database. */
        NOT_OURS,
        /** The folder cannot be made or written. */
        NOT_WRITABLE,
        /** The file or its folder is read-only (permissions, a read-only mount). */
        READ_ONLY,
        /** The disk has no room for the write; what was saved before is intact. */
        DISK_FULL,
        /** The folder's name cannot be handed to H2 without part of it being read as a setting. */
        UNUSABLE_PATH
    }

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
