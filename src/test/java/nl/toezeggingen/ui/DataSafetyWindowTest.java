package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.Commitment;
import org.junit.jupiter.api.Test;

class DataSafetyWindowTest extends WindowTestBase {
    private static final byte[] GARBAGE = "dit is geen database meer ".repeat(400).getBytes();

    private Path dataFile() {
        return dataDirectory.resolve("toezeggingen.mv.db");
    }

    private List<Path> setAside() throws Exception {
        try (Stream<Path> files = Files.list(dataDirectory)) {
            return files.filter(p -> p.getFileName().toString().startsWith("toezeggingen-beschadigd-")).toList();
        }
    }

    private DialogPane damagedDialog() {
        waitUntil(() -> lookup(".damaged-dialog").tryQuery().isPresent());
        return lookup(".damaged-dialog").query();
    }

    @Test
    void aDamagedFileOffersTheLatestBackupAndKeepsTheDamagedFileAside() throws Exception {
        seed(Commitment.builder().title("Kamerbrief over de voortgang").build());
        try (Tracker ignored = options.openTracker()) {
            // a start: the backup that will be restored
        }
        Files.write(dataFile(), GARBAGE);

        startApp();
        DialogPane dialog = damagedDialog();
        screenshot("damaged-dialog");

        assertThat(dialog.getHeaderText()).isEqualTo("Het gegevensbestand is beschadigd");
        assertThat(dialog.getContentText()).contains(dataFile().toAbsolutePath().toString())
                .contains("overschrijft dit bestand nooit").contains("laatste back-up terugzetten (gemaakt op ");
        assertNoStackTrace(dialog.getContentText());
        clickOn("Laatste back-up terugzetten");

        waitForRows(1);
        assertThat(rows().get(0).commitment().title()).isEqualTo("Kamerbrief over de voortgang");
        assertThat(textOf("#statusLabel")).contains("De laatste back-up is teruggezet").contains("beschadigd-");
        assertThat(setAside()).hasSize(1);
        assertThat(Files.readAllBytes(setAside().get(0))).isEqualTo(GARBAGE);
    }

    @Test
    void anEmptyDataFileIsNeverTakenForNewAndIsKeptAsideOnAnEmptyStart() throws Exception {
        Files.createDirectories(dataDirectory);
        Files.write(dataFile(), new byte[0]);

        startApp();
        DialogPane dialog = damagedDialog();

        assertThat(dialog.getHeaderText()).isEqualTo("Het gegevensbestand is leeg of onvolledig");
        assertThat(Files.size(dataFile())).as("left as it was while the user decides").isZero();
        clickOn("Leeg beginnen");

        waitUntil(() -> lookup("#emptyState").query().isVisible());
        assertThat(setAside()).hasSize(1);
        assertThat(Files.size(setAside().get(0))).isZero();
    }

    @Test
    void theWindowMakesItsStartBackupOnceTheDataIsShown() throws Exception {
        seed(Commitment.builder().title("Kamerbrief over de voortgang").build());
        Path backups = dataDirectory.resolve("backups");

        startApp();
        waitForRows(1);
        waitUntil(() -> startBackups(backups).size() == 1);

        stopApp();
        Path restored = Files.createTempDirectory(dataDirectory.getParent(), "hersteld");
        new nl.toezeggingen.app.Backups(restored, java.time.Clock.systemDefaultZone())
                .restore(startBackups(backups).get(0));
        try (Tracker tracker = Tracker.open(restored, java.time.Clock.systemDefaultZone())) {
            assertThat(tracker.list()).extracting(t -> t.commitment().title()).containsExactly("Kamerbrief over de voortgang");
        }
    }

    @Test
    void aWindowThatOpensTheDataOnlyAtTheSecondTryStillMakesItsStartBackup() throws Exception {
        seed(Commitment.builder().title("Kamerbrief over de voortgang").build());
        Path backups = dataDirectory.resolve("backups");
        try (nl.toezeggingen.store.LockHolder otherCopy = nl.toezeggingen.store.LockHolder.start(dataDirectory)) {
            startApp();
            waitUntil(() -> lookup(".error-dialog").tryQuery().isPresent());
            clickOn("Sluiten");
        }

        clickOn("#retryButton");
        waitForRows(1);
        waitUntil(() -> startBackups(backups).size() == 1);
    }

    private static List<Path> startBackups(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().contains("start") && p.toString().endsWith(".zip")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void withoutABackupTheUserCanStartEmpty() throws Exception {
        Files.write(dataFile(), GARBAGE);

        startApp();
        DialogPane dialog = damagedDialog();
        assertThat(dialog.getContentText()).contains("Er is geen back-up om terug te zetten");
        assertThat(lookup("Laatste back-up terugzetten").tryQuery()).isEmpty();
        clickOn("Leeg beginnen");

        waitUntil(() -> lookup("#emptyState").query().isVisible());
        assertThat(textOf("#statusLabel")).contains("U begint met lege gegevens");
        assertThat(Files.readAllBytes(setAside().get(0))).isEqualTo(GARBAGE);
        assertThat(stored()).isEmpty();
    }

    @Test
    void closingTheDialogChangesNothing() throws Exception {
        Files.write(dataFile(), GARBAGE);
        startApp();
        damagedDialog();
        clickOn("Sluiten");
        waitUntil(() -> lookup(".damaged-dialog").tryQuery().isEmpty());
        assertThat(Files.readAllBytes(dataFile())).isEqualTo(GARBAGE);
        assertThat(setAside()).isEmpty();
        assertThat(lookup("#unavailableState").query().isVisible()).isTrue();
    }

    @Test
    void theBackupMenuItemMakesABackupInTheDataFolder() throws Exception {
        seed(Commitment.builder().title("Iets").build());
        startApp();
        waitForRows(1);
        MenuBar bar = lookup("#menuBar").query();
        MenuItem item = bar.getMenus().get(0).getItems().stream()
                .filter(i -> "backupMenuItem".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo("Back-up _maken");

        interact(item::fire);

        waitUntil(() -> textOf("#statusLabel").startsWith("Back-up gemaakt: toezeggingen-"));
        try (Stream<Path> files = Files.list(dataDirectory.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-handmatig.zip"));
        }
    }
}
