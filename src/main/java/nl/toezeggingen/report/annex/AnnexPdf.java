package nl.toezeggingen.report.annex;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.toezeggingen.domain.rappel.Annex;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * The annex as a PDF for the parafeerroute: A4 portrait, the heading and reference date, per dossier a table
 * whose heading row comes back on every page it runs over, long texts wrapped inside their cells, and on every
 * page the date and "pagina 1 van 3"; a draft carries a light "Concept" across each page.
 * Helvetica (one of the fonts every PDF reader has) in WinAnsi covers Dutch (é, ë, ï, ó); see {@link PdfText}
 * for any other character. With {@link PdfText} and {@link PdfFonts} the only classes that name PDFBox: it is
 * loaded on this export only.
 */
public final class AnnexPdf {
    private static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    /** 2 cm at the sides and the top; the footer sits in the bottom margin. */
    private static final float MARGIN = 56.7f;
    private static final float BOTTOM = 62f;
    private static final float FOOTER_BASELINE = 34f;
    private static final float TABLE_WIDTH = PAGE_WIDTH - 2 * MARGIN;
    private static final float BODY = 8.5f;
    private static final float LEADING = BODY * 1.22f;
    private static final float PAD = 3f;
    private static final float LINE_WIDTH = 0.5f;
    /** A row is split over two pages only when it is too long for one, and then not with fewer lines than this. */
    private static final int MIN_SPLIT_LINES = 3;

    private AnnexPdf() {
    }

    public static byte[] render(Annex annex) {
        PdfFonts.install();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(annex.words().title());
            document.getDocumentInformation().setCreator("Toezeggingen");
            new Pages(document, annex).write();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            // Written to memory: an IOException here is a fault in the library, not the user's disk.
            throw new UncheckedIOException(e);
        }
    }

    /** The layout as it goes down the pages: where the next line goes, and what a new page must repeat. */
    private static final class Pages {
        private final PDDocument document;
        private final Annex annex;
        private final PdfText regular = new PdfText(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        private final PdfText bold = new PdfText(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
        private final PdfText italic = new PdfText(new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE));
        private final float[] x = new float[Annex.COLUMNS];
        private final float[] width = new float[Annex.COLUMNS];
        private PDPageContentStream stream;
        private float y;
        private String dossier;

        Pages(PDDocument document, Annex annex) {
            this.document = document;
            this.annex = annex;
            float at = MARGIN;
            for (int c = 0; c < Annex.COLUMNS; c++) {
                x[c] = at;
                width[c] = TABLE_WIDTH * (float) AnnexLayout.COLUMN_SHARES[c];
                at += width[c];
            }
            width[Annex.COLUMNS - 1] = MARGIN + TABLE_WIDTH - x[Annex.COLUMNS - 1];
        }

        void write() throws IOException {
            newPage();
            lines(bold, 14, annex.words().title(), 4);
            lines(regular, 10, annex.dateLine(), 2);
            if (annex.scope() != null) {
                lines(italic, BODY, annex.scope(), 0);
            }
            for (Annex.Section section : annex.sections()) {
                section(section);
            }
            stream.close();
            footers();
        }

        private void section(Annex.Section section) throws IOException {
            dossier = section.dossier();
            List<List<String>> first = section.rows().isEmpty() ? List.of() : cells(section.rows().get(0).cells(), regular);
            float needed = 14 + headingHeight(dossier) + rowHeight(cells(annex.words().headings(), bold))
                    + 2 * PAD + LEADING * Math.min(MIN_SPLIT_LINES, lineCount(first));
            if (y - needed < BOTTOM) {
                stream.close();
                newPage();
            } else {
                y -= 14;
            }
            tableStart(dossier);
            for (Annex.Row row : section.rows()) {
                row(cells(row.cells(), regular), regular);
            }
        }

        /** The dossier's heading and the table's heading row: at a section's start and on every page it runs onto. */
        private void tableStart(String heading) throws IOException {
            lines(bold, 11, heading, 4);
            row(cells(annex.words().headings(), bold), bold);
        }

        private void row(List<List<String>> cells, PdfText font) throws IOException {
            int total = lineCount(cells);
            int done = 0;
            while (done < total) {
                int here = (int) Math.floor((y - BOTTOM - 2 * PAD) / LEADING);
                int left = total - done;
                boolean fitsOnANewPage = left <= freshPageLines();
                if (here < left && (fitsOnANewPage || here < MIN_SPLIT_LINES)) {
                    stream.close();
                    newPage();
                    tableStart(dossier + " " + annex.words().continued());
                    continue;
                }
                int take = Math.min(here, left);
                float height = 2 * PAD + take * LEADING;
                for (int c = 0; c < Annex.COLUMNS; c++) {
                    List<String> lines = cells.get(c);
                    // A row going on over a page names its commitment again, so the rest is not read as another's.
                    int from = c == 0 && done >= lines.size() ? 0 : done;
                    for (int l = from; l < Math.min(from + take, lines.size()); l++) {
                        text(font, BODY, x[c] + PAD, y - PAD - BODY * 0.8f - (l - from) * LEADING, lines.get(l));
                    }
                    stream.addRect(x[c], y - height, width[c], height);
                }
                stream.setLineWidth(LINE_WIDTH);
                stream.stroke();
                y -= height;
                done += take;
            }
        }

        /** How many lines of one row fit on a page that starts with the continued heading and the heading row. */
        private int freshPageLines() {
            float top = PAGE_HEIGHT - MARGIN - headingHeight(dossier + " " + annex.words().continued())
                    - rowHeight(cells(annex.words().headings(), bold));
            return (int) Math.floor((top - BOTTOM - 2 * PAD) / LEADING);
        }

        private float headingHeight(String heading) {
            return bold.wrap(heading, 11, TABLE_WIDTH).size() * 11 * 1.25f + 4;
        }

        private float rowHeight(List<List<String>> cells) {
            return 2 * PAD + lineCount(cells) * LEADING;
        }

        private List<List<String>> cells(List<String> texts, PdfText font) {
            List<List<String>> cells = new ArrayList<>();
            for (int c = 0; c < texts.size(); c++) {
                cells.add(font.wrap(texts.get(c), BODY, width[c] - 2 * PAD));
            }
            return cells;
        }

        private static int lineCount(List<List<String>> cells) {
            return Math.max(1, cells.stream().mapToInt(List::size).max().orElse(1));
        }

        /** A wrapped paragraph across the page's width, then {@code after} points of room. */
        private void lines(PdfText font, float size, String text, float after) throws IOException {
            for (String line : font.wrap(text, size, TABLE_WIDTH)) {
                text(font, size, MARGIN, y - size * 0.8f, line);
                y -= size * 1.25f;
            }
            y -= after;
        }

        private void text(PdfText font, float size, float atX, float atY, String line) throws IOException {
            if (line.isEmpty()) {
                return;
            }
            stream.beginText();
            stream.setFont(font.font(), size);
            stream.newLineAtOffset(atX, atY);
            stream.showText(line);
            stream.endText();
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PAGE_HEIGHT - MARGIN;
        }

        /** Once every page is laid out and their number is known: the footer, and the draft's mark on top. */
        private void footers() throws IOException {
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage page = document.getPage(i);
                try (PDPageContentStream footer = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    stream = footer;
                    footer.setNonStrokingColor(0.35f);
                    text(regular, 8, MARGIN, FOOTER_BASELINE, regular.fit(annex.dateLine(), 8, TABLE_WIDTH / 2));
                    String number = regular.safe(annex.words().page(i + 1, pages));
                    text(regular, 8, MARGIN + TABLE_WIDTH - regular.width(number, 8), FOOTER_BASELINE, number);
                    if (annex.draft()) {
                        watermark(footer);
                    }
                }
            }
        }

        /** "Concept" diagonally across the page, light and see-through, so the table stays readable beneath it. */
        private void watermark(PDPageContentStream footer) throws IOException {
            PDExtendedGraphicsState light = new PDExtendedGraphicsState();
            light.setNonStrokingAlphaConstant(0.12f);
            footer.saveGraphicsState();
            footer.setGraphicsStateParameters(light);
            footer.setNonStrokingColor(0f);
            float size = 110;
            String mark = bold.safe(annex.words().draftMark());
            float length = bold.width(mark, size);
            double angle = Math.toRadians(45);
            float cx = PAGE_WIDTH / 2;
            float cy = PAGE_HEIGHT / 2;
            // From the centre back half the word's length along the slant, and down half its cap height across it.
            float half = length / 2;
            float cap = size * 0.36f;
            float startX = (float) (cx - half * Math.cos(angle) + cap * Math.sin(angle));
            float startY = (float) (cy - half * Math.sin(angle) - cap * Math.cos(angle));
            footer.beginText();
            footer.setFont(bold.font(), size);
            footer.setTextMatrix(Matrix.getRotateInstance(angle, startX, startY));
            footer.showText(mark);
            footer.endText();
            footer.restoreGraphicsState();
        }
    }
}
