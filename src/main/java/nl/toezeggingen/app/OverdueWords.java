package nl.toezeggingen.app;

import java.util.List;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.domain.rappel.Passing;
import nl.toezeggingen.report.PassingWords;

/**
 * What the overdue check found, in the same words in the window's bar and on the command line: the Kamer's own
 * count ("3 toezeggingen zijn te laat, 2 termijnen verstrijken binnen 14 dagen"), then a sentence for the internal
 * deadlines that passed and one for postponements the Kamer was not told of.
 */
public final class OverdueWords {
    private OverdueWords() {
    }

    /** The summary of {@link Tracker#overdue}'s list. */
    public static String summary(List<TrackedCommitment> found, int horizonDays, Messages messages) {
        long overdue = count(found, Urgency.OVERDUE);
        long dueSoon = count(found, Urgency.DUE_SOON);
        StringBuilder text = new StringBuilder(messages.get("overdue.summary", overdue, dueSoon, horizonDays));
        long internal = found.stream().filter(t -> kind(t) == Passing.Kind.INTERNAL_LATE).count();
        if (internal > 0) {
            text.append(' ').append(messages.get("overdue.passing.internal", internal));
        }
        long notTold = found.stream().filter(t -> kind(t) == Passing.Kind.KAMER_NOT_TOLD).count();
        if (notTold > 0) {
            text.append(' ').append(messages.get("overdue.passing.kamerNotTold", notTold));
        }
        return text.toString();
    }

    /** "intern te laat: stuk had 20 juni 2025 bij de minister moeten zijn"; empty when nothing else passes. */
    public static String passing(TrackedCommitment tracked, Messages messages) {
        return PassingWords.text(tracked.passing(), messages::get, messages::date);
    }

    /** One line per commitment with something else passing, "12 TZ202404-101: intern te laat: …", for a terminal. */
    public static List<String> passingLines(List<TrackedCommitment> found, Messages messages) {
        return found.stream()
                .filter(t -> t.passing() != null)
                .map(t -> t.commitment().id() + (t.commitment().reference() == null ? "" : " " + t.commitment().reference())
                        + ": " + passing(t, messages))
                .toList();
    }

    private static long count(List<TrackedCommitment> found, Urgency urgency) {
        return found.stream().filter(t -> t.urgency() == urgency).count();
    }

    private static Passing.Kind kind(TrackedCommitment t) {
        return t.passing() == null ? null : t.passing().kind();
    }
}
