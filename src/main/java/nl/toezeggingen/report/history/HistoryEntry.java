package nl.toezeggingen.report.history;

import java.time.Instant;
import java.util.List;

/**
 * One save in a commitment's history, in the user's words: when (local time), who, and each field it
 * changed. Plain values, made by {@link HistoryWords}, so the window and the command line show the same
 * words and a view can take them without knowing the store.
 */
public record HistoryEntry(Instant at, String when, String who, Kind kind, List<Line> lines) {

    public enum Kind { CREATED, CHANGED, DELETED, RESTORED }

    public HistoryEntry {
        lines = List.copyOf(lines);
    }

    /** "2 december 2026 00:41 · jan"; only the time when nobody is known. */
    public String heading() {
        return who.isEmpty() ? when : when + " · " + who;
    }

    /** Whether this save moved the deadline: it should stand out. */
    public boolean movesDeadline() {
        return lines.stream().anyMatch(Line::deadlineMove);
    }

    /**
     * One field: its name ("Status") and its value before and after, in words ("In uitvoering",
     * "Afgedaan", "(leeg)"). {@code before} is null where there was no before (a commitment added,
     * deleted or put back: the line then names its title); {@code moved} is the sentence for a moved deadline
     * ("Termijn verschoven van 2 sep. 2024 naar 19 dec. 2024"), null for any other line.
     */
    public record Line(String field, String before, String after, String moved) {

        public boolean deadlineMove() {
            return moved != null;
        }

        /** "In uitvoering → Afgedaan", each value on one line and cut at {@code width} characters. */
        public String change(int width) {
            return before == null ? shorten(after, width) : shorten(before, width) + " → " + shorten(after, width);
        }

        /** The whole line: "Status: In uitvoering → Afgedaan", or the sentence for a moved deadline. */
        public String text(int width) {
            return moved != null ? moved : field + ": " + change(width);
        }

        public String text() {
            return text(Integer.MAX_VALUE);
        }

        /** A text or notes field holds lines and tabs; in one line of history they are one space. */
        private static String shorten(String value, int width) {
            String flat = value.strip().replaceAll("\\s+", " ");
            return flat.length() <= width ? flat : flat.substring(0, Math.max(0, width - 1)) + "…";
        }
    }
}
