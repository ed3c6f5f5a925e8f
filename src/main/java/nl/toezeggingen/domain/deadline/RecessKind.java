package nl.toezeggingen.domain.deadline;

import java.util.Locale;
import java.util.Optional;

/** The Tweede Kamer's recesses. The kerstreces "of year Y" is the one that starts in December of Y. */
public enum RecessKind {
    VOORJAARSRECES,
    MEIRECES,
    ZOMERRECES,
    HERFSTRECES,
    KERSTRECES;

    /** The word in a calendar file: the Dutch name, in any case. */
    public static Optional<RecessKind> fromWord(String word) {
        String wanted = word.strip().toUpperCase(Locale.ROOT);
        for (RecessKind kind : values()) {
            if (kind.name().equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
