package nl.toezeggingen.domain.deadline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Tweede Kamer's recesses as far as a calendar file knows them, with the estimate rules for the rest.
 * Immutable, so one instance can serve every thread.
 */
public final class ParliamentCalendar {
    private static final ParliamentCalendar EMPTY = new ParliamentCalendar(Map.of(), Set.of(), Map.of());

    private final Map<Key, Recess> rows;
    /** Where each row's dates come from (the file's "bron" column), for the rows that name one. */
    private final Map<Key, String> sources;
    /** The rows that came from the user's own file, so that an explanation can say whose calendar it is. */
    private final Set<Key> own;

    private record Key(RecessKind kind, int year) {
        static Key of(Recess recess) {
            return new Key(recess.kind(), recess.year());
        }
    }

    private ParliamentCalendar(Map<Key, Recess> rows, Set<Key> own, Map<Key, String> sources) {
        this.rows = Map.copyOf(rows);
        this.own = Set.copyOf(own);
        this.sources = Map.copyOf(sources);
    }

    public static ParliamentCalendar empty() {
        return EMPTY;
    }

    /** Reads a calendar file; {@code sourceName} names it in error messages (a resource name or a path). */
    public static ParliamentCalendar parse(String sourceName, String content) throws CalendarFormatException {
        return of(CalendarFile.read(sourceName, content).recesses());
    }

    /** A calendar of these rows (a later row for the same recess and year wins). */
    public static ParliamentCalendar of(List<RecessRow> recessRows) {
        Map<Key, Recess> rows = new LinkedHashMap<>();
        Map<Key, String> sources = new HashMap<>();
        for (RecessRow row : recessRows) {
            Key key = Key.of(row.recess());
            rows.put(key, row.recess());
            if (row.source() != null) {
                sources.put(key, row.source());
            } else {
                sources.remove(key);
            }
        }
        return new ParliamentCalendar(rows, Set.of(), sources);
    }

    /** The user's rows win over these for the same recess and year; other user rows are added. */
    public ParliamentCalendar withOverrides(ParliamentCalendar userRows) {
        Map<Key, Recess> merged = new LinkedHashMap<>(rows);
        merged.putAll(userRows.rows);
        Set<Key> own = new HashSet<>(this.own);
        own.addAll(userRows.rows.keySet());
        Map<Key, String> sources = new HashMap<>(this.sources);
        userRows.rows.keySet().forEach(sources::remove);
        sources.putAll(userRows.sources);
        return new ParliamentCalendar(merged, own, sources);
    }

    /** Where the row's dates come from, as its file says; empty when it names no source or is not a row here. */
    public Optional<String> source(Recess recess) {
        Key key = Key.of(recess);
        return recess.equals(rows.get(key)) ? Optional.ofNullable(sources.get(key)) : Optional.empty();
    }

    /** Every row with its source, ordered by first day: the form a calendar file is written in. */
    public List<RecessRow> recessRows() {
        return rows().stream().map(r -> new RecessRow(r, sources.get(Key.of(r)))).toList();
    }

    /** True for a row of the user's own file (given to {@link #withOverrides}), false for shipped and estimated ones. */
    public boolean isOwn(Recess recess) {
        Key key = Key.of(recess);
        return own.contains(key) && recess.equals(rows.get(key));
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
        return nl.toezeggingen.domain.agenda.FixedMoments.prinsjesdag(year);
    }

    /** Every row, ordered by first day. */
    public List<Recess> rows() {
        return rows.values().stream().sorted(Comparator.comparing(Recess::first)).toList();
    }
}
