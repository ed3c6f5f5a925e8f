package nl.toezeggingen.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.ReadOnlyFileSystemException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.h2.api.ErrorCode;

/**
 * Recognises the two faults of the disk itself in whatever H2, JDBI or java.nio wrapped them in: a full
 * disk and a read-only one. They must not be reported as a damaged file (the file is intact, and the
 * advice to restore a backup would throw away work), nor as an unexpected error.
 */
public final class StorageFaults {
    /** What the systems say: Linux and macOS (ENOSPC, EROFS), Windows (ERROR_DISK_FULL, ERROR_WRITE_PROTECT). */
    private static final String[] FULL = {"no space left on device", "not enough space on the disk", "disk full",
            "disk quota exceeded"};
    private static final String[] READ_ONLY = {"read-only file system", "write-protected", "write protected"};

    private StorageFaults() {
    }

    public static Optional<DataUnavailableException.Reason> of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ReadOnlyFileSystemException || t instanceof AccessDeniedException
                    || t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
                return Optional.of(DataUnavailableException.Reason.READ_ONLY);
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (contains(message, FULL)) {
                return Optional.of(DataUnavailableException.Reason.DISK_FULL);
            }
            if (contains(message, READ_ONLY)) {
                return Optional.of(DataUnavailableException.Reason.READ_ONLY);
            }
        }
        return Optional.empty();
    }

    private static boolean contains(String message, String[] words) {
        for (String word : words) {
            if (message.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
