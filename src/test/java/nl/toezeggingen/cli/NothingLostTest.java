package nl.toezeggingen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.toezeggingen.testing.SmallDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a hostile tester tried against the command line: none of it may cost data. */
class NothingLostTest {
    @TempDir
    Path data;
    @TempDir
    Path elsewhere;

    private CliRun run(String... args) {
        return CliRun.run(data, args);
    }

    private Path dataFile() {
        return data.resolve("toezeggingen.mv.db");
    }

    private List<String> backups() throws Exception {
        Path folder = data.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".zip")).sorted().toList();
        }
    }

    @Test
    void anEmptyDataFileIsExit3AndNeverOverwritten() throws Exception {
        Files.createDirectories(data);
        Files.write(dataFile(), new byte[0]);

        for (String command : List.of("overdue", "list", "demo")) {
            CliRun result = run(command);
            assertThat(result.exit).as(result.toString()).isEqualTo(3);
            assertThat(result.err).contains("leeg of onvolledig").contains("restore").doesNotContain("Exception");
        }
        assertThat(Files.size(dataFile())).isZero();
        assertThat(backups()).isEmpty();
    }

    @Test
    void scheduledChecksNeverTurnTheBackupsOver() throws Exception {
        run("demo");
        run("add", "--title", "Nieuw werk");
        List<String> before = backups();
        assertThat(before).hasSize(1);
        for (int i = 0; i < 12; i++) {
            assertThat(run("--today", "2025-07-10", "overdue").exit).isEqualTo(1);
            assertThat(run("list", "--format", "json").exit).isZero();
            assertThat(run("export", "--format", "text").exit).isZero();
            assertThat(run("show", "1").exit).isZero();
        }
        assertThat(backups()).as("read-only commands make and remove no backup").isEqualTo(before);
    }

    @Test
    void noOutputLandsOnTheDataOrItsBackups() throws Exception {
        run("demo");
        run("add", "--title", "Iets");
        String before = run("list", "--format", "json").out;
        Path link = Files.createSymbolicLink(elsewhere.resolve("link.html"), dataFile());
        List<List<String>> attempts = List.of(
                List.of("export", "--format", "html", "--out", dataFile().toString()),
                List.of("export", "--format", "html", "--out", link.toString()),
                List.of("export", "--format", "png", "--out", dataFile().toString()),
                List.of("export", "--format", "csv", "--out", data.resolve("toezeggingen.trace.db").toString()),
                List.of("export", "--format", "text", "--out", data.resolve("backups").resolve(backups().get(0)).toString()),
                List.of("backup", "--out", dataFile().toString()),
                List.of("backup", "--out", data.resolve("backups").toString()),
                List.of("backup", "--out", data.resolve("weergave.properties").toString()));
        for (List<String> attempt : attempts) {
            CliRun result = run(attempt.toArray(String[]::new));
            assertThat(result.exit).as(attempt + ": " + result).isEqualTo(2);
            assertThat(result.err).contains("bestand van Toezeggingen zelf").doesNotContain("Exception");
        }
        assertThat(run("list", "--format", "json").out).isEqualTo(before).contains("Iets");
    }

    @Test
    void aBackupWithAnEmptyDataFileIsRefused() throws Exception {
        run("add", "--title", "Blijft");
        Path empty = elsewhere.resolve("leeg.zip");
        try (OutputStream file = Files.newOutputStream(empty); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("toezeggingen.mv.db"));
            zip.closeEntry();
        }
        Path bare = Files.write(elsewhere.resolve("leeg.mv.db"), new byte[0]);

        for (Path candidate : List.of(empty, bare)) {
            CliRun restore = run("restore", candidate.toString());
            assertThat(restore.exit).as(restore.toString()).isEqualTo(2);
            assertThat(restore.err).contains("geen back-up van Toezeggingen").contains("niets teruggezet");
        }
        assertThat(run("list", "--format", "csv").out).contains("Blijft");
    }

    @Test
    void aHostileFolderNameIsRefusedAndRunsNothing() throws Exception {
        nl.toezeggingen.testing.HostileFolder hostile = nl.toezeggingen.testing.HostileFolder.in(elsewhere);

        CliRun result = CliRun.run(hostile.folder(), "list");

        assertThat(result.exit).as(result.toString()).isEqualTo(2);
        assertThat(result.err).contains("kan de map").contains("puntkomma").doesNotContain("Exception");
        assertThat(hostile.proof()).doesNotExist();
        assertThat(hostile.folder()).doesNotExist();
    }

    @Test
    void whatAnInterruptedBackupOrRestoreLeftIsSweptAtTheNextStart() throws Exception {
        run("add", "--title", "Iets");
        Path folder = Files.createDirectories(data.resolve("backups"));
        Path restoreLeft = Files.createDirectories(folder.resolve(".terugzetten-123"));
        Files.write(restoreLeft.resolve("toezeggingen.mv.db"), new byte[4096]);
        Path zipLeft = Files.write(folder.resolve(".toezeggingen-456.zip.tmp"), new byte[100]);
        Path partLeft = Files.write(data.resolve(".weergave.properties789.part"), new byte[10]);
        Path usersOwn = Files.write(folder.resolve("mijn-notities.txt"), new byte[10]);

        assertThat(run("list").exit).isZero();

        assertThat(restoreLeft).doesNotExist();
        assertThat(zipLeft).doesNotExist();
        assertThat(partLeft).doesNotExist();
        assertThat(usersOwn).as("only what we leave behind is ours to clear").exists();
    }

    @Test
    void aFullDiskSaysSoAndTheNextCommandStillReadsTheData() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(elsewhere.resolve("klein"), "3m")) {
            Path folder = disk.path().resolve("gegevens");
            assertThat(CliRun.run(folder, "demo").exit).isZero();
            String before = CliRun.run(folder, "list", "--format", "csv").out;
            Path filler = disk.fill();

            CliRun add = CliRun.run(folder, "add", "--title", "Past niet meer", "--text", "x".repeat(50_000));
            assertThat(add.exit).as(add.toString()).isEqualTo(3);
            assertThat(add.err).contains("De schijf is vol; er is niets veranderd").doesNotContain("Exception")
                    .doesNotContain("INSERT");

            CliRun list = CliRun.run(folder, "list", "--format", "csv");
            assertThat(list.err).doesNotContain("beschadigd");
            assertThat(list.out).isEqualTo(before);
            Files.delete(filler);
            assertThat(CliRun.run(folder, "add", "--title", "Nu wel").exit).isZero();
        }
    }

    @Test
    void aReadOnlyFolderIsExit3AndNothingElse() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(elsewhere.resolve("stick"), "8m")) {
            Path folder = disk.path().resolve("gegevens");
            assertThat(CliRun.run(folder, "demo").exit).isZero();
            disk.readOnly();

            for (String command : List.of("list", "demo", "overdue")) {
                CliRun result = CliRun.run(folder, command);
                assertThat(result.exit).as(command + ": " + result).isEqualTo(3);
                assertThat(result.err).contains("alleen-lezen").doesNotContain("Exception").doesNotContain("\tat ");
                assertThat(result.err.lines().count()).isLessThanOrEqualTo(2);
            }
            disk.writable();
            assertThat(CliRun.run(folder, "list", "--format", "csv").out).contains("SV-01");
        }
    }
}
