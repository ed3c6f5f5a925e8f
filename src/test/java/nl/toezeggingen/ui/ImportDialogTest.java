package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import nl.toezeggingen.importer.ZipBombs;
import nl.toezeggingen.ui.main.MainWindowController;
import org.junit.jupiter.api.Test;

/** Bestand > Importeren… with the file already chosen: the report first, the import only on confirmation. */
class ImportDialogTest extends WindowTestBase {

    private void openImport(Path file) {
        MainWindowController main = (MainWindowController) lookup(".main-view").query().getUserData();
        interact(() -> main.importFile(file));
        waitUntil(() -> lookup("#confirmButton").tryQuery().isPresent());
    }

    @Test
    void a_clean_file_shows_the_counts_and_imports_on_confirmation() throws Exception {
        Path file = Files.writeString(dataDirectory.resolveSibling(dataDirectory.getFileName() + "-lijst.csv"),
                "Kenmerk;Titel;Termijn;Eigenaar;Kolom X\r\nA-1;Kamer informeren;eind 2025;Piet;x\r\n"
                        + "A-2;Evaluatie sturen;voor de zomer van 2025;Anna;y\r\n", StandardCharsets.UTF_8);
        startApp();
        waitUntil(() -> lookup("#emptyState").query().isVisible());

        openImport(file);

        waitUntil(() -> !lookup("#confirmButton").queryButton().isDisabled());
        assertThat(textOf("#summaryLabel")).contains("2 toezeggingen in orde: 2 nieuw");
        assertThat(this.<String>list().getItems()).containsExactly(
                "Kolommen die niet herkend zijn en niet zijn ingelezen: Kolom X");
        assertThat(rows()).isEmpty();
        screenshot("import-clean", ".import-dialog");

        clickOn("#confirmButton");

        waitForRows(2);
        assertThat(textOf("#verdictLabel")).contains("2 toezeggingen ingelezen: 2 nieuw");
        assertThat(lookup("#closeButton").queryButton().getText()).isEqualTo("Sluiten");
        clickOn("#closeButton");
        assertThat(stored()).hasSize(2);
    }

    @Test
    void a_broken_file_shows_every_problem_and_cannot_be_imported() throws Exception {
        Path file = Files.writeString(dataDirectory.resolveSibling(dataDirectory.getFileName() + "-fout.csv"),
                "Titel;Termijn;Status\r\nGoed;eind 2025;open\r\nFout;ooit;open\r\nOok fout;eind 2025;half\r\n",
                StandardCharsets.UTF_8);
        startApp();
        waitUntil(() -> lookup("#emptyState").query().isVisible());

        openImport(file);

        waitUntil(() -> textOf("#verdictLabel").startsWith("Dit bestand kan niet"));
        Button confirm = lookup("#confirmButton").queryButton();
        assertThat(confirm.isDisabled()).isTrue();
        assertThat(this.<String>list().getItems()).hasSize(2)
                .anySatisfy(line -> assertThat(line).startsWith("Regel 3, kolom \"Termijn\""))
                .anySatisfy(line -> assertThat(line).startsWith("Regel 4, kolom \"Status\""));
        assertThat(textOf("#summaryLabel")).contains("Niets ingelezen: 2 problemen");
        this.<String>list().getItems().forEach(this::assertNoStackTrace);
        screenshot("import-refused", ".import-dialog");
        clickOn("#closeButton");
        assertThat(stored()).isEmpty();
    }

    @Test
    void a_zip_bomb_is_refused_in_the_window_as_on_the_command_line() throws Exception {
        // One cell of 1.5 GB in a file of 1.5 MB, its size declared as a kilobyte: only the counting stops it.
        Path file = ZipBombs.oneHugeCell(dataDirectory.resolveSibling(dataDirectory.getFileName() + "-bom.xlsx"),
                3L * 1024 * 1024 * 1024 / 2, false);
        startApp();
        waitUntil(() -> lookup("#emptyState").query().isVisible());

        openImport(file);

        waitUntil(() -> textOf("#verdictLabel").startsWith("Dit bestand kan niet"));
        assertThat(lookup("#confirmButton").queryButton().isDisabled()).isTrue();
        assertThat(this.<String>list().getItems()).containsExactly("het Excel-bestand bevat een tekst van meer dan"
                + " 100.000 tekens aan één stuk; zo lang is geen cel in een lijst met toezeggingen");
        clickOn("#closeButton");
        assertThat(stored()).isEmpty();
    }

    /** Issue 16: a word of the file's own, once in the report, mapped in the dialog; the next import knows it. */
    @Test
    void an_unknown_status_word_is_mapped_in_the_dialog_and_remembered_for_the_next_import() throws Exception {
        StringBuilder rows = new StringBuilder("Kenmerk;Titel;Status;Datum toezegging;Afgedaan op\r\n");
        for (int i = 0; i < 12; i++) {
            rows.append("K-").append(i).append(";Toezegging ").append(i).append(";Klaar;2024-03-01;2024-04-01\r\n");
        }
        Path file = Files.writeString(dataDirectory.resolveSibling(dataDirectory.getFileName() + "-eigen.csv"), rows,
                StandardCharsets.UTF_8);
        startApp();
        waitUntil(() -> lookup("#emptyState").query().isVisible());

        openImport(file);

        waitUntil(() -> textOf("#verdictLabel").startsWith("Dit bestand kan niet"));
        assertThat(this.<String>list().getItems()).containsExactly("12 regels (2, 3, 4, 5, 6, 7, 8, 9, 10, 11 en 2"
                + " andere), kolom \"Status\": \"Klaar\" is geen status die Toezeggingen kent; de statussen zijn"
                + " Openstaand, In uitvoering, Deels afgedaan, Afgedaan en Vervallen");
        assertThat(lookup("#statusMapBox").query().isVisible()).isTrue();
        javafx.scene.control.ComboBox<nl.toezeggingen.domain.Status> choice =
                lookup(".import-status-choice").queryComboBox();
        assertThat(choice.getUserData()).isEqualTo("Klaar");
        screenshot("import-map-status", ".import-dialog");

        clickOn(choice);
        clickOn("Afgedaan");

        waitUntil(() -> !lookup("#confirmButton").queryButton().isDisabled());
        assertThat(textOf("#summaryLabel")).contains("12 toezeggingen in orde: 12 nieuw");
        assertThat(this.<String>list().getItems()).isEmpty();
        clickOn("#confirmButton");
        waitForRows(12);
        clickOn("#closeButton");

        Path next = Files.writeString(dataDirectory.resolveSibling(dataDirectory.getFileName() + "-volgende.csv"),
                "Kenmerk;Titel;Status\r\nN-1;Nieuw;klaar\r\n", StandardCharsets.UTF_8);
        openImport(next);
        waitUntil(() -> !lookup("#confirmButton").queryButton().isDisabled());
        assertThat(lookup("#statusMapBox").query().isVisible()).as("nothing left to map").isFalse();
        clickOn("#closeButton");
        assertThat(stored()).hasSize(12).allSatisfy(c -> assertThat(c.status())
                .isEqualTo(nl.toezeggingen.domain.Status.DONE));
    }

    private <T> ListView<T> list() {
        return lookup("#reportList").queryListView();
    }

    @Test
    void annuleren_stops_an_import_that_is_under_way_and_nothing_is_written() throws Exception {
        Path file = nl.toezeggingen.app.ImportFiles.csv(
                dataDirectory.resolveSibling(dataDirectory.getFileName() + "-lang.csv"),
                nl.toezeggingen.app.ImportFiles.rows(3_000), ';', StandardCharsets.UTF_8);
        startApp();
        waitUntil(() -> lookup("#emptyState").query().isVisible());
        MainWindowController main = (MainWindowController) lookup(".main-view").query().getUserData();
        openImport(file);
        waitUntil(() -> !lookup("#confirmButton").queryButton().isDisabled());

        // The disk thread is held, so the import is still waiting its turn when Annuleren is pressed.
        java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
        interact(() -> main.session().background().run(() -> {
            hold.await();
            return null;
        }, ignored -> { }, ignored -> { }));
        clickOn("#confirmButton");
        waitUntil(() -> lookup("#progressBox").query().isVisible());
        assertThat(lookup("#progressBar").query().isVisible()).isTrue();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#progressBar").query().getLayoutBounds().getHeight())
                .as("the bar gets room in a dialog sized before it appeared").isPositive();
        screenshot("import-progress", ".import-dialog");
        clickOn("#closeButton");
        hold.countDown();

        waitUntil(() -> textOf("#verdictLabel").contains("afgebroken"));
        assertThat(textOf("#verdictLabel")).isEqualTo("Het inlezen is afgebroken; er is niets ingelezen.");
        waitUntil(() -> !lookup("#progressBox").query().isVisible());
        assertThat(stored()).isEmpty();
    }
}
