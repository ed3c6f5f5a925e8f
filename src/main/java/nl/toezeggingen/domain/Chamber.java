package nl.toezeggingen.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The chamber a commitment was made to (issue 19): each keeps its own register and sends its own rappel. Stored
 * and written in JSON as its code ("tk", "ek"); not known is null, never guessed.
 */
public enum Chamber {
    TWEEDE_KAMER("tk", "Tweede Kamer"),
    EERSTE_KAMER("ek", "Eerste Kamer");

    private final String code;
    private final String dutch;

    Chamber(String code, String dutch) {
        this.code = code;
        this.dutch = dutch;
    }

    public String code() {
        return code;
    }

    /**
     * "tk", "ek", "Tweede Kamer", "eerste kamer", "TK", the enum's own name: what a user or a file may write; empty
     * for anything else.
     */
    public static Optional<Chamber> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        for (Chamber c : values()) {
            if (t.equals(c.code) || t.equals(c.dutch.toLowerCase(Locale.ROOT)) || t.equals(c.name().toLowerCase(Locale.ROOT).replace('_', ' '))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * What the register number says: "TZ202504-057" is the Tweede Kamer's, "T01970" the Eerste Kamer's (a T and a
     * zero and four digits); anything else says nothing.
     */
    public static Optional<Chamber> ofReference(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        String r = reference.strip().toUpperCase(Locale.ROOT);
        if (r.matches("TZ\\d{6}-\\d{2,4}")) {
            return Optional.of(TWEEDE_KAMER);
        }
        return r.matches("T0\\d{4}") ? Optional.of(EERSTE_KAMER) : Optional.empty();
    }
}
