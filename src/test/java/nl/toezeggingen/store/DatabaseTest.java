package nl.toezeggingen.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import nl.toezeggingen.domain.Change;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Status;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    private static final Instant NOW = Instant.parse("2024-06-07T10:00:00Z");

    @TempDir
    Path dir;

    private final Commitment letter = Commitment.builder()
            .reference("TZ202404-101")
            .title("Kamer informeren voor de zomer")
            .dossier("Sociale veiligheid")
            .deadline(new Deadline("voor de zomer van 2024", null, LocalDate.of(2024, 7, 4), false))
            .madeOn(LocalDate.of(2024, 4, 3))
            .build();

    @Test
    void whatIsSavedSurvivesARestart() {
        long id;
        try (Database db = Database.open(dir)) {
            id = new CommitmentStore(db).save(letter, "tester", NOW).id();
        }
        assertThat(Files.exists(dir.resolve("toezeggingen.mv.db"))).isTrue();
        try (Database db = Database.open(dir)) {
            assertThat(new CommitmentStore(db).find(id)).contains(letter.withId(id));
        }
    }

    @Test
    void everyChangedFieldIsRecordedWithOldAndNewValue() {
        try (Database db = Database.open(dir)) {
            CommitmentStore store = new CommitmentStore(db);
            Commitment saved = store.save(letter, "tester", NOW);
            store.save(saved.toBuilder().status(Status.DONE).owner("Fatima").build(), "tester", NOW.plusSeconds(60));

            assertThat(store.history(saved.id()))
                    .extracting(Change::field, Change::oldValue, Change::newValue, Change::by)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("created", null, letter.title(), "tester"),
                            org.assertj.core.groups.Tuple.tuple("status", "OPEN", "DONE", "tester"),
                            org.assertj.core.groups.Tuple.tuple("owner", null, "Fatima", "tester"));
            assertThat(store.history(saved.id()).get(1).at()).isEqualTo(NOW.plusSeconds(60));
        }
    }

    @Test
    void deletingKeepsTheHistoryAndClearsDependencies() {
        try (Database db = Database.open(dir)) {
            CommitmentStore store = new CommitmentStore(db);
            Commitment study = store.save(letter, "t", NOW);
            Commitment followUp = store.save(letter.toBuilder().title("Vervolg").dependsOn(study.id()).build(), "t", NOW);

            assertThat(store.delete(study.id(), "t", NOW)).isTrue();

            assertThat(store.find(study.id())).isEmpty();
            assertThat(store.find(followUp.id()).orElseThrow().dependsOn()).isNull();
            assertThat(store.history(study.id())).extracting(Change::field).containsExactly("created", "deleted");
            assertThat(store.delete(study.id(), "t", NOW)).isFalse();
        }
    }

    @Test
    void aSecondProgramGetsAClearRefusalAndNoSecondWriter() throws Exception {
        // H2 shares an open file among the connections of one JVM; the guard is against another program.
        try (LockHolder holder = LockHolder.start(dir)) {
            assertThatThrownBy(() -> Database.open(dir))
                    .isInstanceOfSatisfying(DataUnavailableException.class,
                            e -> assertThat(e.reason()).isEqualTo(DataUnavailableException.Reason.IN_USE));
        }
        try (Database db = Database.open(dir)) {
            assertThat(new CommitmentStore(db).all()).extracting(Commitment::title).containsExactly("held");
        }
    }

    @Test
    void garbageInTheFileIsReportedAsDamagedAndLeftAlone() throws Exception {
        Path file = dir.resolve("toezeggingen.mv.db");
        byte[] garbage = "dit is geen database".repeat(500).getBytes();
        Files.write(file, garbage);

        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOfSatisfying(DataUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(DataUnavailableException.Reason.DAMAGED));
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    /** What a failed copy or sync leaves: nothing, only H2's headers, or the first blocks of a real file. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} bytes")
    @org.junit.jupiter.params.provider.ValueSource(ints = {0, 4096, 8192, 12288})
    void anEmptyOrTruncatedFileIsNeverTakenForANewDatabase(int length) throws Exception {
        Path real = Files.createTempDirectory(dir, "echt");
        try (Database db = Database.open(real)) {
            new CommitmentStore(db).save(letter, "t", NOW);
        }
        byte[] whole = Files.readAllBytes(real.resolve("toezeggingen.mv.db"));
        Path file = dir.resolve("toezeggingen.mv.db");
        byte[] truncated = java.util.Arrays.copyOf(whole, Math.min(length, whole.length));
        Files.write(file, truncated);

        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOfSatisfying(DataUnavailableException.class, e -> assertThat(e.reason())
                        .isIn(DataUnavailableException.Reason.NOT_OURS, DataUnavailableException.Reason.DAMAGED));
        assertThat(Files.readAllBytes(file)).as("left exactly as it was").isEqualTo(truncated);
    }

    @Test
    void anotherProgramsH2DatabaseIsNotOursAndGetsNoTableOfOurs() throws Exception {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("toezeggingen"));
             var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE klant (naam VARCHAR(100))");
            statement.execute("INSERT INTO klant VALUES ('van iemand anders')");
        }

        assertThatThrownBy(() -> Database.open(dir)).isInstanceOfSatisfying(DataUnavailableException.class,
                e -> assertThat(e.reason()).isEqualTo(DataUnavailableException.Reason.NOT_OURS));

        // H2 marks a file it opens as in use, so the bytes of its header change; what it holds does not.
        try (var connection = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("toezeggingen"));
             var rows = connection.createStatement().executeQuery(
                     "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("KLANT");
            assertThat(rows.next()).as("no table of ours was added").isFalse();
        }
    }

    @Test
    void aFolderWhoseNameWouldBeReadAsSettingsIsNeverHandedToH2() throws Exception {
        nl.toezeggingen.testing.HostileFolder hostile = nl.toezeggingen.testing.HostileFolder.in(dir);

        assertThatThrownBy(() -> Database.open(hostile.folder())).isInstanceOfSatisfying(DataUnavailableException.class,
                e -> assertThat(e.reason()).isEqualTo(DataUnavailableException.Reason.UNUSABLE_PATH));
        assertThat(hostile.proof()).as("the script did not run").doesNotExist();
        assertThat(Database.isUsablePath(dir.resolve("a b (kopie) & 'x'=ä"))).isTrue();
        assertThat(Database.isUsablePath(dir.resolve("a;b"))).isFalse();
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs({org.junit.jupiter.api.condition.OS.LINUX, org.junit.jupiter.api.condition.OS.MAC})
    void onlyWhatItCreatesIsMadePrivate() throws Exception {
        var shared = java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx");
        Files.setPosixFilePermissions(dir, shared);
        try (Database db = Database.open(dir)) {
            new CommitmentStore(db).save(letter, "t", NOW);
        }
        assertThat(Files.getPosixFilePermissions(dir)).as("an existing folder keeps its modes").isEqualTo(shared);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("toezeggingen.mv.db")))).isEqualTo("rw-------");

        Path fresh = dir.resolve("nieuw/map");
        try (Database db = Database.open(fresh)) {
            db.file();
        }
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rwx------");
    }

    @Test
    void openDueByUsesOnlyOpenCommitmentsInDateOrder() {
        try (Database db = Database.open(dir)) {
            CommitmentStore store = new CommitmentStore(db);
            store.save(letter.toBuilder().title("later").deadline(Deadline.on(LocalDate.of(2024, 9, 1))).build(), "t", NOW);
            store.save(letter.toBuilder().title("done").status(Status.DONE).build(), "t", NOW);
            store.save(letter.toBuilder().title("earlier").deadline(Deadline.on(LocalDate.of(2024, 5, 1))).build(), "t", NOW);
            store.save(letter.toBuilder().title("none").deadline(Deadline.NONE).build(), "t", NOW);

            assertThat(store.openDueBy(LocalDate.of(2024, 12, 31))).extracting(Commitment::title)
                    .containsExactly("earlier", "later");
        }
    }

    @Test
    void settingsPersist() {
        try (Database db = Database.open(dir)) {
            new SettingStore(db).put("horizon.days", "21");
            new SettingStore(db).put("horizon.days", "30");
        }
        try (Database db = Database.open(dir)) {
            assertThat(new SettingStore(db).get("horizon.days")).contains("30");
            assertThat(new SettingStore(db).get("missing")).isEmpty();
        }
    }

    @Test
    void theShortcutPastFlywayKnowsTheNewestMigration() throws Exception {
        java.net.URL folder = Database.class.getResource("/db/migration");
        int newest;
        try (var files = Files.list(Path.of(folder.toURI()))) {
            newest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow();
        }
        assertThat(Database.LATEST_MIGRATION).isEqualTo(Integer.toString(newest));
        try (Database db = Database.open(dir)) {
            boolean current = db.jdbi().withHandle(h -> Database.isCurrent(h.getConnection()));
            assertThat(current).isTrue();
        }
    }

    @Test
    void dataFromBeforeDeadlineKindsIsMigratedAndReadAsItsDatesSay() throws Exception {
        // A register as version 1 left it: the schema of V1 only, one row written by hand.
        String url = "jdbc:h2:file:" + dir.resolve("toezeggingen").toAbsolutePath();
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").target("1").load().migrate();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "", "");
             java.sql.Statement st = c.createStatement()) {
            st.execute("INSERT INTO commitment (title, status, deadline_phrase, deadline_earliest, deadline_latest,"
                    + " created_at, updated_at) VALUES ('Oud', 'OPEN', 'medio 2025', DATE '2025-06-01',"
                    + " DATE '2025-07-31', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }
        try (Database db = Database.open(dir)) {
            Commitment old = new CommitmentStore(db).all().get(0);
            assertThat(old.deadline().kind()).isEqualTo(Deadline.Kind.WINDOW);
            assertThat(old.deadline().latest()).isEqualTo(LocalDate.of(2025, 7, 31));
        }
    }

    @Test
    void aRecurringOrVagueKindSurvivesARestart() {
        Commitment yearly = letter.toBuilder().reference("J").deadline(new Deadline("jaarlijks", null,
                LocalDate.of(2025, 4, 3), true, Deadline.Kind.RECURRING, nl.toezeggingen.domain.Recurrence.YEARLY))
                .build();
        Commitment soon = letter.toBuilder().reference("V").deadline(new Deadline("z.s.m.", null,
                LocalDate.of(2024, 7, 3), true, Deadline.Kind.VAGUE, null)).build();
        long y;
        long v;
        try (Database db = Database.open(dir)) {
            y = new CommitmentStore(db).save(yearly, "tester", NOW).id();
            v = new CommitmentStore(db).save(soon, "tester", NOW).id();
        }
        try (Database db = Database.open(dir)) {
            assertThat(new CommitmentStore(db).find(y)).contains(yearly.withId(y));
            assertThat(new CommitmentStore(db).find(v)).contains(soon.withId(v));
        }
    }
}
