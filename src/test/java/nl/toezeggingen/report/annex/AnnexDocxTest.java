package nl.toezeggingen.report.annex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import nl.toezeggingen.domain.rappel.Annex;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** The Word annex read back with the library a reader would use: a table per dossier, every cell's text. */
class AnnexDocxTest {

    private static XWPFDocument read(Annex annex) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(AnnexDocx.render(annex)));
    }

    @Test
    void everyDossierIsOneTableWithEveryRowAndCell() throws Exception {
        Annex annex = AnnexSamples.of(30, false);
        try (XWPFDocument document = read(annex)) {
            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSize(annex.sections().size());
            for (int t = 0; t < tables.size(); t++) {
                Annex.Section section = annex.sections().get(t);
                List<XWPFTableRow> rows = tables.get(t).getRows();
                assertThat(rows).hasSize(section.rows().size() + 1);
                assertThat(rows.get(0).isRepeatHeader()).as("the heading row repeats on every page").isTrue();
                assertThat(texts(rows.get(0))).isEqualTo(annex.words().headings());
                for (int r = 0; r < section.rows().size(); r++) {
                    assertThat(texts(rows.get(r + 1))).as(section.dossier() + " row " + r)
                            .isEqualTo(section.rows().get(r).cells());
                }
            }
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).containsSubsequence("Bijlage: stand van zaken toezeggingen",
                    "Stand van zaken per 1 juli 2025", "Sociale veiligheid in hoger onderwijs en wetenschap",
                    "Zonder dossier");
            assertThat(document.getHeaderList()).as("no draft mark asked for").isEmpty();
        }
    }

    @Test
    void thePageIsA4PortraitWithTheTableAcrossItsWidth() throws Exception {
        try (XWPFDocument document = read(AnnexSamples.of(2, false))) {
            var section = document.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW().toString()).isEqualTo("11906");
            assertThat(section.getPgSz().getH().toString()).isEqualTo("16838");
            XWPFTable table = document.getTables().get(0);
            int sum = table.getCTTbl().getTblGrid().getGridColList().stream()
                    .mapToInt(c -> ((java.math.BigInteger) c.getW()).intValue()).sum();
            assertThat(sum).isEqualTo(11906 - 2 * 1134);
            assertThat(document.getBodyElements().get(document.getBodyElements().size() - 1).getElementType())
                    .as("a paragraph after the last table, as Word keeps one")
                    .isEqualTo(org.apache.poi.xwpf.usermodel.BodyElementType.PARAGRAPH);
            String footer = document.getFooterList().get(0)._getHdrFtr().xmlText();
            assertThat(footer).contains("NUMPAGES").contains("PAGE").contains("pagina ").contains(" van ");
        }
    }

    @Test
    void aDraftSaysConceptInItsPageHeader() throws Exception {
        try (XWPFDocument document = read(AnnexSamples.of(2, true))) {
            assertThat(document.getHeaderList()).extracting(XWPFHeader::getText)
                    .anySatisfy(text -> assertThat(text).contains("Concept"));
        }
    }

    /** A cell's lines as the model has them: Word's line breaks come back as new lines. */
    private static List<String> texts(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText().replace("\r", "")).toList();
    }
}
