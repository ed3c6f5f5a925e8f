package nl.toezeggingen.report.annex;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import nl.toezeggingen.domain.rappel.Annex;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The annex as a Word document, made to be pasted into the ministry's letter: A4 portrait, a heading, the
 * reference date, and per dossier a plain table (thin black lines, a bold heading row that repeats on every
 * page, no colours). A draft has "Concept" in its page header; the footer numbers the pages.
 * The only class that names Apache POI: the library is loaded when a .docx is written, never at start-up.
 */
public final class AnnexDocx {
    /** A4 in twentieths of a point, and 2 cm margins: the page a ministry letter is printed on. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN = 1134;
    private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
    private static final String FONT = "Arial";
    private static final int BODY_POINTS = 9;

    private AnnexDocx() {
    }

    public static byte[] render(Annex annex) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(annex.words().title());
            page(document);
            heading(document, annex);
            for (Annex.Section section : annex.sections()) {
                XWPFParagraph dossier = document.createParagraph();
                dossier.setSpacingBefore(240);
                dossier.setSpacingAfter(80);
                dossier.setKeepNext(true);
                run(dossier, section.dossier(), 11, true);
                table(document, annex, section);
            }
            // Word keeps a paragraph after the last table (it adds one when a file has none, and then calls the
            // file changed): one is there already, and it is where the letter's text goes on after a paste.
            document.createParagraph();
            footer(document, annex);
            if (annex.draft()) {
                XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
                XWPFParagraph mark = header.createParagraph();
                mark.setAlignment(ParagraphAlignment.RIGHT);
                XWPFRun run = run(mark, annex.words().draftMark(), 16, true);
                run.setColor("A6A6A6");
            }
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            // Written to memory: an IOException here is a fault in the library, not the user's disk.
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument document) {
        CTBody body = document.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }

    private static void heading(XWPFDocument document, Annex annex) {
        XWPFParagraph title = document.createParagraph();
        title.setSpacingAfter(120);
        run(title, annex.words().title(), 14, true);
        XWPFParagraph date = document.createParagraph();
        date.setSpacingAfter(annex.scope() == null ? 120 : 0);
        run(date, annex.dateLine(), 10, false);
        if (annex.scope() != null) {
            XWPFParagraph scope = document.createParagraph();
            scope.setSpacingAfter(120);
            run(scope, annex.scope(), BODY_POINTS, false).setItalic(true);
        }
    }

    private static void table(XWPFDocument document, Annex annex, Annex.Section section) {
        List<Annex.Row> rows = section.rows();
        XWPFTable table = document.createTable(rows.size() + 1, Annex.COLUMNS);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(Integer.toString(TEXT_WIDTH));
        CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout()
                ? table.getCTTbl().getTblPr().getTblLayout() : table.getCTTbl().getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setCellMargins(40, 80, 40, 80);
        int[] widths = widths();
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        fill(head, annex.words().headings(), widths, true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i).cells(), widths, false);
        }
    }

    /** The columns' widths: the description and the stand van zaken get the room, the number the least. */
    static int[] widths() {
        double[] shares = AnnexLayout.COLUMN_SHARES;
        int[] widths = new int[shares.length];
        int used = 0;
        for (int i = 0; i < shares.length; i++) {
            widths[i] = i == shares.length - 1 ? TEXT_WIDTH - used : (int) Math.round(TEXT_WIDTH * shares[i]);
            used += widths[i];
        }
        return widths;
    }

    private static void fill(XWPFTableRow row, List<String> texts, int[] widths, boolean bold) {
        for (int c = 0; c < texts.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            cell.setWidthType(TableWidthType.DXA);
            cell.setWidth(Integer.toString(widths[c]));
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.TOP);
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            paragraph.setSpacingAfter(0);
            String[] lines = texts.get(c).split("\n", -1);
            for (int l = 0; l < lines.length; l++) {
                XWPFRun run = run(paragraph, lines[l], BODY_POINTS, bold);
                if (l < lines.length - 1) {
                    run.addBreak();
                }
            }
        }
    }

    /** "pagina 1 van 3" with Word's own page fields, so the numbers stay right as the letter is edited. */
    private static void footer(XWPFDocument document, Annex annex) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph line = footer.createParagraph();
        line.setAlignment(ParagraphAlignment.RIGHT);
        String pattern = annex.words().pagePattern();
        int at = 0;
        while (at < pattern.length()) {
            int page = pattern.indexOf("{page}", at);
            int pages = pattern.indexOf("{pages}", at);
            int next = page < 0 ? pages : pages < 0 ? page : Math.min(page, pages);
            if (next < 0) {
                run(line, pattern.substring(at), 8, false);
                break;
            }
            if (next > at) {
                run(line, pattern.substring(at, next), 8, false);
            }
            boolean isPages = next == pages;
            field(line, isPages ? "NUMPAGES" : "PAGE");
            at = next + (isPages ? "{pages}" : "{page}").length();
        }
    }

    private static void field(XWPFParagraph paragraph, String instruction) {
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        // The text Word shows until it updates the field; it does so when it opens the file.
        var run = field.addNewR();
        var properties = run.addNewRPr();
        properties.addNewRFonts().setAscii(FONT);
        properties.addNewSz().setVal(BigInteger.valueOf(16));
        run.addNewT().setStringValue("1");
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int points, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(points);
        run.setBold(bold);
        run.setText(text);
        return run;
    }
}
