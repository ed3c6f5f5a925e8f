package nl.toezeggingen.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.time.Instant;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.DeletedCommitment;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.report.history.HistoryEntry;

/**
 * Commitments as plain text for a terminal. {@code words} gives the user's words for message keys
 * (status.*, urgency.*, text.*), so the report layer stays free of the app's language handling.
 */
public final class CommitmentText {
    private static final int TITLE_WIDTH = 50;
    /** A value in a history line (a title, a text) is cut here, so that a line of history fits a terminal. */
    private static final int VALUE_WIDTH = 40;
    /** "wacht op datum: …" is cut here in the list, so that a long name of a debate does not widen every row. */
    private static final int DUE_WIDTH = 40;

    private CommitmentText() {
    }

    public static String table(List<TrackedCommitment> commitments, Function<String, String> words) {
        return table(commitments, words, CommitmentContext.AS_STORED);
    }

    /** As above; a deadline waiting for its moment's date says so, naming the moment as {@code events} does. */
    public static String table(List<TrackedCommitment> commitments, Function<String, String> words,
            CommitmentContext events) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(words.apply("text.id"), words.apply("text.reference"), words.apply("text.title"),
                words.apply("text.due"), words.apply("text.status"), words.apply("text.urgency")));
        for (TrackedCommitment t : commitments) {
            Commitment c = t.commitment();
            rows.add(List.of(String.valueOf(c.id()), orEmpty(c.reference()), shorten(c.title(), TITLE_WIDTH),
                    shorten(due(c, events.event(c), words), DUE_WIDTH), words.apply("status." + c.status().name()),
                    words.apply("urgency." + t.urgency().name())));
        }
        return columns(rows);
    }

    /**
     * The bin (`list --deleted`): number, reference, title, when deleted ({@code when} writes a moment in the
     * user's words and zone) and by whom; one sentence when it is empty.
     */
    public static String bin(List<DeletedCommitment> deleted, Function<String, String> words,
            Function<Instant, String> when) {
        if (deleted.isEmpty()) {
            return words.apply("bin.empty") + '\n';
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(words.apply("text.id"), words.apply("text.reference"), words.apply("text.title"),
                words.apply("text.deletedAt"), words.apply("text.deletedBy")));
        for (DeletedCommitment d : deleted) {
            Commitment c = d.commitment();
            rows.add(List.of(String.valueOf(c.id()), orEmpty(c.reference()), shorten(c.title(), TITLE_WIDTH),
                    when.apply(d.deletedAt()), orEmpty(d.deletedBy())));
        }
        return columns(rows);
    }

    /** {@code history} in words and newest first, as {@link nl.toezeggingen.report.history.HistoryWords} gives it. */
    public static String details(TrackedCommitment tracked, List<HistoryEntry> history, Function<String, String> words) {
        return details(tracked, history, words, CommitmentContext.AS_STORED);
    }

    /**
     * As above; a deadline tied to a moment shows that moment's date with its phrase ("voor het commissiedebat
     * hoger onderwijs (2025-03-12)"), or what it waits for.
     */
    public static String details(TrackedCommitment tracked, List<HistoryEntry> history, Function<String, String> words,
            CommitmentContext events) {
        Commitment c = tracked.commitment();
        Event event = events.event(c);
        List<List<String>> rows = new ArrayList<>();
        field(rows, words.apply("text.id"), String.valueOf(c.id()));
        field(rows, words.apply("text.reference"), c.reference());
        field(rows, words.apply("text.title"), c.title());
        field(rows, words.apply("text.dossier"), c.dossier());
        field(rows, words.apply("text.line"), c.line());
        field(rows, words.apply("text.status"), words.apply("status." + c.status().name()));
        field(rows, words.apply("text.urgency"), words.apply("urgency." + tracked.urgency().name()));
        field(rows, words.apply("text.deadline"), phrase(c, event));
        field(rows, words.apply("text.due"), due(c, event, words));
        field(rows, words.apply("text.madeOn"), c.madeOn() == null ? null : c.madeOn().toString());
        field(rows, words.apply("text.madeIn"), c.madeIn());
        field(rows, words.apply("text.madeBy"), c.madeBy());
        field(rows, words.apply("text.owner"), c.owner());
        field(rows, words.apply("text.dependsOn"), c.dependsOn() == null ? null : c.dependsOn().toString());
        field(rows, words.apply("text.fulfilledOn"), c.fulfilledOn() == null ? null : c.fulfilledOn().toString());
        field(rows, words.apply("text.fulfilledBy"), c.fulfilledBy());
        StringBuilder out = new StringBuilder(columns(rows));
        if (c.text() != null) {
            out.append('\n').append(c.text()).append('\n');
        }
        if (c.notes() != null) {
            out.append('\n').append(words.apply("text.notes")).append(":\n").append(c.notes()).append('\n');
        }
        if (!history.isEmpty()) {
            out.append('\n').append(words.apply("text.history")).append(":\n");
            List<List<String>> changes = new ArrayList<>();
            for (HistoryEntry entry : history) {
                // The time and who once per save, its changes one per line beneath each other.
                for (int i = 0; i < entry.lines().size(); i++) {
                    changes.add(List.of(i == 0 ? entry.when() : "", i == 0 ? entry.who() : "",
                            entry.lines().get(i).text(VALUE_WIDTH)));
                }
            }
            out.append(columns(changes));
        }
        return out.toString();
    }

    /**
     * The window as "2024-10-01..2024-12-31", a single day as "2024-07-04", a start as "2026-01-01..";
     * "~" marks an estimate; one waiting for its moment's date says so, "wacht op datum: commissiedebat X".
     */
    static String due(Commitment c, Event event, Function<String, String> words) {
        var d = c.deadline();
        if (d.waitsForDate()) {
            String name = event != null && event.name() != null ? event.name()
                    : d.event() != null && d.event().name() != null ? d.event().name() : d.phrase();
            return words.apply("text.waiting").replace("{0}", name == null ? "" : name);
        }
        if (d.latest() == null) {
            // A start ("vanaf 2026"): open to the right, as an interval without an end.
            return d.earliest() == null ? "" : d.earliest() + "..";
        }
        String window = d.earliest() == null ? d.latest().toString() : d.earliest() + ".." + d.latest();
        return d.estimated() ? "~" + window : window;
    }

    /** The phrase with its moment's day (ISO, as every date here), "voor het commissiedebat X (2025-03-12)". */
    private static String phrase(Commitment c, Event event) {
        String phrase = c.deadline().phrase();
        if (phrase == null || event == null || !event.hasDate()) {
            return phrase;
        }
        String when = event.date() != null ? event.date().toString()
                : event.earliest() == null ? ".." + event.latest() : event.earliest() + ".." + event.latest();
        return phrase + " (" + when + ")";
    }

    private static void field(List<List<String>> rows, String label, String value) {
        if (value != null && !value.isEmpty()) {
            rows.add(List.of(label, value));
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static String shorten(String s, int width) {
        if (s == null) {
            return "";
        }
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    private static String columns(List<List<String>> rows) {
        int count = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[count];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(row.get(i));
                if (i < row.size() - 1) {
                    line.append(" ".repeat(widths[i] - row.get(i).length() + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
