package nl.toezeggingen.app;

import java.util.ArrayList;
import java.util.List;
import nl.toezeggingen.domain.ImportFormat;
import nl.toezeggingen.domain.ImportIssue;

/**
 * What an import found and did. Accepted only when no row was refused; then {@code written} says whether
 * the rows were stored (false for a dry run). The counts say what the rows would do or did.
 */
public record ImportReport(ImportFormat format, int rows, int added, int updated, int unchanged, int skipped,
                           List<String> unknownColumns, List<ImportIssue> issues, boolean written) {

    public ImportReport {
        unknownColumns = List.copyOf(unknownColumns);
        // In file order, whether the reader or the checks found it: the user goes down the file once.
        issues = issues.stream().sorted(java.util.Comparator.comparingInt(ImportIssue::line)).toList();
    }

    public boolean accepted() {
        return issues.stream().allMatch(ImportIssue::warning);
    }

    public long errors() {
        return issues.stream().filter(i -> !i.warning()).count();
    }

    /** "12 toezeggingen ingelezen: 10 nieuw, 2 bijgewerkt", or what a dry run would do, or why nothing was. */
    public String summary(Messages messages) {
        if (!accepted()) {
            return messages.get("import.summary.refused", errors());
        }
        return messages.get(written ? "import.summary.done" : "import.summary.dryRun", rows, added, updated, unchanged);
    }

    /** Every issue, the unknown columns and the skipped records, one line each, in the user's language. */
    public List<String> lines(Messages messages) {
        List<String> lines = new ArrayList<>();
        for (ImportIssue issue : issues) {
            lines.add(line(issue, messages));
        }
        if (!unknownColumns.isEmpty()) {
            lines.add(messages.get("import.report.unknownColumns", String.join(", ", unknownColumns)));
        }
        if (skipped > 0) {
            lines.add(messages.get("import.report.skipped", skipped));
        }
        return lines;
    }

    public static String line(ImportIssue issue, Messages messages) {
        String reason = messages.get(issue.key(), issue.args().toArray());
        String where;
        if (issue.line() <= 0) {
            where = issue.column() == null ? "" : messages.get("import.report.column", issue.column());
        } else {
            where = issue.column() == null ? messages.get("import.report.line", issue.line())
                    : messages.get("import.report.lineColumn", issue.line(), issue.column());
        }
        String text = where.isEmpty() ? reason : where + ": " + reason;
        return issue.warning() ? messages.get("import.report.warning", text) : text;
    }
}
