package nl.toezeggingen.report;

import java.time.LocalDate;
import java.util.function.Function;
import nl.toezeggingen.domain.rappel.Passing;

/**
 * Which other deadline is passing, in the user's words, the same in the overdue bar, the command line and the
 * status overview: "intern te laat: stuk had 20 juni 2025 bij de minister moeten zijn". {@code words} maps keys to
 * patterns with {0} for the day, {@code dates} writes the day the long way.
 */
public final class PassingWords {
    private PassingWords() {
    }

    /** Empty for none. */
    public static String text(Passing passing, Function<String, String> words,
            Function<LocalDate, String> dates) {
        if (passing == null) {
            return "";
        }
        String key = switch (passing.kind()) {
            case INTERNAL_LATE -> "passing.internalLate";
            case INTERNAL_SOON -> "passing.internalSoon";
            case KAMER_NOT_TOLD -> "passing.kamerNotTold";
            case KAMER_NOT_TOLD_SOON -> "passing.kamerNotToldSoon";
        };
        return words.apply(key).replace("{0}", dates.apply(passing.day()));
    }
}
