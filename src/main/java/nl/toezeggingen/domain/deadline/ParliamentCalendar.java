package nl.toezeggingen.domain.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Tweede Kamer's recesses as far as a calendar file knows them, with the estimate rules for the rest.
 * Immutable, so one instance can serve every thread.
 */
public final class ParliamentCalendar {
    private static final ParliamentCalendar EMPTY = new ParliamentCalendar(Map.of());

    private final Map<Key, Recess> rows;

    private record Key(RecessKind kind, int year) {
        static Key of(Recess recess) {
            return new Key(recess.kind(), recess.year());
        }
    }

    private ParliamentCalendar(Map<Key, Recess> rows) {
        this.rows = Map.copyOf(rows);
    }

    public static ParliamentCalendar empty() {
        return EMPTY;
    }

    /** Reads a calendar file; {@code sourceName} names it in error messages (a resource name or a path). */
    public static ParliamentCalendar parse(String sourceName, String content) throws CalendarFormatException {
        Map<Key, Recess> rows = new LinkedHashMap<>();
        for (Recess recess : CalendarFile.read(sourceName, content)) {
            rows.put(Key.of(recess), recess);
        }
        return new ParliamentCalendar(rows);
    }

    /** The user's rows win over these for the same recess and year; other user rows are added. */
    public ParliamentCalendar withOverrides(ParliamentCalendar userRows) {
        Map<Key, Recess> merged = new LinkedHashMap<>(rows);
        merged.putAll(userRows.rows);
        return new ParliamentCalendar(merged);
    }

    /** The row the calendar holds, without estimating. */
    public Optional<Recess> recess(RecessKind kind, int year) {
        return Optional.ofNullable(rows.get(new Key(kind, year)));
    }

    /** The row, or else the estimate rule's answer (marked ESTIMATED); empty for recesses without a rule. */
    public Optional<Recess> recessOrEstimate(RecessKind kind, int year) {
        Optional<Recess> row = recess(kind, year);
        return row.isPresent() ? row : RecessEstimate.of(kind, year);
    }

    public Recess summerRecess(int year) {
        return recess(RecessKind.ZOMERRECES, year).orElseGet(() -> RecessEstimate.summer(year));
    }

    /** The kerstreces that starts in December of {@code year}. */
    public Recess christmasRecess(int year) {
        return recess(RecessKind.KERSTRECES, year).orElseGet(() -> RecessEstimate.christmas(year));
    }

    /** What the estimate rule alone says, whatever the file holds; for checking the rule against the rows. */
    public static Optional<Recess> estimate(RecessKind kind, int year) {
        return RecessEstimate.of(kind, year);
    }

    /** The third Tuesday of September: fixed by the constitution (art. 65), so computed, never estimated. */
    public LocalDate prinsjesdag(int year) {
        return LocalDate.of(year, 9, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.TUESDAY));
    }

    /** Every row, ordered by first day. */
    public List<Recess> rows() {
        return rows.values().stream().sorted(Comparator.comparing(Recess::first)).toList();
    }
}
