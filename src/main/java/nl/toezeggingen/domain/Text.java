package nl.toezeggingen.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Small rules for free text fields, shared by every entity.
 *
 * <p>What comes in from any side (typed, pasted, imported, or stored by an older version) loses the
 * characters that can take over a terminal or hide what text says: the C0 controls (ESC, BEL, NUL, …),
 * DEL and the C1 controls, and the bidirectional overrides and isolates U+202A–U+202E and U+2066–U+2069
 * ("Trojan Source"). Tab and line break are kept where a field holds lines (text, notes); in a one-line
 * field they become a space, because there they separated words. A line break is always {@code \n}.
 * The marks U+200E, U+200F and U+061C stay: names in Arabic or Hebrew need them and they override nothing.
 */
public final class Text {
    private Text() {
    }

    /** Blank means absent: a field the user cleared is stored as null, not as spaces. For one-line fields. */
    public static String clean(String value) {
        return blankToNull(safe(value, false));
    }

    /** As {@link #clean}, for fields of several lines (text, notes): tabs and line breaks stay. */
    public static String cleanLines(String value) {
        return blankToNull(safe(value, true));
    }

    /**
     * The value without the characters described above, nothing else changed (no strip): for text shown
     * as it was stored, such as history, and for input echoed in a message.
     */
    public static String printable(String value) {
        return safe(value, true);
    }

    private static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String safe(String value, boolean lines) {
        if (value == null || isPlain(value, lines)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r') {
                // \r\n and a lone \r (old Mac files) are one line break
                if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\n' || c == '\t') {
                out.append(lines ? c : ' ');
            } else if (!removed(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The common case, checked without copying: most values need nothing done. */
    private static boolean isPlain(String value, boolean lines) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || removed(c) || (!lines && (c == '\n' || c == '\t'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean removed(char c) {
        return (c < 0x20 && c != '\n' && c != '\t')
                || (c >= 0x7F && c <= 0x9F)
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /** A word as people type it, for matching: no accents, any case, spaces, dashes or underscores alike. */
    public static String key(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_-]+", " ")
                .strip();
    }

    /**
     * "A. Jansen (GL-PvdA); P. de Vries (VVD)": names split on semicolons (a name holds commas: "Jansen, A."), as
     * "toegezegd aan" is typed in a field, a cell or an option; empty parts left out.
     */
    public static java.util.List<String> names(String typed) {
        if (typed == null) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(typed.split(";")).map(Text::clean).filter(java.util.Objects::nonNull).toList();
    }
}
