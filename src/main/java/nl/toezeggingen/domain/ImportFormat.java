package nl.toezeggingen.domain;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file an existing list can be brought in from. */
public enum ImportFormat {
    CSV, XLSX, JSON, TK;

    /** Reads csv, xlsx, json or tk in any case. */
    public static Optional<ImportFormat> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(word.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
