package nl.toezeggingen.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toezeggingen.domain.Commitment.Field;
import nl.toezeggingen.domain.ImportFormat;
import nl.toezeggingen.domain.ImportIssue;

/** A sheet of cells with a header row, from CSV or XLSX, turned into records by the names of its columns. */
final class Table {
    /** Beyond this a cell is surely not a commitment but a broken file; the report shows its start only. */
    static final int MAX_CELL = 100_000;
    /**
     * Twenty times a ministry-wide list and twice the largest register the benchmarks import; beyond it a
     * file is refused whole (the rows are all held in memory to be checked before one is stored).
     */
    static final int MAX_ROWS = 200_000;

    private final ImportFormat format;
    private final List<ImportIssue> issues = new ArrayList<>();
    private final List<RawRow> rows = new ArrayList<>();
    private final Map<Field, String> columns = new EnumMap<>(Field.class);
    private final List<String> unknown = new ArrayList<>();
    private Field[] fields;
    private String[] headings;
    private int read;

    Table(ImportFormat format) {
        this.format = format;
    }

    void issue(ImportIssue issue) {
        issues.add(issue);
    }

    boolean hasHeader() {
        return fields != null;
    }

    void header(List<String> cells) {
        fields = new Field[cells.size()];
        headings = new String[cells.size()];
        Map<Field, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String heading = cells.get(i) == null ? "" : cells.get(i).strip();
            headings[i] = heading;
            if (heading.isEmpty()) {
                continue;
            }
            Field field = Columns.match(heading).orElse(null);
            if (field == null) {
                unknown.add(heading);
            } else if (seen.containsKey(field)) {
                issues.add(ImportIssue.error(1, heading, "import.column.twice", headings[seen.get(field)]));
            } else {
                seen.put(field, i);
                fields[i] = field;
                columns.put(field, heading);
            }
        }
        if (!columns.containsKey(Field.TITLE)) {
            issues.add(ImportIssue.error(1, null, "import.column.noTitle"));
        }
    }

    /** True once more rows came than {@link #MAX_ROWS}: the reader stops, and the file is refused. */
    boolean full() {
        return read > MAX_ROWS;
    }

    void row(int line, List<String> cells) {
        row(line, cells, Map.of());
    }

    /**
     * One data row; a row with more or fewer filled cells than the header is refused, not guessed at.
     * {@code lengths}: the true length of cells the reader cut off past {@link #MAX_CELL}, by position.
     */
    void row(int line, List<String> cells, Map<Integer, Integer> lengths) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        // Refused rows count too: a file of a million broken lines must not fill the memory with reports.
        if (++read > MAX_ROWS) {
            return;
        }
        int width = cells.size();
        while (width > headings.length && (cells.get(width - 1) == null || cells.get(width - 1).isBlank())) {
            width--;
        }
        // A spreadsheet leaves trailing empty cells out; a CSV line of another width is a broken quote or row.
        if (width > headings.length || (width < headings.length && format == ImportFormat.CSV)) {
            issues.add(ImportIssue.error(line, null, "import.row.cells", width, headings.length));
            return;
        }
        Map<Field, String> values = new EnumMap<>(Field.class);
        for (int i = 0; i < headings.length; i++) {
            if (fields[i] == null) {
                continue;
            }
            String value = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            int length = lengths.getOrDefault(i, value.length());
            if (length > MAX_CELL) {
                issues.add(ImportIssue.error(line, headings[i], "import.cell.tooLong", length, MAX_CELL));
                value = "";
            }
            values.put(fields[i], value);
        }
        rows.add(new RawRow(line, values, null, null, false));
    }

    Parsed parsed() {
        if (full()) {
            return Parsed.failed(format, tooManyRows());
        }
        if (fields == null) {
            issues.add(ImportIssue.error(0, null, "import.file.empty"));
        }
        return new Parsed(format, rows, columns, unknown, 0, issues);
    }

    /** The one error of a file with more rows than {@link #MAX_ROWS}. */
    static ImportIssue tooManyRows() {
        return ImportIssue.error(0, null, "import.file.tooManyRows", MAX_ROWS);
    }
}
