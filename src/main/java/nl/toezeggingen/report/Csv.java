package nl.toezeggingen.report;

import java.util.List;

/** RFC 4180 rows with the separator the reader expects: a comma for scripts, a semicolon for a Dutch Excel. */
public final class Csv {
    private Csv() {
    }

    public static void row(StringBuilder out, List<String> cells, char separator) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(quote(cells.get(i), separator));
        }
        out.append("\r\n");
    }

    public static String quote(String cell, char separator) {
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if (ch == separator || ch == '"' || ch == '\n' || ch == '\r') {
                return '"' + cell.replace("\"", "\"\"") + '"';
            }
        }
        return cell;
    }
}
