package nl.toezeggingen.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Backups on a real H2 folder, with a clock the test moves. */
class BackupsTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @TempDir
    Path data;
    private final MovableClock clock = new MovableClock(Instant.parse("2025-07-10T07:30:00Z"), ZONE);

    private Backups backups() {
        return new Backups(data, clock);
    }

    private Tracker start() {
        return backups().open(clock, true);
    }

    private void save(String... titles) {
        try (Tracker tracker = start()) {
            for (String title : titles) {
                tracker.save(Commitment.builder().title(title).build());
            }
        }
    }

    private List<String> titles() {
        try (Tracker tracker = Tracker.open(data, clock)) {
            return tracker.list().stream().map(TrackedCommitment::commitment).map(Commitment::title).sorted().toList();
        }
    }

    private List<String> backupNames() {
        return backups().list().stream().map(p -> p.getFileName().toString()).toList();
    }

    @Test
    void theWindowsQuickOpenStillCopiesDataItMustMigrateBeforeMigratingIt() throws Exception {
        // A file from before this version's schema: ours (Flyway keeps its history), with no migration applied yet.
        org.flywaydb.core.Flyway.configure()
                .dataSource("jdbc:h2:file:" + data.resolve("toezeggingen"), "", "")
                .baselineVersion("0").load().baseline();
        LaunchOptions window = new LaunchOptions(data, clock, Messages.forLanguage("nl"));

        try (Tracker tracker = window.openWithoutStartBackup()) {
            assertThat(tracker.list()).isEmpty();
        }
        assertThat(backupNames()).hasSize(1).allMatch(name -> name.contains("start"));
        assertThat(tablesIn(backups().list().get(0))).as("the copy is of the data before the migration")
                .contains("flyway_schema_history").doesNotContain("COMMITMENT");

        try (Tracker tracker = window.openWithoutStartBackup()) {
            assertThat(tracker.list()).isEmpty();
        }
        assertThat(backupNames()).as("current data: the window copies it after its first frame, not here").hasSize(1);
    }

    private static List<String> tablesIn(Path zip) throws Exception {
        Path folder = Files.createTempDirectory("inhoud");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            in.getNextEntry();
            Files.copy(in, folder.resolve("toezeggingen.mv.db"));
        }
        try (var connection = java.sql.DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("toezeggingen"), "", "");
             var rows = connection.createStatement().executeQuery(
                     "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            List<String> names = new java.util.ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }

    @Test
    void everyStartCopiesTheDataAsItWasBeforeOpening() {
        save("eerste");
        assertThat(backupNames()).as("a first start has nothing to copy").isEmpty();

        clock.set(clock.instant().plus(Duration.ofHours(1)));
        save("tweede");

        assertThat(backupNames()).containsExactly("toezeggingen-2025-07-10T103000-start.zip");
        backups().restore(backups().latest().orElseThrow());
        assertThat(titles()).containsExactly("eerste");
    }

    @Test
    void backupsWithinOneSecondGetDistinctNamesInOrder() {
        save("a");
        try (Tracker tracker = Tracker.open(data, clock)) {
            backups().now(tracker, null);
            backups().now(tracker, null);
        }
        assertThat(backupNames()).containsExactly("toezeggingen-2025-07-10T093001-handmatig.zip",
                "toezeggingen-2025-07-10T093000-handmatig.zip");
    }

    @Test
    void startsOverMonthsKeepTheLastTenAndOnePerMonth() {
        save("begin");
        for (int day = 0; day < 100; day++) {
            clock.set(clock.instant().plus(Duration.ofDays(1)));
            save("dag " + day); // a start that changes something: its start backup holds yesterday's work
        }
        List<String> names = backupNames();
        assertThat(names).hasSize(10 + 3); // the last ten in October, the newest of July, August and September
        assertThat(names.get(0)).startsWith("toezeggingen-2025-10-18");
        assertThat(names).anyMatch(n -> n.startsWith("toezeggingen-2025-07-31"));
    }

    @Test
    void startsThatFindNothingNewMakeNoBackupAndPushNoneOut() {
        save("werk van vandaag");
        clock.set(clock.instant().plus(Duration.ofHours(1)));
        save("nog meer werk");
        assertThat(backupNames()).hasSize(1);
        for (int day = 0; day < 30; day++) {
            clock.set(clock.instant().plus(Duration.ofDays(1)));
            try (Tracker ignored = start()) {
                // a start of the window or of a command that writes, with nothing saved since the last one
            }
        }
        assertThat(backupNames()).as("one copy of the last write, then none; the one from before it stays")
                .containsExactly("toezeggingen-2025-07-11T103000-start.zip", "toezeggingen-2025-07-10T103000-start.zip");
    }

    @Test
    void anEmptyRegisterIsNotBackedUpAtStartAndItsManualBackupsPushOutNoData() throws Exception {
        try (Tracker ignored = start()) {
            // a fresh data folder
        }
        assertThat(backupNames()).as("nothing to protect yet").isEmpty();
        save("begin");
        for (int i = 0; i < 12; i++) {
            clock.set(clock.instant().plusSeconds(60));
            save("werk " + i);
        }
        List<String> withData = backupNames();
        assertThat(withData).hasSize(10);

        // "Leeg beginnen" after a damaged file: a new, empty register beside the backups of the old one.
        backups().setAsideDamaged();
        for (int i = 0; i < 15; i++) {
            clock.set(clock.instant().plusSeconds(60));
            try (Tracker tracker = start()) {
                backups().now(tracker, null);
            }
        }

        assertThat(Files.list(data).map(p -> p.getFileName().toString()))
                .anyMatch(n -> n.startsWith("toezeggingen-beschadigd-"));
        List<String> after = backupNames();
        assertThat(after).as("every copy with data stays").containsAll(withData);
        assertThat(after).as("of fifteen copies of nothing only the newest stays").hasSize(11);
    }

    @Test
    void restoreKeepsWhatItReplacesAsABackup() {
        save("oud");
        Path copy;
        try (Tracker tracker = Tracker.open(data, clock)) {
            copy = backups().now(tracker, data.resolve("los.zip"));
        }
        save("nieuw");

        Backups.Restored restored = backups().restore(copy);

        assertThat(titles()).containsExactly("oud");
        assertThat(restored.previousWasDamaged()).isFalse();
        assertThat(restored.previousKeptAs().getFileName().toString()).endsWith("-voor-terugzetten.zip");
        backups().restore(restored.previousKeptAs());
        assertThat(titles()).containsExactly("nieuw", "oud");
    }

    @Test
    void restoreWorksOverADamagedFileAndSetsItAside() throws Exception {
        save("bewaard");
        Path copy;
        try (Tracker tracker = Tracker.open(data, clock)) {
            copy = backups().now(tracker, null);
        }
        Path file = data.resolve("toezeggingen.mv.db");
        byte[] whole = Files.readAllBytes(file);
        byte[] truncated = Arrays.copyOf(whole, 100);
        Files.write(file, truncated);
        assertThatThrownBy(() -> start()).isInstanceOfSatisfying(DataUnavailable.class,
                e -> assertThat(e.damaged()).isTrue());
        assertThat(backupNames()).as("a damaged file never becomes a backup").hasSize(1);

        Backups.Restored restored = backups().restore(copy);

        assertThat(titles()).containsExactly("bewaard");
        assertThat(restored.previousWasDamaged()).isTrue();
        assertThat(restored.previousKeptAs().getFileName().toString())
                .isEqualTo("toezeggingen-beschadigd-2025-07-10T093000.mv.db");
        assertThat(Files.readAllBytes(restored.previousKeptAs())).isEqualTo(truncated);
    }

    @Test
    void aFileThatIsNoBackupChangesNothing() throws Exception {
        save("blijft");
        Path garbage = Files.write(data.resolve("foto.zip"), "geen back-up".getBytes());
        Path fakeH2 = Files.write(data.resolve("kapot.mv.db"), "H:2,block:2 en verder niets".getBytes());
        byte[] before = Files.readAllBytes(data.resolve("toezeggingen.mv.db"));

        assertThatThrownBy(() -> backups().restore(garbage)).isInstanceOf(BackupFailure.class)
                .satisfies(e -> assertThat(((BackupFailure) e).describe(Messages.forLanguage("nl")))
                        .contains("geen back-up van Toezeggingen"));
        assertThatThrownBy(() -> backups().restore(fakeH2)).isInstanceOf(BackupFailure.class);
        assertThatThrownBy(() -> backups().restore(data.resolve("bestaat-niet.zip"))).isInstanceOf(BackupFailure.class);

        assertThat(Files.readAllBytes(data.resolve("toezeggingen.mv.db"))).isEqualTo(before);
        assertThat(titles()).containsExactly("blijft");
    }

    @Test
    void aBackupTargetThatCannotBeWrittenLeavesTheDataAlone() {
        save("blijft");
        try (Tracker tracker = Tracker.open(data, clock)) {
            assertThatThrownBy(() -> backups().now(tracker, data.resolve("geen-map/b.zip")))
                    .isInstanceOf(BackupFailure.class);
        }
        assertThat(titles()).containsExactly("blijft");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void theDataAndItsBackupsAreForTheUserAlone() throws Exception {
        save("geheim");
        clock.set(clock.instant().plusSeconds(60));
        save("nog een");
        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(data.resolve("toezeggingen.mv.db"))).isEqualTo("rw-------");
        assertThat(mode(backups().folder())).isEqualTo("rwx------");
        assertThat(backups().list()).isNotEmpty().allSatisfy(b -> assertThat(mode(b)).isEqualTo("rw-------"));
    }

    private static String mode(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aRestoreSaysHowFarTheUnpackingIs() {
        save("oud");
        Path copy;
        try (Tracker tracker = Tracker.open(data, clock)) {
            copy = backups().now(tracker, data.resolve("los.zip"));
        }
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        backups().restore(copy, (step, done, total) -> seen.add(step + " " + done + "/" + total));
        assertThat(seen).isNotEmpty().allMatch(line -> line.startsWith("progress."))
                .anyMatch(line -> line.startsWith("progress.restore.unpacking"));
        assertThat(Messages.forLanguage("nl").get("progress.restore.unpacking", 12L, 40L))
                .isEqualTo("Back-up uitpakken: 12 van 40 MB");
    }

    @Test
    void theOnlineCopyIsWatchedAsItGrows() throws Exception {
        Path growing = Files.write(data.resolve("groeit.zip"), new byte[3 * 1024 * 1024]);
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (CopyWatch ignored = CopyWatch.start(growing, 6L * 1024 * 1024,
                (step, done, total) -> seen.add(step + " " + done + "/" + total))) {
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (seen.isEmpty() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
        }
        assertThat(seen).first().isEqualTo("progress.backup.writing 3/6");
    }
}
