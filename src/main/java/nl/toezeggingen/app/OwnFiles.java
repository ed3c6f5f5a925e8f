package nl.toezeggingen.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The program's own files in the data folder: the database and H2's files beside it, the settings for the
 * first frame, the user's calendar, and everything in {@code backups/}. No output (an export, a picture, a
 * backup to a chosen place) may land on one of them: {@code export --out DATA/toezeggingen.mv.db} would
 * otherwise replace the data with a report. Links are followed, so no other name reaches them either.
 */
public final class OwnFiles {
    private final Path dataDirectory;

    /** The faces take it from {@link Tracker#ownFiles} or {@link LaunchOptions#ownFiles}. */
    OwnFiles(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** An output refused because it would land on the program's own files; its reason is in the user's words. */
    public static final class Refused extends IOException {
        public Refused(Path target) {
            super("refused: " + target + " is one of the program's own files");
        }
    }

    /** For the window's save dialogs: refuses {@code target} as a write failure the dialog already reports. */
    public void refuse(Path target) throws Refused {
        if (contains(target)) {
            throw new Refused(target);
        }
    }

    /** True when writing {@code out} would replace or land among the program's own files. */
    public boolean contains(Path out) {
        Path data = real(dataDirectory);
        Path target = real(out);
        if (target.equals(data)) {
            return true;
        }
        if (target.startsWith(data.resolve(Backups.FOLDER))) {
            return true;
        }
        if (!data.equals(target.getParent())) {
            return false;
        }
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.startsWith(nl.toezeggingen.store.Database.FILE_NAME + ".") || name.startsWith(Backups.ASIDE_PREFIX)
                || name.equals(EarlySettings.FILE)
                || name.equals(CalendarLoader.USER_FILE) || name.equals(AgendaCopy.FILE);
    }

    /**
     * The path as the system will resolve it: links followed for the part that exists, the rest added as
     * written. A file system that cannot say (no permission) leaves the absolute path.
     */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        Path rest = null;
        while (existing != null && !Files.exists(existing)) {
            Path name = existing.getFileName();
            rest = rest == null ? name : name.resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            Path real = existing.toRealPath();
            return rest == null ? real : real.resolve(rest.toString());
        } catch (IOException | SecurityException e) {
            return absolute;
        }
    }
}
