package nl.toezeggingen.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Commitments to parliament can be confidential until sent: the data folder and its backups are for
 * the user alone (700/600). File systems without modes (NTFS, FAT) are left as they are.
 */
public final class OwnerOnly {
    private OwnerOnly() {
    }

    public static void directory(Path directory) {
        apply(directory, "rwx------");
    }

    public static void file(Path file) {
        apply(file, "rw-------");
    }

    private static void apply(Path path, String modes) {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null || !Files.exists(path)) {
            return;
        }
        try {
            view.setPermissions(PosixFilePermissions.fromString(modes));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // A share that refuses modes still holds the data; failing the start over it would help no one.
        }
    }
}
