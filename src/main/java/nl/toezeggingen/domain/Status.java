package nl.toezeggingen.domain;

import java.util.Map;
import java.util.Optional;

/** The stored state of a commitment, in the Tweede Kamer's own words. */
public enum Status {
    OPEN("Openstaand", "Open"),
    IN_PROGRESS("In uitvoering", "In progress"),
    PARTLY_DONE("Deels afgedaan", "Partly done"),
    DONE("Afgedaan", "Done"),
    LAPSED("Vervallen", "Lapsed");

    private final String dutch;
    private final String english;

    Status(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    public String dutch() {
        return dutch;
    }

    public String english() {
        return english;
    }

    /** Done and lapsed commitments ask nothing more of anyone. */
    public boolean isClosed() {
        return this == DONE || this == LAPSED;
    }

    // Registers use older or their own words (Voldaan, Afgehandeld, Lopend) and people type freely; all of
    // these mean the same, on the command line, in the window and in every import (issue 16). "Deels voldaan"
    // is partly done, not in progress: a part was delivered. "Ingetrokken" is lapsed: nothing more is asked.
    private static final Map<String, Status> WORDS = Map.ofEntries(
            Map.entry("open", OPEN),
            Map.entry("openstaand", OPEN),
            Map.entry("niet gestart", OPEN),
            Map.entry("in progress", IN_PROGRESS),
            Map.entry("in uitvoering", IN_PROGRESS),
            Map.entry("in behandeling", IN_PROGRESS),
            Map.entry("lopend", IN_PROGRESS),
            Map.entry("partly done", PARTLY_DONE),
            Map.entry("deels afgedaan", PARTLY_DONE),
            Map.entry("deels voldaan", PARTLY_DONE),
            Map.entry("done", DONE),
            Map.entry("afgedaan", DONE),
            Map.entry("voldaan", DONE),
            Map.entry("afgehandeld", DONE),
            Map.entry("afgerond", DONE),
            Map.entry("gereed", DONE),
            Map.entry("lapsed", LAPSED),
            Map.entry("vervallen", LAPSED),
            Map.entry("ingetrokken", LAPSED));

    /** The words other registers use for this status, besides its own Dutch and English name (for the help). */
    public java.util.List<String> otherWords() {
        return WORDS.entrySet().stream()
                .filter(e -> e.getValue() == this && !e.getKey().equals(Text.key(dutch))
                        && !e.getKey().equals(Text.key(english)))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** Reads a status word in English or Dutch, any case, with spaces, dashes or underscores. */
    public static Optional<Status> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(WORDS.get(Text.key(word)));
    }
}
