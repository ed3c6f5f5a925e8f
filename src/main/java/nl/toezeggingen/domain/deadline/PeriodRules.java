package nl.toezeggingen.domain.deadline;

import static nl.toezeggingen.domain.deadline.Words.MONTH;
import static nl.toezeggingen.domain.deadline.Words.MONTH_TRIGGERS;
import static nl.toezeggingen.domain.deadline.Words.OPTIONAL_YEAR;
import static nl.toezeggingen.domain.deadline.Words.PREFIX;
import static nl.toezeggingen.domain.deadline.Words.YEAR;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.YearMonth;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import nl.toezeggingen.domain.deadline.Words.Prep;
import nl.toezeggingen.domain.deadline.Words.YearRef;

/** Phrases that name a stretch of the calendar year: end, begin, middle, seasons, quarters, months. */
final class PeriodRules {
    private PeriodRules() {
    }

    private static final String ORDINAL = "eerste|tweede|derde|vierde|laatste|first|second|third|fourth|last"
            + "|1e|2e|3e|4e|1ste|2de|3de|4de|1st|2nd|3rd|4th";
    private static final List<String> END_WORDS = List.of("eind", "end");

    static List<Rule> rules() {
        return List.of(
                Rule.of(PREFIX + "\\b(?:week|wk) (?:(?<week1>\\d{1,2}) (?:of|or|en|and) |(?<wfrom>\\d{1,2}) ?[-/] ?)?(?<week>\\d{1,2})\\b" + OPTIONAL_YEAR, List.of("week", "wk"),
                        PeriodRules::isoWeek),
                Rule.of("\\b(?:in |during )?(?:de|het|the) (?:loop|course)(?<month> (?:van|of) (?:deze|de|this|the) "
                        + "(?:maand|month))?\\b" + OPTIONAL_YEAR, List.of("loop", "course"), PeriodRules::inTheCourseOf),
                Rule.of("\\b(?:in )?(?:deze|this)(?: maand| month)? (?:of|or) (?:in )?(?:de |the )?(?:volgende|next)"
                        + " (?:maand|month)\\b", List.of("maand", "month"), PeriodRules::thisOrNextMonth),
                Rule.of("(?<!binnen de |within the )\\b(?:(?<cur>deze|this)|(?:de |the )?(?:volgende|next))"
                        + " (?:maand|month)\\b", List.of("maand", "month"), PeriodRules::thisOrNext),
                Rule.of(PREFIX + "\\b(?:eind|einde|end|jaareinde)" + YEAR, END_WORDS, PeriodRules::endOfYear),
                Rule.of("\\b(?:dit|this) (?:jaar|year)\\b", List.of("dit jaar", "this year"), PeriodRules::thisYear),
                Rule.of(PREFIX + "\\b(?:laatste|last)(?: (?:paar|few|couple of))? (?:maanden|months)" + YEAR,
                        List.of("maanden", "months"), (m, c) -> period(m, c, false, year -> window(
                                LocalDate.of(year, 10, 1), LocalDate.of(year, 12, 31), "deadline.explain.lastMonths"))),
                Rule.of(PREFIX + "\\b(?:begin|early|start|beginning)" + YEAR, List.of("begin", "early", "start"),
                        (m, c) -> period(m, c, false, year -> window(
                                LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31), "deadline.explain.earlyYear"))),
                Rule.of(PREFIX + "\\b(?:h(?<hn>[12])|(?<hw>eerste|tweede|first|second|1e|2e|1ste|2de|1st|2nd)"
                        + " (?:helft|half|halfjaar))\\b" + OPTIONAL_YEAR, List.of("h1", "h2", "helft", "half"),
                        PeriodRules::halfYear),
                Rule.of(PREFIX + "\\b(?<mid>medio|mid|midden|half|halverwege|halfway through)" + YEAR,
                        List.of("medio", "mid", "half", "halverwege"), PeriodRules::midYear),
                Rule.of(PREFIX + "\\b(?:voorjaar|lente|spring)\\b" + OPTIONAL_YEAR,
                        List.of("voorjaar", "lente", "spring"), (m, c) -> period(m, c, true, year -> window(
                                LocalDate.of(year, 3, 1), LocalDate.of(year, 5, 31), "deadline.explain.spring"))),
                Rule.of(PREFIX + "\\b(?:najaar|herfst|autumn)\\b" + OPTIONAL_YEAR,
                        List.of("najaar", "herfst", "autumn"), (m, c) -> period(m, c, true, year -> window(
                                LocalDate.of(year, 9, 1), LocalDate.of(year, 11, 30), "deadline.explain.autumn"))),
                Rule.of(PREFIX + "\\b(?:q(?<qn>[1-4])|(?:(?<qw1>" + ORDINAL + ") (?:of|or) )?(?<qw>" + ORDINAL
                        + ") (?:kwartaal|quarter))\\b"
                        + OPTIONAL_YEAR, List.of("q", "kwartaal", "quarter"), PeriodRules::quarter),
                Rule.of(PREFIX + "\\b(?<part>begin|early|start|beginning|medio|mid|midden|halverwege|half|eind|einde|end|late)"
                        + "(?:-| )(?:(?:van|of) )?" + MONTH + "\\b" + OPTIONAL_YEAR, MONTH_TRIGGERS.stream().toList(),
                        PeriodRules::partOfMonth),
                Rule.of("\\b(?:(?<between>tussen) |in de periode (?:van )?|van )?" + MONTH.replace("<month>", "<first>")
                        + "(?: ?- ?| t/m | tot en met | tot | through | to |(?<and> en | and ))" + MONTH + "\\b"
                        + OPTIONAL_YEAR, MONTH_TRIGGERS.stream().toList(), PeriodRules::monthRange),
                Rule.of(PREFIX + "\\b" + MONTH + "\\b" + OPTIONAL_YEAR, MONTH_TRIGGERS.stream().toList(),
                        PeriodRules::month),
                Rule.of(PREFIX + "(?:(?:het )?(?:jaar|year) )?" + Words.YEAR_REF, List.of("jaar", "year", "1", "2"),
                        PeriodRules::year));
    }

    private static Outcome.Window window(LocalDate earliest, LocalDate latest, String key, Object... extra) {
        Object[] args = new Object[extra.length + 2];
        args[0] = earliest;
        args[1] = latest;
        System.arraycopy(extra, 0, args, 2, extra.length);
        return Outcome.window(earliest, latest, Explanation.of(key, args));
    }

    /**
     * The window of a period in the year the phrase names, changed by its preposition: "voor maart" ends the
     * day before March, "na maart" names no end at all. {@code beforeMeansEnd}: "voor eind juni" is the end itself.
     */
    private static Outcome period(Matcher m, Context c, boolean hasDeze, IntFunction<Outcome.Window> inYear) {
        return period(m, c, hasDeze, inYear, false);
    }

    private static Outcome period(Matcher m, Context c, boolean hasDeze, IntFunction<Outcome.Window> inYear,
            boolean beforeMeansEnd) {
        Prep prep = Words.prep(m);
        if (prep == Prep.AFTER) {
            return Outcome.refused("deadline.refused.openEnded", c.typed());
        }
        return c.inYear(Words.year(m, hasDeze), year -> {
            Outcome.Window period = inYear.apply(year);
            if (prep == Prep.BY && period.earliest() != null) {
                return Outcome.window(null, period.latest(),
                        Explanation.of("deadline.explain.byEndOf", period.latest(), period.earliest()));
            }
            if (prep != Prep.BEFORE || beforeMeansEnd || period.earliest() == null) {
                return period;
            }
            LocalDate dayBefore = period.earliest().minusDays(1);
            return Outcome.window(null, dayBefore,
                    Explanation.of("deadline.explain.beforePeriod", dayBefore, period.earliest()));
        });
    }

    private static Outcome endOfYear(Matcher m, Context c) {
        return period(m, c, false, year -> Outcome.window(null, LocalDate.of(year, 12, 31),
                Explanation.of("deadline.explain.endOfYear", LocalDate.of(year, 12, 31))), true);
    }

    /** "half 2025" is mid-2025, but "(een) half jaar" is six months: that is a period, left to the spans. */
    private static Outcome midYear(Matcher m, Context c) {
        if (m.group("mid").equals("half") && m.group("year") == null && m.group("nextyr") == null
                && m.group("thisyr") == null) {
            return null;
        }
        return period(m, c, false, year -> window(
                LocalDate.of(year, 6, 1), LocalDate.of(year, 7, 31), "deadline.explain.midYear"));
    }

    /** ISO week N: Monday to Sunday; "voor week 12" ends the Sunday before it. */
    private static Outcome isoWeek(Matcher m, Context c) {
        int week = Integer.parseInt(m.group("week"));
        // "week 10 of 11": either keeps the promise, so the later one; "week 10-11" is a window over both.
        int first = m.group("week1") != null ? Integer.parseInt(m.group("week1"))
                : m.group("wfrom") != null ? Integer.parseInt(m.group("wfrom")) : week;
        boolean either = m.group("week1") != null;
        if (week < 1 || week > 53 || first > week) {
            return Outcome.refused("deadline.refused.invalidDate", c.typed());
        }
        return period(m, c, true, year -> {
            LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(DayOfWeek.MONDAY);
            if (monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) != week) {
                // Week 53 in a year that has only 52: refused as not understood.
                throw new DateTimeException("no week " + week + " in " + year);
            }
            LocalDate from = monday.minusWeeks(week - first);
            return either
                    ? Outcome.window(null, monday.plusDays(6), Explanation.of("deadline.explain.weekEither",
                            monday.plusDays(6), first, week))
                    : first == week ? window(from, monday.plusDays(6), "deadline.explain.week", week)
                    : window(from, monday.plusDays(6), "deadline.explain.weeks", first, week);
        });
    }

    /** "in de loop van 2025 / van het jaar": some time before it ends; "van deze maand": before the month ends. */
    private static Outcome inTheCourseOf(Matcher m, Context c) {
        if (m.group("month") != null) {
            if (m.group("year") != null || m.group("thisyr") != null || m.group("nextyr") != null) {
                return null;
            }
            LocalDate end = YearMonth.from(c.madeOn()).atEndOfMonth();
            return Outcome.window(null, end, Explanation.of("deadline.explain.inTheCourseOfMonth", end));
        }
        if (m.group("year") == null && m.group("thisyr") == null && m.group("nextyr") == null
                && !m.group().endsWith("jaar") && !m.group().endsWith("year")) {
            return null;
        }
        return c.inYear(Words.year(m, false), year -> Outcome.window(null, LocalDate.of(year, 12, 31),
                Explanation.of("deadline.explain.inTheCourseOf", LocalDate.of(year, 12, 31))));
    }

    /** "in deze of de volgende maand": either keeps the promise, so the end of the next month. */
    private static Outcome thisOrNextMonth(Matcher m, Context c) {
        YearMonth current = YearMonth.from(c.madeOn());
        LocalDate end = current.plusMonths(1).atEndOfMonth();
        return Outcome.window(null, end, Explanation.of("deadline.explain.either", end, "deze maand",
                current.atEndOfMonth(), "de volgende maand", end));
    }

    /** "deze maand", "volgende maand": the month the commitment was made in, or the one after. */
    private static Outcome thisOrNext(Matcher m, Context c) {
        YearMonth month = YearMonth.from(c.madeOn()).plusMonths(m.group("cur") != null ? 0 : 1);
        return window(month.atDay(1), month.atEndOfMonth(), "deadline.explain.month");
    }

    /**
     * "april tot en met juni 2024", "september-oktober 2025", "tussen mei en juli": from the first day of the
     * one to the last day of the other. "en" only after "tussen": "in mei en juni" may be two moments.
     */
    private static Outcome monthRange(Matcher m, Context c) {
        int first = Words.month(m.group("first"));
        int last = Words.month(m.group("month"));
        if (first >= last || (m.group("and") != null && m.group("between") == null)) {
            return null;
        }
        return c.inYear(Words.year(m, false), year -> window(YearMonth.of(year, first).atDay(1),
                YearMonth.of(year, last).atEndOfMonth(), "deadline.explain.monthRange"));
    }

    private static Outcome thisYear(Matcher m, Context c) {
        LocalDate end = LocalDate.of(c.madeOn().getYear(), 12, 31);
        return Outcome.window(null, end, Explanation.of("deadline.explain.endOfYear", end));
    }

    private static Outcome halfYear(Matcher m, Context c) {
        int half = m.group("hn") != null ? Integer.parseInt(m.group("hn")) : Words.ordinal(m.group("hw"));
        return period(m, c, true, year -> half == 1
                ? window(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30), "deadline.explain.halfYear", 1)
                : window(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31), "deadline.explain.halfYear", 2));
    }

    private static Outcome quarter(Matcher m, Context c) {
        int quarter = m.group("qn") != null ? Integer.parseInt(m.group("qn")) : Words.ordinal(m.group("qw"));
        if (m.group("qw1") != null) {
            // "derde of vierde kwartaal": either keeps the promise, so the end of the later one.
            int earlier = Words.ordinal(m.group("qw1"));
            if (earlier >= quarter) {
                return null;
            }
            return period(m, c, true, year -> {
                LocalDate end = YearMonth.of(year, quarter * 3).atEndOfMonth();
                return Outcome.window(null, end, Explanation.of("deadline.explain.quarterEither", end, earlier,
                        quarter));
            });
        }
        return period(m, c, true, year -> {
            YearMonth first = YearMonth.of(year, quarter * 3 - 2);
            return window(first.atDay(1), first.plusMonths(2).atEndOfMonth(), "deadline.explain.quarter", quarter);
        });
    }

    private static Outcome partOfMonth(Matcher m, Context c) {
        int month = Words.month(m.group("month"));
        int part = switch (m.group("part")) {
            case "begin", "early", "start", "beginning" -> 0;
            case "medio", "mid", "midden", "halverwege", "half" -> 1;
            default -> 2;
        };
        return period(m, c, true, year -> {
            YearMonth ym = YearMonth.of(year, month);
            LocalDate from = ym.atDay(part * 10 + 1);
            LocalDate to = part == 2 ? ym.atEndOfMonth() : ym.atDay(part * 10 + 10);
            return window(from, to, "deadline.explain.partOfMonth", part);
        }, part == 2);
    }

    private static Outcome month(Matcher m, Context c) {
        boolean namesAMoment = m.group("prep") != null || m.group("deze") != null || m.group("year") != null
                || m.group("thisyr") != null || m.group("nextyr") != null || c.isWholePhrase(m.group());
        if (!namesAMoment) {
            // A bare "may" inside a sentence is more likely a verb than a month.
            return null;
        }
        int month = Words.month(m.group("month"));
        return period(m, c, true, year -> {
            YearMonth ym = YearMonth.of(year, month);
            return window(ym.atDay(1), ym.atEndOfMonth(), "deadline.explain.month");
        });
    }

    private static Outcome year(Matcher m, Context c) {
        YearRef ref = Words.year(m, false);
        boolean namesAYear = ref.kind() == YearRef.Kind.NEXT
                || (ref.kind() == YearRef.Kind.EXPLICIT && (m.group("prep") != null || c.isWholePhrase(m.group())));
        if (!namesAYear) {
            return null;
        }
        return period(m, c, false, year -> window(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                "deadline.explain.year"));
    }
}
