package nl.toezeggingen.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.toezeggingen.store.DataUnavailableException;
import nl.toezeggingen.store.Database;
import nl.toezeggingen.store.OwnerOnly;

/**
 * Whole-database copies in {@code backups/} of the data directory: one at every start (of the closed
 * file, before migrations touch it), one on demand (online, consistent), and one of whatever a restore
 * replaces. Every backup is a zip holding {@code toezeggingen.mv.db}, so any of them can be restored.
 */
public final class Backups {
    public static final String FOLDER = "backups";
    private static final String ENTRY = Database.FILE_NAME + ".mv.db";
    private static final DateTimeFormatter ASIDE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss");
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] H2_MAGIC = {'H', ':', '2', ','};
    private static final System.Logger LOG = System.getLogger(Backups.class.getName());

    private final Path dataDirectory;
    private final Clock clock;

    /** {@code clock} names the files: the real time, even when {@code --today} replays another day. */
    public Backups(Path dataDirectory, Clock clock) {
        this.dataDirectory = dataDirectory;
        this.clock = clock;
    }

    /** What a restore did with the data it replaced: a backup of it, or the damaged file set aside. */
    public record Restored(Path from, Path previousKeptAs, boolean previousWasDamaged) {
    }

    public Path folder() {
        return dataDirectory.resolve(FOLDER);
    }

    private Path dataFile() {
        return dataDirectory.resolve(ENTRY);
    }

    /**
     * Copies the closed database, then opens it with {@code open}. A copy of a file that then fails to
     * open (held by another copy, damaged) is dropped: it must never become "the latest backup".
     */
    public Tracker openAfterStartBackup(Supplier<Tracker> open) {
        Path copy = copyClosedFile();
        Tracker tracker;
        try {
            tracker = open.get();
        } catch (RuntimeException e) {
            deleteQuietly(copy);
            throw e;
        }
        prune();
        return tracker;
    }

    /**
     * The start backup of a program that opened the data first ({@link LaunchOptions#openWithoutStartBackup}):
     * an online copy, made before any change is queued behind it. A failure is logged, not raised:
     * working without this one copy beats not working at all; the previous backups remain.
     */
    public void startCopy(Tracker tracker) {
        startCopy(tracker.database());
    }

    /** The same, of data just opened: {@link LaunchOptions#openWithoutStartBackup} before a migration. */
    void startCopy(Database database) {
        try {
            onlineCopy(database, nextName(BackupName.START));
            prune();
        } catch (BackupFailure | UncheckedIOException e) {
            LOG.log(System.Logger.Level.WARNING, "start backup failed", e);
        }
    }

    private Path copyClosedFile() {
        if (!Files.isRegularFile(dataFile())) {
            return null;
        }
        Path temporary = null;
        try {
            Path target = nextName(BackupName.START);
            temporary = Files.createTempFile(folder(), ".toezeggingen-", ".zip.tmp");
            try (OutputStream file = Files.newOutputStream(temporary); ZipOutputStream zip = new ZipOutputStream(file)) {
                zip.putNextEntry(new ZipEntry(ENTRY));
                Files.copy(dataFile(), zip);
                zip.closeEntry();
            }
            moveIntoPlace(temporary, target);
            return target;
        } catch (IOException | UncheckedIOException | BackupFailure e) {
            // Working without this one copy beats not working at all; the previous backups remain.
            LOG.log(System.Logger.Level.WARNING, "start backup failed", e);
            deleteQuietly(temporary);
            return null;
        }
    }

    /** A consistent copy of the open data: into {@code backups/} (pruned), or to {@code out} (a file or folder). */
    public Path now(Tracker tracker, Path out) {
        Path target;
        if (out == null) {
            target = nextName(BackupName.MANUAL);
        } else if (Files.isDirectory(out)) {
            target = out.resolve(new BackupName(now(), BackupName.MANUAL).fileName());
        } else {
            target = out;
        }
        onlineCopy(tracker.database(), target);
        if (out == null) {
            prune();
        }
        return target;
    }

    private void onlineCopy(Database database, Path target) {
        Path temporary;
        try {
            temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".toezeggingen-", ".zip.tmp");
        } catch (IOException | RuntimeException e) {
            throw new BackupFailure("safety.backup.cannotWrite", e, target.toAbsolutePath());
        }
        try {
            database.backupTo(temporary);
            moveIntoPlace(temporary, target);
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(temporary);
            throw new BackupFailure("safety.backup.cannotWrite", e, target.toAbsolutePath());
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        // A backup only gets its name once it is complete: a crash halfway leaves no half backup that looks whole.
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        OwnerOnly.file(target);
    }

    /** The backups in {@code backups/}, newest first. */
    public List<Path> list() {
        return names().stream().sorted(Comparator.reverseOrder()).map(n -> folder().resolve(n.fileName())).toList();
    }

    /** When a backup in {@code backups/} was made, read from its name. */
    public static Optional<LocalDateTime> madeAt(Path backup) {
        return BackupName.parse(backup.getFileName().toString()).map(BackupName::at);
    }

    public Optional<Path> latest() {
        return list().stream().findFirst();
    }

    /**
     * Replaces the (closed) data with the database in {@code from}: a backup zip or a bare .mv.db. The
     * backup is checked first; what it replaces is backed up, or set aside when it was damaged.
     *
     * @throws BackupFailure when {@code from} is missing, no backup, or not readable; nothing changed then
     * @throws DataUnavailable when another copy holds the data
     */
    public Restored restore(Path from) {
        if (!Files.isRegularFile(from)) {
            throw new BackupFailure("safety.restore.missing", null, from.toAbsolutePath());
        }
        Path work;
        try {
            work = Files.createTempDirectory(ensureFolder(), ".terugzetten-");
        } catch (IOException e) {
            throw new BackupFailure("safety.backup.cannotWrite", e, folder().toAbsolutePath());
        }
        try {
            Path candidate = work.resolve(ENTRY);
            extract(from, candidate);
            check(work, from);
            Restored restored = keepCurrent(from);
            Files.move(candidate, dataFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            OwnerOnly.file(dataFile());
            return restored;
        } catch (IOException e) {
            throw new BackupFailure("safety.restore.failed", e, from.toAbsolutePath());
        } finally {
            deleteTree(work);
        }
    }

    /** The window's answer to a damaged file: the newest backup in its place. */
    public Restored restoreLatest() {
        return restore(latest().orElseThrow(() -> new BackupFailure("safety.restore.none", null)));
    }

    /** The window's other answer: the damaged file moves aside, so that the next open starts empty. */
    public Path setAsideDamaged() {
        LocalDateTime at = now();
        Path aside;
        do {
            aside = dataDirectory.resolve(Database.FILE_NAME + ".beschadigd-" + ASIDE_TIME.format(at) + ".mv.db");
            at = at.plusSeconds(1);
        } while (Files.exists(aside));
        try {
            Files.move(dataFile(), aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BackupFailure("safety.damaged.cannotMove", e, dataFile().toAbsolutePath());
        }
        OwnerOnly.file(aside);
        return aside;
    }

    private Restored keepCurrent(Path from) {
        if (!Files.exists(dataFile())) {
            return new Restored(from, null, false);
        }
        try (Database current = Database.open(dataDirectory)) {
            Path copy = nextName(BackupName.BEFORE_RESTORE);
            onlineCopy(current, copy);
            return new Restored(from, copy, false);
        } catch (DataUnavailableException e) {
            if (e.reason() != DataUnavailableException.Reason.DAMAGED) {
                throw DataUnavailable.of(e);
            }
            return new Restored(from, setAsideDamaged(), true);
        }
    }

    private static void extract(Path from, Path candidate) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(from)) {
            int read = in.readNBytes(head, 0, head.length);
            if (read == head.length && Arrays.equals(head, H2_MAGIC)) {
                Files.copy(from, candidate);
                return;
            }
        }
        if (Arrays.equals(head, ZIP_MAGIC)) {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(from))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (!entry.isDirectory() && entry.getName().endsWith(".mv.db")) {
                        Files.copy(zip, candidate);
                        return;
                    }
                }
            } catch (java.util.zip.ZipException e) {
                // a damaged zip is reported below like any other file that is no backup
            }
        }
        throw new BackupFailure("safety.restore.notBackup", null, from.toAbsolutePath());
    }

    /** Opening the copy proves it is readable (and brings its schema up to date) before it replaces anything. */
    private static void check(Path work, Path from) {
        try (Database candidate = Database.open(work)) {
            candidate.file();
        } catch (DataUnavailableException e) {
            throw new BackupFailure("safety.restore.notReadable", e, from.toAbsolutePath());
        }
    }

    private void prune() {
        for (BackupName old : Retention.toDelete(names(), LocalDate.now(clock))) {
            deleteQuietly(folder().resolve(old.fileName()));
        }
    }

    private List<BackupName> names() {
        List<BackupName> names = new ArrayList<>();
        if (!Files.isDirectory(folder())) {
            return names;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder(), "*.zip")) {
            for (Path file : files) {
                BackupName.parse(file.getFileName().toString()).ifPresent(names::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** A name not taken yet: a second backup in the same second is filed one second on, so names stay in order. */
    private Path nextName(String kind) {
        ensureFolder();
        List<LocalDateTime> taken = names().stream().map(BackupName::at).toList();
        LocalDateTime at = now();
        while (taken.contains(at)) {
            at = at.plusSeconds(1);
        }
        return folder().resolve(new BackupName(at, kind).fileName());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private Path ensureFolder() {
        try {
            Files.createDirectories(folder());
            OwnerOnly.directory(dataDirectory);
            OwnerOnly.directory(folder());
            return folder();
        } catch (IOException e) {
            throw new BackupFailure("safety.backup.cannotWrite", e, folder().toAbsolutePath());
        }
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not delete " + file, e);
        }
    }

    static void deleteTree(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(Backups::deleteQuietly);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not clean up " + directory, e);
        }
    }
}
