package nl.toezeggingen.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toezeggingen.domain.ImportFormat;
import nl.toezeggingen.domain.ImportIssue;

/**
 * What an import found and did. Accepted only when no row was refused; then {@code written} says whether
 * the rows were stored (false for a dry run). The counts say what the rows would do or did.
 */
public record ImportReport(ImportFormat format, int rows, int added, int updated, int unchanged, int skipped,
                           List<String> unknownColumns, List<ImportIssue> issues, boolean written) {

    static final String UNKNOWN_STATUS = "import.status.unknown";
    /** How many row numbers a line about many rows names; the rest are counted. */
    private static final int SHOWN_LINES = 10;

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

    /**
     * The status words of the file that are none of ours (nor mapped), as the file first spelled each: what
     * the window offers to map, and what {@code import --map-status} takes.
     */
    public List<String> unknownStatusWords() {
        return issues.stream().filter(i -> UNKNOWN_STATUS.equals(i.key()))
                .map(i -> String.valueOf(i.args().get(0)))
                .distinct()
                .toList();
    }

    /**
     * Every issue, the unknown columns and the skipped records, one line each, in the user's language. The
     * same finding on many rows ("Klaar" is no status) is one line naming its rows, where the first one is.
     */
    public List<String> lines(Messages messages) {
        List<String> lines = new ArrayList<>();
        Map<Object, List<ImportIssue>> alike = new LinkedHashMap<>();
        for (ImportIssue issue : issues) {
            Object what = issue.line() <= 0 ? new Object() // about the file: on its own
                    : Arrays.asList(issue.key(), issue.column(), issue.args(), issue.warning());
            alike.computeIfAbsent(what, k -> new ArrayList<>()).add(issue);
        }
        for (List<ImportIssue> same : alike.values()) {
            lines.add(same.size() == 1 ? line(same.get(0), messages) : line(same, messages));
        }
        if (!unknownColumns.isEmpty()) {
            lines.add(messages.get("import.report.unknownColumns", String.join(", ", unknownColumns)));
        }
        if (skipped > 0) {
            lines.add(messages.get("import.report.skipped", skipped));
        }
        return lines;
    }

    /** One finding on several rows: "272 regels (2, 5, … en 262 andere), kolom "Status": …". */
    private static String line(List<ImportIssue> same, Messages messages) {
        ImportIssue first = same.get(0);
        List<String> numbers = same.stream().map(i -> Integer.toString(i.line())).toList();
        String where;
        if (numbers.size() <= SHOWN_LINES) {
            where = messages.get("import.report.lines", String.join(", ", numbers.subList(0, numbers.size() - 1)),
                    numbers.get(numbers.size() - 1));
        } else {
            where = messages.get("import.report.linesMore", numbers.size(),
                    String.join(", ", numbers.subList(0, SHOWN_LINES)), numbers.size() - SHOWN_LINES);
        }
        if (first.column() != null) {
            where = messages.get("import.report.linesColumn", where, first.column());
        }
        String text = where + ": " + messages.get(first.key(), first.args().toArray());
        return first.warning() ? messages.get("import.report.warning", text) : text;
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
