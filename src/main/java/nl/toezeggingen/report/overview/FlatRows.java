package nl.toezeggingen.report.overview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.overview.Overview;
import nl.toezeggingen.domain.overview.Row;
import nl.toezeggingen.domain.overview.Section;

/**
 * The overview as one flat table for spreadsheets (CSV, XLSX): one line per commitment, its section in
 * the first column, every date in a column of its own so Excel can sort and filter on it. Cells are
 * Strings, LocalDates or null. The deadline column keeps the phrase as spoken (the file reads back); the moment
 * a deadline is tied to comes last, its name and its date ("wacht op datum" while it has none).
 */
final class FlatRows {
    // The first header is never "ID": Excel takes a file starting with it for SYLK and refuses it.
    private static final List<String> KEYS = List.of("section", "reference", "title", "dossier", "line", "madeIn",
            "madeOn", "deadline", "earliest", "latest", "estimated", "status", "owner", "note", "fulfilledOn",
            "fulfilledBy", "event", "eventDate");

    private FlatRows() {
    }

    /** The columns by name, in order: what a renderer looks a column up by. */
    static List<String> keys() {
        return KEYS;
    }

    static List<String> header(OverviewLabels labels) {
        return KEYS.stream().map(key -> labels.word("overview.col." + key)).toList();
    }

    static List<List<Object>> rows(Overview overview, OverviewLabels labels) {
        List<List<Object>> rows = new ArrayList<>(overview.matched());
        for (Section section : overview.sections()) {
            String name = labels.section(section.kind());
            for (Row row : section.rows()) {
                Commitment c = row.commitment();
                var d = c.deadline();
                rows.add(Arrays.asList(name, c.reference(), c.title(), c.dossier(), c.line(), c.madeIn(), c.madeOn(),
                        d.phrase(), d.earliest(), d.latest(), d.latest() == null ? null : labels.yesNo(d.estimated()),
                        labels.status(c.status()), c.owner(), row.latestNote(), row.doneOn(), blankAsNull(labels.document(row)),
                        eventName(row), eventDate(row, labels)));
            }
        }
        return rows;
    }

    private static String eventName(Row row) {
        return row.event() == null ? null : row.event().name();
    }

    /** A day as a date cell; a rule's last day or a window in words; "wacht op datum" while it has none. */
    private static Object eventDate(Row row, OverviewLabels labels) {
        if (row.event() == null) {
            return null;
        }
        if (row.event().date() != null) {
            return row.event().date();
        }
        return row.event().hasDate() ? labels.eventWhen(row.event()) : labels.word("overview.event.noDate");
    }

    private static String blankAsNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
