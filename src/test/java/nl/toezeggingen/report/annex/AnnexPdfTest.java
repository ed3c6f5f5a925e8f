package nl.toezeggingen.report.annex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.toezeggingen.domain.rappel.Annex;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF annex read back with PDFBox's text extraction: every row, the page numbers, the draft mark. */
class AnnexPdfTest {

    /** The text in the order it was written (cell by cell), so that a wrapped cell reads as one text again. */
    private static String text(PDDocument document, int from, int to) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(false);
        // The slanted draft mark's letters overlap when seen upright; the stripper would drop some as duplicates.
        stripper.setSuppressDuplicateOverlappingText(false);
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    @Test
    void everyRowIsThereOverSeveralA4PagesNumberedOfTheirCount() throws Exception {
        Annex annex = AnnexSamples.of(45, false);
        try (PDDocument document = Loader.loadPDF(AnnexPdf.render(annex))) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(box.getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            String all = text(document, 1, pages);
            for (Annex.Row row : annex.rows()) {
                if (row.id() == 103) {
                    continue; // its title has characters Helvetica lacks: below
                }
                assertThat(all).as("row " + row.reference()).contains(row.reference() + " " + row.title());
            }
            assertThat(all).startsWith("Bijlage: stand van zaken toezeggingen Stand van zaken per 1 juli 2025")
                    .contains("geïnformeerd").contains("vóór").contains("Caraïbische")
                    .contains("‘Vrij en veilig onderwijs’ – geïnformeerd").contains("regel één regel twee")
                    .contains("Sociale veiligheid in hoger onderwijs en wetenschap (vervolg)")
                    .doesNotContain("Concept");
            for (int page = 1; page <= pages; page++) {
                String one = text(document, page, page);
                assertThat(one).as("page " + page).contains("pagina " + page + " van " + pages)
                        .contains("Stand van zaken per 1 juli 2025")
                        .contains("Nummer Omschrijving Vindplaats Stand van zaken Oorspronkelijke termijn Nieuwe termijn");
            }
        }
    }

    @Test
    void aDraftHasConceptOnEveryPage() throws Exception {
        try (PDDocument document = Loader.loadPDF(AnnexPdf.render(AnnexSamples.of(45, true)))) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                // Slanted, its letters are taken apart into words by the stripper: "Conce pt".
                assertThat(text(document, page, page).replace(" ", "")).as("page " + page).contains("Concept");
            }
        }
    }

    /** A character Helvetica cannot write is shown as its letter without the accent, or "?": never a failed export. */
    @Test
    void charactersOutsideTheFontAreWrittenAsNearAsItCan() throws Exception {
        try (PDDocument document = Loader.loadPDF(AnnexPdf.render(AnnexSamples.of(1, false)))) {
            assertThat(text(document, 1, document.getNumberOfPages())).contains("Reactie op motie Pawlowski ?");
        }
    }

    @Test
    void aRowLongerThanAPageGoesOnOnTheNextWithTheHeadingsRepeated() throws Exception {
        String longText = "stap ".repeat(1500).strip();
        Annex annex = new Annex(AnnexSamples.WORDS, java.time.LocalDate.of(2025, 7, 1), "Stand van zaken per 1 juli 2025",
                "Selectie: dossier X", false, List.of(new Annex.Section("X", List.of(
                        new Annex.Row(1, "X-1", "Lang", "", longText, "", ""),
                        new Annex.Row(2, "X-2", "Kort na lang", "", "", "", "")))));
        try (PDDocument document = Loader.loadPDF(AnnexPdf.render(annex))) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String all = text(document, 1, document.getNumberOfPages());
            assertThat(all.split("stap", -1)).hasSize(1501);
            assertThat(all).contains("Selectie: dossier X").contains("X (vervolg)").contains("X-2 Kort na lang");
            assertThat(all.split("X-1 ", -1)).as("each page the row runs onto names it").hasSize(
                    document.getNumberOfPages() + 1);
        }
    }

    @Test
    void wrappedLinesFitTheirRoomAndKeepEveryWord() {
        PdfText text = new PdfText(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        String sentence = "De Kamer wordt vóór 1 juli geïnformeerd over https://www.rijksoverheid.nl/documenten/"
                + "kamerstukken/2025/06/12/verzamelbrief-sociale-veiligheid en de vervolgstappen.";
        List<String> lines = text.wrap(sentence, 8.5f, 90);
        assertThat(lines).hasSizeGreaterThan(3)
                .allSatisfy(line -> assertThat(text.width(line, 8.5f)).isLessThanOrEqualTo(90f));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(sentence.replace(" ", ""));
        assertThat(text.wrap("", 8.5f, 90)).containsExactly("");
        assertThat(text.wrap("Notaoverleg Koninkrijksrelaties", 8.5f, 66)).containsExactly("Notaoverleg",
                "Koninkrijksrelat-", "ies");
        assertThat(text.wrap("meldvoorzieningenonderzoek-klachtenregeling", 8.5f, 120))
                .containsExactly("meldvoorzieningenonderzoek-", "klachtenregeling");
        assertThat(text.wrap("één\ntwee", 8.5f, 90)).containsExactly("één", "twee");
        assertThat(text.safe("Łódź e\u0308 \uD83D\uDE42\tő")).isEqualTo("Lódz ë ? o");
    }
}
