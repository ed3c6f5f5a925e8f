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
    private static final String OTHER_RECESS = "\\b(?<recess>voorjaarsreces|meireces|herfstreces"
            + "|spring recess|may recess|autumn recess)\\b";
    private static final String PRINSJESDAG = "\\b(?:prinsjesdag|budget day)\\b";

    static List<Rule> rules() {
        return List.of(
                Rule.of(PREFIX + SUMMER + OPTIONAL_YEAR, List.of("zomer", "summer"), RecessRules::summer),
                Rule.of(PREFIX + CHRISTMAS + OPTIONAL_YEAR, List.of("kerst", "christmas"), RecessRules::christmas),
                Rule.of(PREFIX + OTHER_RECESS + OPTIONAL_YEAR, List.of("reces", "recess"), RecessRules::otherRecess),
                Rule.of(PREFIX + PRINSJESDAG + OPTIONAL_YEAR, List.of("prinsjesdag", "budget day"),
                        RecessRules::prinsjesdag));
    }

    private static Outcome summer(Matcher m, Context c) {
        Prep prep = Words.prep(m);
        return c.inYear(Words.year(m, true), year -> {
            Recess recess = c.calendar().summerRecess(year);
            int certainty = recess.certainty().ordinal();
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
        if (prep != Prep.BEFORE && prep != Prep.BY) {
            return null;
        }
        return c.inYear(Words.year(m, true), year -> {
            Recess recess = c.calendar().christmasRecess(year);
            return new Outcome.Window(null, recess.dayBefore(), recess.certainty().isEstimate(),
                    Explanation.of("deadline.explain.beforeChristmas", recess.dayBefore(), recess.first(),
                            recess.last(), recess.certainty().ordinal()));
        });
    }

    private static Outcome otherRecess(Matcher m, Context c) {
        if (Words.prep(m) != Prep.BEFORE && Words.prep(m) != Prep.BY) {
            return null;
        }
        RecessKind kind = switch (m.group("recess")) {
            case "voorjaarsreces", "spring recess" -> RecessKind.VOORJAARSRECES;
            case "meireces", "may recess" -> RecessKind.MEIRECES;
            default -> RecessKind.HERFSTRECES;
        };
        Words.YearRef ref = Words.year(m, true);
        Outcome found = c.inYear(ref, year -> c.calendar().recessOrEstimate(kind, year)
                .<Outcome>map(recess -> new Outcome.Window(null, recess.dayBefore(),
                        recess.certainty().isEstimate(), Explanation.of("deadline.explain.beforeRecess",
                                recess.dayBefore(), recess.first(), recess.last(), recess.certainty().ordinal(),
                                kind.ordinal())))
                .orElse(null));
        if (found != null) {
            return found;
        }
        // No rule estimates these recesses; saying so beats guessing a date.
        int year = ref.kind() == Words.YearRef.Kind.EXPLICIT ? ref.year() : c.madeOn().getYear();
        return Outcome.refused("deadline.refused.recessUnknown", c.typed(), year, kind.ordinal());
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
