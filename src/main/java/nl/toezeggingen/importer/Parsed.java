package nl.toezeggingen.importer;

import java.util.List;
import java.util.Map;
import nl.toezeggingen.domain.Commitment.Field;
import nl.toezeggingen.domain.ImportFormat;
import nl.toezeggingen.domain.ImportIssue;

/**
 * What a file held: its records, and everything found wrong or worth telling while reading it.
 *
 * @param columns  per field, the column (or JSON field) it came from, for the report
 * @param unknown  columns that match no field; they are left out
 * @param skipped  records the file itself marks as deleted
 */
public record Parsed(ImportFormat format, List<RawRow> rows, Map<Field, String> columns, List<String> unknown,
                     int skipped, List<ImportIssue> issues) {

    public Parsed {
        rows = List.copyOf(rows);
        columns = Map.copyOf(columns);
        unknown = List.copyOf(unknown);
        issues = List.copyOf(issues);
    }

    static Parsed failed(ImportFormat format, ImportIssue issue) {
        return new Parsed(format, List.of(), Map.of(), List.of(), 0, List.of(issue));
    }

    public String column(Field field) {
        return columns.getOrDefault(field, field.name());
    }
}
