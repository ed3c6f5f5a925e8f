package nl.toezeggingen.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Small rules for free text fields, shared by every entity. */
public final class Text {
    private Text() {
    }

    /** Blank means absent: a field the user cleared is stored as null, not as spaces. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** A word as people type it, for matching: no accents, any case, spaces, dashes or underscores alike. */
    public static String key(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_-]+", " ")
                .strip();
    }
}
