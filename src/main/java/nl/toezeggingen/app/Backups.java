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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.toezeggingen.store.ChangeMark;
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
    /**
     * Not "toezeggingen." + ...: H2's online backup takes every "toezeggingen.*.mv.db" in the folder and
     * failed on the second one, so after "Leeg beginnen" no backup could be made at all.
     */
    static final String ASIDE_PREFIX = Database.FILE_NAME + "-beschadigd-";
    private static final String OLD_ASIDE_PREFIX = Database.FILE_NAME + ".beschadigd-";
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
     * Opens the data with {@code clock} for its days: data this version must migrate is copied first, what
     * an interrupted backup or restore left is cleared, and {@code startCopy} makes the start backup.
     */
    public Tracker open(Clock trackerClock, boolean startCopy) {
        Tracker tracker = Tracker.open(dataDirectory, trackerClock, this::beforeMigrating);
        sweep();
        if (startCopy) {
            startCopy(tracker);
        }
        return tracker;
    }

    /**
     * The start backup of a program that is about to change the data (the window, or a command that
     * writes): an online copy of the data just opened, made before any change is queued behind it, and only
     * when something was saved since the last backup. Read-only commands make none, so a scheduled check
     * can never push the backups from before a mistake out of the folder. A failure is logged, not
     * raised: working without this one copy beats not working at all; the previous backups remain.
     */
    public void startCopy(Tracker tracker) {
        Database database = tracker.database();
        try {
            String mark = ChangeMark.of(database);
            if (ChangeMark.isEmpty(mark) || mark.equals(marks().latestMark(list()))) {
                return; // nothing to protect, or nothing saved since the newest backup
            }
            onlineCopy(database, nextName(BackupName.START), mark);
            prune();
        } catch (BackupFailure | UncheckedIOException | org.jdbi.v3.core.JdbiException e) {
            LOG.log(System.Logger.Level.WARNING, "start backup failed", e);
        }
    }

    /**
     * The copy of data that this version is about to migrate ({@link LaunchOptions#openWithoutStartBackup}):
     * made whatever the marks say, since a migration changes the file. A failure stops the open: the
     * migration must not run without a copy of what it changes.
     */
    void beforeMigrating(Database database) {
        onlineCopy(database, nextName(BackupName.START), null);
        prune();
    }

    /**
     * Clears what an interrupted backup or restore left behind (a kill, a power cut): temporary zips and
     * restore folders in {@code backups/}, half-written files beside the data. Called with the data open, so
     * no other copy of the program can be in the middle of writing them.
     */
    public void sweep() {
        sweep(folder(), name -> name.startsWith(".terugzetten-") || name.startsWith(".toezeggingen-")
                && name.endsWith(".zip.tmp"));
        sweep(dataDirectory, name -> name.startsWith(".") && name.endsWith(".part"));
        renameOldAsideFiles();
        sweep(dataDirectory.resolve("exports"), name -> name.startsWith(".") && name.endsWith(".part"));
    }

    /** Damaged files an earlier version set aside under a name that stops H2's online backup; see ASIDE_PREFIX. */
    private void renameOldAsideFiles() {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dataDirectory, OLD_ASIDE_PREFIX + "*.mv.db")) {
            for (Path file : files) {
                String rest = file.getFileName().toString().substring(OLD_ASIDE_PREFIX.length());
                Path renamed = dataDirectory.resolve(ASIDE_PREFIX + rest);
                if (!Files.exists(renamed)) {
                    Files.move(file, renamed, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            LOG.log(System.Logger.Level.WARNING, "could not rename damaged files set aside", e);
        }
    }

    private static void sweep(Path folder, java.util.function.Predicate<String> leftOver) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*")) {
            for (Path file : files) {
                if (leftOver.test(file.getFileName().toString())) {
                    if (Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        deleteTree(file);
                    } else {
                        deleteQuietly(file);
                    }
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            LOG.log(System.Logger.Level.WARNING, "could not clean up " + folder, e);
        }
    }

    /** A consistent copy of the open data: into {@code backups/} (pruned), or to {@code out} (a file or folder). */
    public Path now(Tracker tracker, Path out) {
        return now(tracker, out, Progress.NONE);
    }

    /** As {@link #now(Tracker, Path)}, telling {@code progress} roughly how far the copy is. */
    public Path now(Tracker tracker, Path out, Progress progress) {
        Path target;
        if (out == null) {
            target = nextName(BackupName.MANUAL);
        } else if (Files.isDirectory(out)) {
            target = out.resolve(new BackupName(now(), BackupName.MANUAL).fileName());
        } else {
            target = out;
        }
        if (out != null && new OwnFiles(dataDirectory).contains(target)) {
            throw new BackupFailure("output.ownFile", null, target.toAbsolutePath());
        }
        onlineCopy(tracker.database(), target, out == null ? ChangeMark.of(tracker.database()) : null, progress);
        if (out == null) {
            prune();
        }
        return target;
    }

    /** Copies the open data to {@code target}; {@code mark}, when given, is filed as what the copy holds. */
    private void onlineCopy(Database database, Path target, String mark) {
        onlineCopy(database, target, mark, Progress.NONE);
    }

    private void onlineCopy(Database database, Path target, String mark, Progress progress) {
        Path temporary;
        try {
            temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".toezeggingen-", ".zip.tmp");
        } catch (IOException | RuntimeException e) {
            throw new BackupFailure("safety.backup.cannotWrite", e, target.toAbsolutePath());
        }
        try {
            try (CopyWatch ignored = CopyWatch.start(temporary, expectedSize(), progress)) {
                database.backupTo(temporary);
            }
            moveIntoPlace(temporary, target);
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(temporary);
            throw new BackupFailure("safety.backup.cannotWrite", e, target.toAbsolutePath());
        }
        if (mark != null) {
            marks().record(target.getFileName().toString(), mark);
        }
    }

    private BackupMarks marks() {
        return new BackupMarks(folder());
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
        return restore(from, Progress.NONE);
    }

    /** As {@link #restore(Path)}, telling {@code progress} how far the unpacking and the safety copy are. */
    public Restored restore(Path from, Progress progress) {
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
            extract(from, candidate, progress);
            check(work, from);
            return replaceWith(from, candidate, progress);
        } catch (IOException e) {
            throw new BackupFailure("safety.restore.failed", e, from.toAbsolutePath());
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Keeps what the data file holds now (a backup, or the damaged file set aside) and puts the candidate in
     * its place. The current data stays open, and so locked against another copy of the program, from its
     * safety copy until the candidate is in place; where the system cannot replace an open file (Windows),
     * it is closed just before the move.
     */
    private Restored replaceWith(Path from, Path candidate, Progress progress) throws IOException {
        if (!Files.exists(dataFile())) {
            moveInto(candidate);
            return new Restored(from, null, false);
        }
        Database current;
        try {
            current = Database.open(dataDirectory);
        } catch (DataUnavailableException e) {
            if (e.reason() != DataUnavailableException.Reason.DAMAGED
                    && e.reason() != DataUnavailableException.Reason.NOT_OURS) {
                throw DataUnavailable.of(e);
            }
            Restored restored = new Restored(from, setAsideDamaged(), true);
            moveInto(candidate);
            return restored;
        }
        try (current) {
            Path copy = nextName(BackupName.BEFORE_RESTORE);
            onlineCopy(current, copy, ChangeMark.of(current), progress);
            try {
                moveInto(candidate);
            } catch (IOException openFileCannotBeReplaced) {
                current.closeUnchanged();
                moveInto(candidate);
            }
            // The old file is no longer the data: close it without the tidy-up write of a normal close.
            current.closeUnchanged();
            return new Restored(from, copy, false);
        }
    }

    private void moveInto(Path candidate) throws IOException {
        Files.move(candidate, dataFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        OwnerOnly.file(dataFile());
    }

    /** The window's answer to a damaged file: the newest backup in its place. */
    public Restored restoreLatest() {
        BackupFailure refused = new BackupFailure("safety.restore.none", null);
        for (Path backup : list()) {
            try {
                return restore(backup);
            } catch (BackupFailure e) {
                refused = e; // an empty or unreadable backup: the one before it may still hold the data
            }
        }
        throw refused;
    }

    /** The window's other answer: the damaged file moves aside, so that the next open starts empty. */
    public Path setAsideDamaged() {
        LocalDateTime at = now();
        Path aside;
        do {
            aside = dataDirectory.resolve(ASIDE_PREFIX + ASIDE_TIME.format(at) + ".mv.db");
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

    private static void extract(Path from, Path candidate, Progress progress) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(from)) {
            int read = in.readNBytes(head, 0, head.length);
            if (read == head.length && Arrays.equals(head, H2_MAGIC)) {
                try (InputStream whole = Files.newInputStream(from)) {
                    copy(whole, candidate, Files.size(from), progress);
                }
                return;
            }
        }
        if (Arrays.equals(head, ZIP_MAGIC)) {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(from))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (!entry.isDirectory() && entry.getName().endsWith(".mv.db")) {
                        copy(zip, candidate, entry.getSize(), progress);
                        return;
                    }
                }
            } catch (java.util.zip.ZipException e) {
                // a damaged zip is reported below like any other file that is no backup
            }
        }
        throw new BackupFailure("safety.restore.notBackup", null, from.toAbsolutePath());
    }

    private static final long MB = 1024 * 1024;

    /** Copies {@code in} to {@code target}, telling {@code progress} the megabytes so far (of {@code size}, if known). */
    private static void copy(InputStream in, Path target, long size, Progress progress) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long done = 0;
        try (OutputStream out = Files.newOutputStream(target, java.nio.file.StandardOpenOption.CREATE_NEW)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                done += read;
                progress.at("progress.restore.unpacking", done / MB, size > 0 ? Math.max(1, size / MB) : 0);
            }
        }
    }

    /**
     * What a new backup will roughly weigh: the newest one, else a third of the data file (what H2's data
     * packs to, measured). Only for the progress shown; the copy is never cut short by it.
     */
    private long expectedSize() {
        try {
            Optional<Path> newest = latest();
            if (newest.isPresent()) {
                return Files.size(newest.get());
            }
            return Files.isRegularFile(dataFile()) ? Files.size(dataFile()) / 3 : 0;
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /** Opening the copy proves it is readable (and brings its schema up to date) before it replaces anything. */
    private static void check(Path work, Path from) {
        try (Database candidate = Database.open(work)) {
            candidate.file();
        } catch (DataUnavailableException e) {
            throw new BackupFailure(e.reason() == DataUnavailableException.Reason.NOT_OURS
                    ? "safety.restore.empty" : "safety.restore.notReadable", e, from.toAbsolutePath());
        }
    }

    private void prune() {
        BackupMarks marks = marks();
        java.util.Set<BackupName> empty = new java.util.HashSet<>();
        for (BackupName name : names()) {
            if (marks.mark(name.fileName()).filter(ChangeMark::isEmpty).isPresent()) {
                empty.add(name);
            }
        }
        for (BackupName old : Retention.toDelete(names(), empty, LocalDate.now(clock))) {
            deleteQuietly(folder().resolve(old.fileName()));
        }
        marks.keepOnly(names().stream().map(BackupName::fileName).toList());
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
            if (!Files.isDirectory(folder())) {
                Files.createDirectories(folder());
                OwnerOnly.directory(folder()); // only what we create: the user's own folders keep their modes
            }
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
