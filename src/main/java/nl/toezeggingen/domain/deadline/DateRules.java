package nl.toezeggingen.domain.deadline;

import static nl.toezeggingen.domain.deadline.Words.MONTH;
import static nl.toezeggingen.domain.deadline.Words.MONTH_TRIGGERS;
import static nl.toezeggingen.domain.deadline.Words.PREFIX;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.regex.Matcher;
import nl.toezeggingen.domain.deadline.Words.Prep;

/** Phrases that name a day, a span from the made-on date, or no deadline at all. */
final class DateRules {
    private DateRules() {
    }

    private static final String YEAR4 = "(?<y>\\d{4})";
    private static final String OPTIONAL_YEAR4 = "(?:(?: |, ?)(?:(?:van|of|in) )?" + YEAR4
            + "|(?<nexty> volgend jaar| volgende jaar| next year))?\\b";
    /** "vóór vrijdag 31 oktober 2025": the weekday is checked against the date, never just dropped. */
    private static final String WEEKDAY = "(?:(?<wd>maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday),? )?";
    private static final String DAY = "(?<d>\\d{1,2})";
    /** "binnen", "over", "na" a period from the made-on date; "in de komende". */
    private static final String WITHIN = "\\b(?<within>binnen|within|in|over|na|after) (?:(?:de|het|the) )?"
            + "(?:(?:komende|volgende|next|coming) )?";
    private static final String RANGE = "(?:(?<low>\\d{1,3}|[a-z]+)(?: ?- ?| (?:a|tot|to|or|of) ))";
    private static final String UNIT = "(?<n>\\d{1,3}|[a-z]+) (?<unit>dagen|dag|days|day|weken|week|weeks|maanden"
            + "|maand|months|month|jaren|jaar|years|year)\\b";

    static List<Rule> dates() {
        return List.of(
                Rule.of("\\b(?:(?<between>tussen) |van )?(?<d1>\\d{1,2})(?: ?- ?| t/m | tot en met | tot |(?<and> en ))"
                        + DAY + " " + MONTH + "\\b" + OPTIONAL_YEAR4, MONTH_TRIGGERS.stream().toList(),
                        DateRules::dayRange),
                Rule.of(PREFIX + "\\b" + YEAR4 + "-(?<mo>\\d{1,2})-" + DAY + "\\b", List.of("-"),
                        (m, c) -> day(m, c, Integer.parseInt(m.group("mo")))),
                Rule.of(PREFIX + "\\b" + DAY + "[-/.](?<mo>\\d{1,2})[-/.]" + YEAR4 + "\\b", List.of("-", "/", "."),
                        (m, c) -> day(m, c, Integer.parseInt(m.group("mo")))),
                Rule.of(PREFIX + "\\b" + WEEKDAY + DAY + "(?:e|ste|de|st|nd|rd|th)? (?:of )?" + MONTH + "\\b"
                        + OPTIONAL_YEAR4, MONTH_TRIGGERS.stream().toList(), DateRules::namedDay),
                Rule.of(PREFIX + "\\b" + WEEKDAY + MONTH + " " + DAY + "(?:st|nd|rd|th)?\\b" + OPTIONAL_YEAR4,
                        MONTH_TRIGGERS.stream().toList(), DateRules::namedDay));
    }

    static List<Rule> spans() {
        return List.of(
                Rule.of(WITHIN + "(?:(?<fraction>(?:een )?half|anderhalf|driekwart|(?:a )?half) (?:jaar|year)\\b"
                        + "|(?<quarter>(?:een |a )?(?:kwartaal|quarter))\\b|" + RANGE + "?" + UNIT + ")",
                        List.of("binnen", "within", "in ", "over", "na ", "after"), DateRules::within),
                // Without "binnen" only a range ("2 tot 3 maanden") says it is a term; "geldt 3 maanden" is not.
                Rule.of("\\b(?<fraction>(?!))?(?<quarter>(?!))?" + RANGE + UNIT, List.of(" tot ", " a ", "-", " to "),
                        DateRules::within),
                // "periodiek" recurs without saying how often: RecurringWords.
                Rule.of("\\b(?:doorlopend|doorlopende|continu|continuous|continuously|ongoing)\\b",
                        List.of("doorlopend", "continu", "ongoing"),
                        (m, c) -> Outcome.window(null, null, Explanation.of("deadline.explain.noDeadline"))));
    }

    /** A day with its month named, maybe a weekday before it and "volgend jaar" after it. */
    private static Outcome namedDay(Matcher m, Context c) {
        int month = Words.month(m.group("month"));
        LocalDate date;
        try {
            date = m.group("nexty") != null
                    ? LocalDate.of(c.madeOn().getYear() + 1, month, Integer.parseInt(m.group("d")))
                    : date(m, c, month);
        } catch (DateTimeException impossible) {
            return Outcome.refused("deadline.refused.invalidDate", c.typed());
        }
        if (!weekdayFits(m.group("wd"), date)) {
            return Outcome.refused("deadline.refused.weekday", c.typed(), date);
        }
        return dated(m, c, date);
    }

    /**
     * "13 t/m 15 juni", "tussen 1 en 15 maart 2025": from the one day to the other. "en" only after "tussen":
     * "op 17 en 18 september" names two days of a debate, not a window for a promise.
     */
    private static Outcome dayRange(Matcher m, Context c) {
        if (m.group("and") != null && m.group("between") == null) {
            return null;
        }
        int month = Words.month(m.group("month"));
        LocalDate last;
        LocalDate first;
        try {
            last = m.group("nexty") != null
                    ? LocalDate.of(c.madeOn().getYear() + 1, month, Integer.parseInt(m.group("d")))
                    : m.group("y") != null ? LocalDate.of(Integer.parseInt(m.group("y")), month,
                            Integer.parseInt(m.group("d")))
                    : next(MonthDay.of(month, Integer.parseInt(m.group("d"))), c.madeOn(), false);
            first = last.withDayOfMonth(Integer.parseInt(m.group("d1")));
        } catch (DateTimeException impossible) {
            return Outcome.refused("deadline.refused.invalidDate", c.typed());
        }
        if (!first.isBefore(last)) {
            return null;
        }
        return Outcome.window(first, last, Explanation.of("deadline.explain.dayRange", first, last));
    }

    private static boolean weekdayFits(String weekday, LocalDate date) {
        if (weekday == null) {
            return true;
        }
        int index = List.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday").indexOf(weekday) % 7;
        return date.getDayOfWeek().getValue() == index + 1;
    }

    private static Outcome day(Matcher m, Context c, int month) {
        try {
            return dated(m, c, date(m, c, month));
        } catch (DateTimeException impossible) {
            return Outcome.refused("deadline.refused.invalidDate", c.typed());
        }
    }

    /** The year the match names, else the first such day that still counts on or after the made-on date. */
    private static LocalDate date(Matcher m, Context c, int month) {
        int day = Integer.parseInt(m.group("d"));
        return m.group("y") != null
                ? LocalDate.of(Integer.parseInt(m.group("y")), month, day)
                : next(MonthDay.of(month, day), c.madeOn(), Words.prep(m) == Prep.BEFORE);
    }

    private static Outcome dated(Matcher m, Context c, LocalDate date) {
        Prep prep = Words.prep(m);
        if (prep == Prep.AFTER) {
            // "na 1 januari 2025" promises a start, not a last day: nothing about it can be late.
            LocalDate dayAfter = date.plusDays(1);
            return Outcome.window(dayAfter, null, Explanation.of("deadline.explain.startAfter", dayAfter, date));
        }
        if (prep == Prep.AROUND) {
            return Outcome.window(date.minusDays(7), date.plusDays(7),
                    Explanation.of("deadline.explain.aroundDate", date.minusDays(7), date.plusDays(7), date));
        }
        if (prep == Prep.BEFORE) {
            LocalDate dayBefore = date.minusDays(1);
            return Outcome.window(null, dayBefore, Explanation.of("deadline.explain.beforeDate", dayBefore, date));
        }
        return Outcome.window(null, date, Explanation.of("deadline.explain.date", date));
    }

    /**
     * The first such day on or after the made-on date ("voor 3 juni": the first whose day before is);
     * 29 February waits for a leap year.
     */
    private static LocalDate next(MonthDay monthDay, LocalDate madeOn, boolean before) {
        for (int year = madeOn.getYear(); year <= madeOn.getYear() + 8; year++) {
            if (monthDay.isValidYear(year)) {
                LocalDate date = monthDay.atYear(year);
                LocalDate counts = before ? date.minusDays(1) : date;
                if (!counts.isBefore(madeOn)) {
                    return date;
                }
            }
        }
        throw new DateTimeException("no " + monthDay + " after " + madeOn);
    }

    private static Outcome within(Matcher m, Context c) {
        if (m.group("fraction") != null || m.group("quarter") != null) {
            int months = m.group("quarter") != null ? 3
                    : m.group("fraction").startsWith("ander") ? 18 : m.group("fraction").startsWith("drie") ? 9 : 6;
            LocalDate madeOn = c.madeOn();
            return within(madeOn.plusMonths(months), madeOn, months, "deadline.explain.withinMonths");
        }
        int n = Words.number(m.group("n"));
        // "2 à 3 weken", "2 tot 3 maanden": the promise holds until the longer bound.
        int low = m.group("low") == null ? 0 : Words.number(m.group("low"));
        if (n < 0 || low < 0) {
            return null;
        }
        n = Math.max(n, low);
        LocalDate madeOn = c.madeOn();
        String unit = m.group("unit");
        if (unit.startsWith("da")) {
            return within(madeOn.plusDays(n), madeOn, n, "deadline.explain.withinDays");
        }
        if (unit.startsWith("we")) {
            return within(madeOn.plusWeeks(n), madeOn, n, "deadline.explain.withinWeeks");
        }
        if (unit.startsWith("ma") || unit.startsWith("mo")) {
            return within(madeOn.plusMonths(n), madeOn, n, "deadline.explain.withinMonths");
        }
        return within(madeOn.plusYears(n), madeOn, n, "deadline.explain.withinYears");
    }

    private static Outcome within(LocalDate latest, LocalDate madeOn, int n, String key) {
        return Outcome.window(null, latest, Explanation.of(key, latest, madeOn, n));
    }
}
