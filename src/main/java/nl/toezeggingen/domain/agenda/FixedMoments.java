package nl.toezeggingen.domain.agenda;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import nl.toezeggingen.domain.Text;

/**
 * The moments of the budget year that follow a rule, shipped so that nobody has to enter them: each is an
 * {@link Event} marked {@link Event#rule() rule}. Official where the law fixes the day, estimated where it only
 * sets a last day (then the event is a window ending on that day, and a deadline on it is an estimate).
 */
public final class FixedMoments {
    private FixedMoments() {
    }

    private enum Moment {
        /** Third Tuesday of September: Grondwet art. 65. */
        PRINSJESDAG("Prinsjesdag", EventStatus.OFFICIAL, 0, FixedMoments::prinsjesdag,
                "regel: derde dinsdag van september (Grondwet)"),
        /** Offered on Prinsjesdag; its name carries the budget year, which starts after it ("Miljoenennota 2026"). */
        MILJOENENNOTA("Miljoenennota", EventStatus.OFFICIAL, -1, FixedMoments::prinsjesdag,
                "regel: op Prinsjesdag, derde dinsdag van september"),
        /** Third Wednesday of May: the day the Comptabiliteitswet 2016 sets for the annual reports. */
        VERANTWOORDINGSDAG("Verantwoordingsdag", EventStatus.OFFICIAL, 0,
                year -> nth(year, 5, 3, DayOfWeek.WEDNESDAY), "regel: derde woensdag van mei (Comptabiliteitswet)"),
        /** The law asks for it before 1 June; the day itself differs each year. */
        VOORJAARSNOTA("Voorjaarsnota", EventStatus.ESTIMATED, 0, year -> LocalDate.of(year, 5, 31),
                "regel: vóór 1 juni (Comptabiliteitswet)"),
        /** The law asks for it before 1 December. */
        NAJAARSNOTA("Najaarsnota", EventStatus.ESTIMATED, 0, year -> LocalDate.of(year, 11, 30),
                "regel: vóór 1 december (Comptabiliteitswet)");

        final String name;
        final EventStatus status;
        /** The calendar year it falls in, from the year its name carries. */
        final int namedYearOffset;
        final IntFunction<LocalDate> day;
        final String source;

        Moment(String name, EventStatus status, int namedYearOffset, IntFunction<LocalDate> day, String source) {
            this.name = name;
            this.status = status;
            this.namedYearOffset = namedYearOffset;
            this.day = day;
            this.source = source;
        }

        Event in(int year) {
            LocalDate last = day.apply(year);
            // An estimate is a window up to the last day the rule allows; its first day is not known.
            LocalDate first = status == EventStatus.OFFICIAL ? last : null;
            return new Event(null, name, EventKind.BUDGET_MOMENT, first, last, status, null, source, true);
        }
    }

    /** The names of the moments shipped, as written. */
    public static List<String> names() {
        return Arrays.stream(Moment.values()).map(m -> m.name).toList();
    }

    /** The moment called {@code name} (any case, accents) that falls in calendar year {@code year}. */
    public static Optional<Event> of(String name, int year) {
        return moment(name).map(m -> m.in(year));
    }

    /** As {@link #of}, for a year as the name carries it: "Miljoenennota 2026" is offered on Prinsjesdag 2025. */
    public static Optional<Event> named(String name, int namedYear) {
        return moment(name).map(m -> m.in(namedYear + m.namedYearOffset));
    }

    /** The calendar year the moment of that name and named year falls in; the named year for other names. */
    public static int calendarYear(String name, int namedYear) {
        return namedYear + moment(name).map(m -> m.namedYearOffset).orElse(0);
    }

    /** Every shipped moment of one calendar year, in the order of the year. */
    public static List<Event> inYear(int year) {
        return Arrays.stream(Moment.values()).map(m -> m.in(year))
                .sorted(java.util.Comparator.comparing(Event::latest)).toList();
    }

    public static boolean isFixed(String name) {
        return moment(name).isPresent();
    }

    private static Optional<Moment> moment(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = Text.key(name);
        return Arrays.stream(Moment.values()).filter(m -> Text.key(m.name).equals(key)).findFirst();
    }

    /**
     * The third Tuesday of September: fixed by the constitution (art. 65), so computed, never estimated. The one
     * place of this rule; ParliamentCalendar asks here, so that the agenda does not depend on the deadline parser.
     */
    public static LocalDate prinsjesdag(int year) {
        return nth(year, 9, 3, DayOfWeek.TUESDAY);
    }

    private static LocalDate nth(int year, int month, int n, DayOfWeek day) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }
}
