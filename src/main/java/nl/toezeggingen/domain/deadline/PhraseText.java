package nl.toezeggingen.domain.deadline;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Brings a phrase to the one shape the patterns are written for: lower case, no accents ("vóór" is
 * "voor"), letters, digits and single spaces, keeping '-', '/' and a '.' between digits for dates.
 */
final class PhraseText {
    private PhraseText() {
    }

    static String normalize(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (!isAscii(lower)) {
            lower = Normalizer.normalize(lower, Normalizer.Form.NFD);
        }
        StringBuilder out = new StringBuilder(lower.length());
        boolean space = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '/'
                    || (c == '.' && betweenDigits(lower, i));
            if (keep) {
                out.append(c);
                space = false;
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static boolean betweenDigits(String s, int i) {
        return i > 0 && i + 1 < s.length() && isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i + 1));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
