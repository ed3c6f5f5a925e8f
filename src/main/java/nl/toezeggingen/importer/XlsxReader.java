package nl.toezeggingen.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import nl.toezeggingen.domain.ImportFormat;
import nl.toezeggingen.domain.ImportIssue;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of a workbook, its first filled row as the header; row numbers are the sheet's own.
 * The workbook passes {@link WorkbookLimits} first; the rows are streamed and stop at {@link Table#MAX_ROWS}.
 */
final class XlsxReader {
    private XlsxReader() {
    }

    static Parsed read(byte[] bytes) {
        ImportIssue passed = new WorkbookLimits().check(bytes);
        if (passed != null) {
            return Parsed.failed(ImportFormat.XLSX, passed);
        }
        Table table = new Table(ImportFormat.XLSX);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes),
                new ReadingOptions(true, false));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Iterator<Row> sheet = rows.iterator();
            while (sheet.hasNext() && !table.full()) {
                Row row = sheet.next();
                List<String> cells = cells(row);
                if (!table.hasHeader()) {
                    if (cells.stream().anyMatch(c -> !c.isBlank())) {
                        table.header(cells);
                    }
                } else {
                    table.row(row.getRowNum(), cells);
                }
            }
        } catch (IOException | RuntimeException e) {
            // fastexcel throws its own unchecked exceptions (and XML ones) for a damaged workbook.
            return Parsed.failed(ImportFormat.XLSX, ImportIssue.error(0, null, "import.file.notXlsx"));
        }
        return table.parsed();
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? "" : text(cell));
        }
        return cells;
    }

    /** Dates as ISO text (which the deadline language and the date fields read), whole numbers without ".0". */
    private static String text(Cell cell) {
        if (cell.getType() == CellType.NUMBER) {
            if (isDate(cell)) {
                return cell.asDate().toLocalDate().toString();
            }
            BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().toPlainString();
        }
        if (cell.getType() == CellType.EMPTY || cell.getType() == CellType.ERROR) {
            return "";
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }

    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(java.util.Locale.ROOT);
        return bare.matches(".*[dy].*") || bare.matches(".*m.*") && !bare.matches(".*[hs].*");
    }
}
