package nl.toezeggingen.report.overview;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.toezeggingen.report.Csv;

/**
 * The overview as CSV for a Dutch Excel: UTF-8 with a byte-order mark (without it Excel reads ANSI and
 * mangles accents), semicolons (Dutch Excel's list separator), CRLF. A cell that Excel would take for a
 * formula (starting with = + - @ tab or CR) gets a leading apostrophe, so a title such as
 * {@code =HYPERLINK(...)} is shown as text and never run.
 */
public final class OverviewCsv {
    private static final char SEPARATOR = ';';

    private OverviewCsv() {
    }

    public static byte[] render(nl.toezeggingen.domain.overview.Overview overview, OverviewLabels labels) {
        StringBuilder out = new StringBuilder(256 + overview.matched() * 300);
        out.append('\uFEFF');
        line(out, FlatRows.header(labels));
        for (List<Object> row : FlatRows.rows(overview, labels)) {
            line(out, row);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<?> cells) {
        List<String> shown = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            shown.add(neutralise(cell == null ? "" : cell.toString()));
        }
        Csv.row(out, shown, SEPARATOR);
    }

    static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
