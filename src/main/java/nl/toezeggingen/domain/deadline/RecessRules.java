package nl.toezeggingen.domain.deadline;

import static nl.toezeggingen.domain.deadline.Words.OPTIONAL_YEAR;
import static nl.toezeggingen.domain.deadline.Words.PREFIX;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import nl.toezeggingen.domain.deadline.Words.Prep;

/** Phrases that lean on the parliamentary calendar: the summer and other recesses, and Prinsjesdag. */
final class RecessRules {
    private RecessRules() {
    }

    private static final String SUMMER = "\\b(?:zomer|zomerreces|zomervakantie|summer(?: recess| break| holidays?)?)\\b";
    private static final String CHRISTMAS =
            "\\b(?:kerstreces|kerstvakantie|kerst|kerstmis|christmas(?: recess| break| holidays?)?)\\b";
    private static final String OTHER_RECESS = "\\b(?<recess>voorjaarsreces|krokusreces|meireces|herfstreces"
            + "|spring recess|may recess|autumn recess)\\b";
    /** "het reces" without a name: the first recess that starts after the commitment was made. */
    private static final String ANY_RECESS = "\\b(?:reces|recess)\\b";
    private static final String PRINSJESDAG = "\\b(?:prinsjesdag|budget day)\\b";

    static List<Rule> rules() {
        return List.of(
                Rule.of(PREFIX + SUMMER + OPTIONAL_YEAR, List.of("zomer", "summer"), RecessRules::summer),
                Rule.of(PREFIX + CHRISTMAS + OPTIONAL_YEAR, List.of("kerst", "christmas"), RecessRules::christmas),
                Rule.of(PREFIX + OTHER_RECESS + OPTIONAL_YEAR, List.of("reces", "recess"), RecessRules::otherRecess),
                Rule.of(PREFIX + ANY_RECESS, List.of("reces", "recess"), RecessRules::anyRecess),
                Rule.of(PREFIX + PRINSJESDAG + OPTIONAL_YEAR, List.of("prinsjesdag", "budget day"),
                        RecessRules::prinsjesdag));
    }

    private static Outcome summer(Matcher m, Context c) {
        Prep prep = Words.prep(m);
        return c.inYear(Words.year(m, true), year -> {
            Recess recess = c.calendar().summerRecess(year);
            int certainty = source(c, recess);
            return switch (prep) {
                case BEFORE, BY -> new Outcome.Window(null, recess.dayBefore(), recess.certainty().isEstimate(),
                        Explanation.of("deadline.explain.beforeSummer", recess.dayBefore(), recess.first(),
                                recess.last(), certainty));
                case AFTER -> {
                    LocalDate end = LocalDate.of(year, 10, 31);
                    // Only a user calendar with a recess past October could make this window empty.
                    yield recess.dayAfter().isAfter(end) ? null : new Outcome.Window(recess.dayAfter(), end,
                            recess.certainty().isEstimate(), Explanation.of("deadline.explain.afterSummer",
                                    recess.dayAfter(), end, recess.first(), recess.last(), certainty));
                }
                case AROUND, AT, NONE -> around(recess, certainty);
            };
        });
    }

    private static Outcome around(Recess recess, int certainty) {
        LocalDate start = LocalDate.of(recess.year(), 6, 1);
        return new Outcome.Window(start, recess.last(), recess.certainty().isEstimate(),
                Explanation.of("deadline.explain.aroundSummer", start, recess.last(), recess.first(), recess.last(),
                        certainty));
    }

    private static Outcome christmas(Matcher m, Context c) {
        Prep prep = Words.prep(m);
        if (prep == Prep.AFTER) {
            return c.inYear(Words.year(m, true), year -> after(c.calendar().christmasRecess(year), c));
        }
        if (prep != Prep.BEFORE && prep != Prep.BY) {
            return null;
        }
        return c.inYear(Words.year(m, true), year -> {
            Recess recess = c.calendar().christmasRecess(year);
            return new Outcome.Window(null, recess.dayBefore(), recess.certainty().isEstimate(),
                    Explanation.of("deadline.explain.beforeChristmas", recess.dayBefore(), recess.first(),
                            recess.last(), source(c, recess)));
        });
    }

    private static Outcome otherRecess(Matcher m, Context c) {
        Prep prep = Words.prep(m);
        if (prep != Prep.BEFORE && prep != Prep.BY && prep != Prep.AFTER) {
            return null;
        }
        RecessKind kind = switch (m.group("recess")) {
            case "voorjaarsreces", "krokusreces", "spring recess" -> RecessKind.VOORJAARSRECES;
            case "meireces", "may recess" -> RecessKind.MEIRECES;
            default -> RecessKind.HERFSTRECES;
        };
        Words.YearRef ref = Words.year(m, true);
        Outcome found = c.inYear(ref, year -> c.calendar().recessOrEstimate(kind, year)
                .map(recess -> prep == Prep.AFTER ? after(recess, c) : before(recess, c))
                .orElse(null));
        if (found != null) {
            return found;
        }
        // No rule estimates these recesses; saying so beats guessing a date.
        int year = ref.kind() == Words.YearRef.Kind.EXPLICIT ? ref.year() : c.madeOn().getYear();
        return Outcome.refused("deadline.refused.recessUnknown", c.typed(), year, kind.ordinal());
    }

    private static Outcome before(Recess recess, Context c) {
        return new Outcome.Window(null, recess.dayBefore(), recess.certainty().isEstimate(),
                Explanation.of("deadline.explain.beforeRecess", recess.dayBefore(), recess.first(), recess.last(),
                        source(c, recess), recess.kind().ordinal()));
    }

    /**
     * Where the recess dates come from, as the explanation's certainty argument: 0 official, 1 the shipped
     * calendar's unverified row, 2 the estimate rule, 3 an unverified row of the user's own kalender.csv.
     * Said without "not yet": a recess that has passed is no less certain than before.
     */
    private static int source(Context c, Recess recess) {
        return recess.certainty() == Certainty.UNVERIFIED && c.calendar().isOwn(recess) ? 3
                : recess.certainty().ordinal();
    }

    /** The less certain of two recesses, for a window between them. */
    private static int source(Context c, Recess one, Recess other) {
        return one.certainty() == Certainty.ESTIMATED || other.certainty() == Certainty.ESTIMATED ? 2
                : Math.max(source(c, one), source(c, other));
    }

    /**
     * "na het meireces": from the day after it to the day before the next recess (the promise is for the
     * sitting weeks in between); "na de zomer" keeps its own table row, up to 31 October.
     */
    private static Outcome after(Recess recess, Context c) {
        if (recess.kind() == RecessKind.ZOMERRECES) {
            LocalDate end = LocalDate.of(recess.year(), 10, 31);
            return recess.dayAfter().isAfter(end) ? null : new Outcome.Window(recess.dayAfter(), end,
                    recess.certainty().isEstimate(), Explanation.of("deadline.explain.afterSummer",
                            recess.dayAfter(), end, recess.first(), recess.last(), source(c, recess)));
        }
        Next next = next(c, recess.last());
        if (next == null || next.refused() != null) {
            return next == null ? null : next.refused();
        }
        Recess following = next.recess();
        return new Outcome.Window(recess.dayAfter(), following.dayBefore(),
                recess.certainty().isEstimate() || following.certainty().isEstimate(),
                Explanation.of("deadline.explain.afterRecess", recess.dayAfter(), following.dayBefore(),
                        recess.kind().ordinal(), following.kind().ordinal(), source(c, recess, following)));
    }

    /** "voor het reces", "na het reces": the first recess that starts after the commitment was made. */
    private static Outcome anyRecess(Matcher m, Context c) {
        Prep prep = Words.prep(m);
        if (prep != Prep.BEFORE && prep != Prep.BY && prep != Prep.AFTER) {
            return null;
        }
        Next next = next(c, c.madeOn());
        if (next == null || next.refused() != null) {
            return next == null ? null : next.refused();
        }
        return prep == Prep.AFTER ? after(next.recess(), c) : before(next.recess(), c);
    }

    /** The recess {@link #next} found, or why it could not say. */
    private record Next(Recess recess, Outcome.Refused refused) {
    }

    /**
     * The first recess that starts after {@code day}. The recesses come in this order every year; one the
     * calendar does not know and no rule estimates is refused rather than skipped, since skipping it would
     * silently pick a later one.
     */
    private static Next next(Context c, LocalDate day) {
        for (int year = day.getYear(); year <= day.getYear() + 1; year++) {
            for (RecessKind kind : RecessKind.values()) {
                var recess = c.calendar().recessOrEstimate(kind, year);
                if (recess.isEmpty()) {
                    if (day.isBefore(latestStart(kind, year))) {
                        return new Next(null,
                                Outcome.refused("deadline.refused.recessUnknown", c.typed(), year, kind.ordinal()));
                    }
                } else if (recess.get().first().isAfter(day)) {
                    return new Next(recess.get(), null);
                }
            }
        }
        return null;
    }

    /** A day no recess of this kind has started after, for judging whether an unknown one may lie ahead. */
    private static LocalDate latestStart(RecessKind kind, int year) {
        return switch (kind) {
            case VOORJAARSRECES -> LocalDate.of(year, 3, 15);
            case MEIRECES -> LocalDate.of(year, 5, 15);
            case HERFSTRECES -> LocalDate.of(year, 11, 1);
            default -> LocalDate.of(year, 12, 31);
        };
    }

    private static Outcome prinsjesdag(Matcher m, Context c) {
        Prep prep = Words.prep(m);
        if (prep == Prep.AFTER) {
            return Outcome.refused("deadline.refused.openEnded", c.typed());
        }
        return c.inYear(Words.year(m, true), year -> {
            LocalDate day = c.calendar().prinsjesdag(year);
            return switch (prep) {
                case BEFORE -> Outcome.window(null, day.minusDays(1),
                        Explanation.of("deadline.explain.beforePrinsjesdag", day.minusDays(1), day));
                case AROUND -> Outcome.window(day.minusDays(7), day.plusDays(7),
                        Explanation.of("deadline.explain.aroundPrinsjesdag", day.minusDays(7), day.plusDays(7), day));
                default -> Outcome.window(null, day, Explanation.of("deadline.explain.onPrinsjesdag", day));
            };
        });
    }
}
