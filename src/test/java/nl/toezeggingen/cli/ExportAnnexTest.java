package nl.toezeggingen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, point 6 on the command line: {@code export --format docx|pdf} writes the rappel's annex of the demo,
 * brought up to date as a rappel would (one done, one postponed, one with a new stand van zaken), read back with
 * the libraries a reader uses; bad input leaves nothing behind.
 */
class ExportAnnexTest {
    @TempDir
    Path data;
    @TempDir
    Path out;

    private CliRun run(String... args) {
        return CliRun.on(data, "2025-07-01", args);
    }

    private void ok(String... args) {
        CliRun run = run(args);
        assertThat(run.exit).as(run.toString()).isZero();
    }

    @BeforeEach
    void aRappelOnTheDemo() {
        ok("demo");
        // Demo ids follow the references: 7 is SV-07, 1 SV-01, 3 SV-03.
        ok("postpone", "7", "--to", "voor het kerstreces", "--reason", "Onderzoek loopt uit",
                "--informed-by", "Kamerbrief 2025-0456");
        ok("progress", "1", "concept bij DGHO, Kamer wordt vóór de zomer geïnformeerd", "--on", "2025-06-12");
        ok("status", "3", "afgedaan", "--on", "2025-06-30", "--by", "Kamerbrief 2025-0500");
        ok("add", "--title", "Brief over de Caraïbische eilanden", "--reference", "TZ202406-001", "--dossier",
                "Caribisch Nederland", "--made-in", "Notaoverleg", "--deadline", "2025-09-01");
    }

    @Test
    void theWordAnnexHasATablePerDossierWithTheRappelsCells() throws Exception {
        Path file = out.resolve("bijlage.docx");
        CliRun run = run("export", "--format", "docx", "--out", file.toString(), "--on", "2025-07-01", "--draft");
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.err).contains("Bijlage geschreven naar").contains(file.toString());
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(file))) {
            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSize(2);
            assertThat(cells(tables.get(0), 1)).containsExactly("TZ202406-001", "Brief over de Caraïbische eilanden",
                    "Notaoverleg", "", "1 september 2025", "");
            List<String> references = tables.get(1).getRows().stream().skip(1).map(r -> r.getCell(0).getText()).toList();
            assertThat(references).containsExactly("SV-01", "SV-02", "SV-04", "SV-05", "SV-06", "SV-07", "SV-08",
                    "SV-09", "SV-11", "SV-12");
            List<String> sv07 = cells(tables.get(1), 1 + references.indexOf("SV-07"));
            assertThat(sv07.get(4)).isEqualTo("voor de zomer in 2025 (3 juli 2025, geschat)");
            assertThat(sv07.get(5)).isEqualTo("voor het kerstreces (18 december 2025, geschat)\n1x uitgesteld");
            assertThat(cells(tables.get(1), 1).get(3))
                    .isEqualTo("12-06-2025: concept bij DGHO, Kamer wordt vóór de zomer geïnformeerd");
            assertThat(document.getParagraphs().get(1).getText()).isEqualTo("Stand van zaken per 1 juli 2025");
            assertThat(document.getHeaderList().get(0).getText()).contains("Concept");
        }
    }

    @Test
    void thePdfAnnexHoldsEveryRowAndItsPageNumbers() throws Exception {
        Path file = out.resolve("bijlage.pdf");
        CliRun run = run("export", "--format", "pdf", "--out", file.toString(), "--dossier",
                "sociale veiligheid in hoger onderwijs en wetenschap");
        assertThat(run.exit).as(run.toString()).isZero();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            int pages = document.getNumberOfPages();
            assertThat(text).contains("Bijlage: stand van zaken toezeggingen").contains("Stand van zaken per 1 juli 2025")
                    .contains("Selectie: dossier sociale veiligheid in hoger onderwijs en wetenschap")
                    .contains("pagina 1 van " + pages).contains("12-06-2025: concept bij DGHO, Kamer wordt vóór de zomer geïnformeerd")
                    .contains("1x uitgesteld").doesNotContain("SV-03").doesNotContain("SV-10")
                    .doesNotContain("Caraïbische").doesNotContain("Concept");
            for (String reference : List.of("SV-01", "SV-02", "SV-04", "SV-05", "SV-06", "SV-07", "SV-08", "SV-09",
                    "SV-11", "SV-12")) {
                assertThat(text).contains(reference + " ");
            }
            assertThat(text).contains("SV-12 Afschrift brief aan de raad van toezicht van de TU");
        }
    }

    @Test
    void badInputIsOneSentenceExitTwoAndNothingWritten() throws IOException {
        CliRun noOut = run("export", "--format", "docx");
        assertThat(noOut.exit).isEqualTo(2);
        assertThat(noOut.err).contains("--out").doesNotContain("Exception");

        CliRun noFolder = run("export", "--format", "pdf", "--out", out.resolve("geen-map").resolve("b.pdf").toString());
        assertThat(noFolder.exit).isEqualTo(2);
        assertThat(noFolder.err).contains("Er is niets weggeschreven").contains("de map bestaat niet")
                .doesNotContain("Exception");

        Path aFile = Files.writeString(out.resolve("een-bestand"), "x");
        CliRun underAFile = run("export", "--format", "docx", "--out", aFile.resolve("b.docx").toString());
        assertThat(underAFile.exit).isEqualTo(2);
        assertThat(underAFile.err).contains("Er is niets weggeschreven").doesNotContain("Exception");

        CliRun own = run("export", "--format", "pdf", "--out", data.resolve("toezeggingen.mv.db").toString());
        assertThat(own.exit).isEqualTo(2);
        assertThat(own.err).contains("een bestand van Toezeggingen zelf");

        CliRun empty = run("export", "--format", "pdf", "--out", out.resolve("c.pdf").toString(), "--dossier", "Bestaat niet");
        assertThat(empty.exit).isEqualTo(2);
        assertThat(empty.err).contains("Geen openstaande toezeggingen in deze selectie").contains("Bestaat niet");

        CliRun badDate = run("export", "--format", "pdf", "--out", out.resolve("d.pdf").toString(), "--on", "1 juli");
        assertThat(badDate.exit).isEqualTo(2);
        assertThat(badDate.err).doesNotContain("Exception");

        CliRun notAnAnnex = run("export", "--format", "html", "--on", "2025-07-01");
        assertThat(notAnAnnex.exit).isEqualTo(2);
        assertThat(notAnAnnex.err).contains("--format docx of --format pdf");

        try (Stream<Path> left = Files.walk(out)) {
            assertThat(left.filter(Files::isRegularFile)).containsExactly(aFile);
        }
    }

    private static List<String> cells(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(XWPFTableCell::getText).toList();
    }
}
