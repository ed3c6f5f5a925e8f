package nl.toezeggingen.domain;

import java.time.LocalDate;

/**
 * The phrase as it was spoken ("voor de zomer van 2025") and the window it stands for.
 * {@code latest} is the last day that still counts as on time; {@code earliest} is set only when the
 * phrase names a period. {@code estimated} marks dates that rest on an unverified or estimated calendar.
 */
public record Deadline(String phrase, LocalDate earliest, LocalDate latest, boolean estimated) {

    public static final Deadline NONE = new Deadline(null, null, null, false);

    public Deadline {
        phrase = Text.clean(phrase);
    }

    public static Deadline on(LocalDate latest) {
        return new Deadline(null, null, latest, false);
    }

    public boolean hasDate() {
        return latest != null;
    }

    public boolean isEmpty() {
        return phrase == null && earliest == null && latest == null;
    }

    /**
     * The first day drawn for this deadline: the window's start, or the single date. An old import may hold
     * earliest after latest; the last day is what counts, so that is drawn alone.
     */
    public LocalDate start() {
        return earliest != null && latest != null && earliest.isBefore(latest) ? earliest : latest;
    }
}
