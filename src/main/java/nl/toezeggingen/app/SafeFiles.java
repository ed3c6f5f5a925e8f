package nl.toezeggingen.app;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a whole file or nothing: a failure halfway never leaves a broken export where the user looks. */
public final class SafeFiles {
    private SafeFiles() {
    }

    /**
     * Writes {@code bytes} to a temporary file beside {@code target} and moves it into place.
     *
     * @throws IOException when the folder does not exist or cannot be written; nothing is left behind
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The data directory's {@code exports/} folder, where the window puts the email it opens. */
    public static Path exportsFolder(Path databaseFile) throws IOException {
        return Files.createDirectories(databaseFile.toAbsolutePath().getParent().resolve("exports"));
    }
}
