package nl.toezeggingen.report.overview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import nl.toezeggingen.domain.overview.Overview;

/**
 * The overview as an Excel workbook: a bold header row that stays in view, a filter on every column and
 * dates as real dates. Text is written as text, never as a formula, so nothing in a title can run.
 */
public final class OverviewXlsx {
    private static final String DATE_FORMAT = "d-m-yyyy";
    /** Columns wider than the rest, by their key in {@link FlatRows}. */
    private static final Map<String, Integer> WIDTHS = Map.of("title", 50, "madeIn", 30, "deadline", 24, "note", 50,
            "event", 30);

    private OverviewXlsx() {
    }

    public static byte[] render(Overview overview, OverviewLabels labels) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16_384 + overview.matched() * 200);
        try {
            Workbook workbook = new Workbook(bytes, "Toezeggingen", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(labels.word("overview.sheet")));
            List<String> header = FlatRows.header(labels);
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            sheet.range(0, 0, 0, header.size() - 1).style().bold().fillColor("F0F0F0").set();
            List<List<Object>> rows = FlatRows.rows(overview, labels);
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object cell = row.get(c);
                    if (cell instanceof LocalDate date) {
                        sheet.value(r + 1, c, date);
                        sheet.style(r + 1, c).format(DATE_FORMAT).set();
                    } else if (cell != null) {
                        sheet.value(r + 1, c, cell.toString());
                    }
                }
            }
            sheet.freezePane(0, 1);
            sheet.setAutoFilter(0, 0, header.size() - 1);
            widths(sheet);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void widths(Worksheet sheet) {
        List<String> keys = FlatRows.keys();
        for (int c = 0; c < keys.size(); c++) {
            sheet.width(c, WIDTHS.getOrDefault(keys.get(c), 14));
        }
    }

    /** Excel refuses sheet names longer than 31 characters or with : \ / ? * [ ]. */
    private static String sheetName(String name) {
        String clean = name.replaceAll("[:\\\\/?*\\[\\]]", " ");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
