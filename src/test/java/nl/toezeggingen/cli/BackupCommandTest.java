package nl.toezeggingen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.toezeggingen.store.LockHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCommandTest {
    @TempDir
    Path data;
    @TempDir
    Path elsewhere;

    private CliRun run(String... args) {
        return CliRun.run(data, args);
    }

    private String titles() {
        return run("list", "--format", "csv").out;
    }

    @Test
    void backupThenRestoreBringsBackTheOldState() {
        assertThat(run("add", "--title", "Eerste").exit).isZero();
        Path copy = elsewhere.resolve("kopie.zip");
        CliRun backup = run("backup", "--out", copy.toString());
        assertThat(backup.exit).as(backup.toString()).isZero();
        assertThat(backup.out).contains("Back-up gemaakt").contains(copy.toString());
        assertThat(run("add", "--title", "Tweede").exit).isZero();

        CliRun restore = run("restore", copy.toString());

        assertThat(restore.exit).as(restore.toString()).isZero();
        assertThat(restore.out).contains("Back-up teruggezet").contains("eerst bewaard als").contains("voor-terugzetten");
        assertThat(titles()).contains("Eerste").doesNotContain("Tweede");
    }

    @Test
    void backupWithoutOutGoesIntoTheBackupsFolder() throws Exception {
        run("add", "--title", "Iets");
        CliRun backup = run("--lang", "en", "backup");
        assertThat(backup.exit).as(backup.toString()).isZero();
        assertThat(backup.out).startsWith("Backup made: ").contains("handmatig.zip");
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-handmatig.zip"));
        }
    }

    @Test
    void aTargetThatCannotBeWrittenIsExit2AndChangesNothing() {
        run("add", "--title", "Iets");
        CliRun backup = run("backup", "--out", elsewhere.resolve("bestaat/niet/b.zip").toString());
        assertThat(backup.exit).isEqualTo(2);
        assertThat(backup.err).contains("kan niet worden geschreven").doesNotContain("Exception");
        assertThat(titles()).contains("Iets");
    }

    @Test
    void restoringSomethingThatIsNoBackupIsExit2() throws Exception {
        run("add", "--title", "Blijft");
        Path photo = Files.writeString(elsewhere.resolve("foto.zip"), "niets");
        CliRun restore = run("restore", photo.toString());
        assertThat(restore.exit).isEqualTo(2);
        assertThat(restore.err).contains("geen back-up van Toezeggingen").contains("Er is niets teruggezet");
        assertThat(run("restore", elsewhere.resolve("weg.zip").toString()).exit).isEqualTo(2);
        assertThat(titles()).contains("Blijft");
    }

    @Test
    void aDamagedFileIsExit3UntouchedAndRestoreWorksOverIt() throws Exception {
        run("add", "--title", "Gered");
        Path copy = elsewhere.resolve("kopie.zip");
        run("backup", "--out", copy.toString());
        Path file = data.resolve("toezeggingen.mv.db");
        byte[] garbage = "kapot".repeat(3000).getBytes();
        Files.write(file, garbage);

        CliRun list = run("list");
        assertThat(list.exit).isEqualTo(3);
        assertThat(list.err).contains("beschadigd").contains("restore").contains("backups");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);

        CliRun restore = run("restore", copy.toString());
        assertThat(restore.exit).as(restore.toString()).isZero();
        assertThat(restore.out).contains("beschadigde bestand is apart gezet").contains("toezeggingen-beschadigd-");
        assertThat(titles()).contains("Gered");
        try (Stream<Path> files = Files.list(data)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("toezeggingen-beschadigd-"))
                    .findFirst().orElseThrow();
            assertThat(Files.readAllBytes(aside)).isEqualTo(garbage);
        }
    }

    @Test
    void restoreWhileAnotherCopyHoldsTheDataIsExit3() throws Exception {
        Path copy = elsewhere.resolve("kopie.zip");
        run("add", "--title", "Iets");
        run("backup", "--out", copy.toString());
        try (LockHolder holder = LockHolder.start(data)) {
            CliRun restore = run("restore", copy.toString());
            assertThat(restore.exit).isEqualTo(3);
            assertThat(restore.err).contains("al geopend");
            CliRun backup = run("backup");
            assertThat(backup.exit).isEqualTo(3);
        }
        assertThat(titles()).contains("Iets");
    }
}
