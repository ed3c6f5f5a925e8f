package nl.toezeggingen.domain.deadline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * A normalized phrase that knows where each of its characters came from in the typed one, so that a part
     * the rules understood can be quoted as it was typed ("vóór 1 juli," gives back "vóór 1 juli").
     *
     * @param from for each character of {@code text}, the index in the typed string of the character it comes
     *             from (a space: of the first character it stands for)
     */
    record Mapped(String text, String typed, int[] from) {

        /** The typed stretch behind {@code text[start, end)}, without the spaces at its edges. */
        String typedPart(int start, int end) {
            while (start < end && text.charAt(start) == ' ') {
                start++;
            }
            while (end > start && text.charAt(end - 1) == ' ') {
                end--;
            }
            if (start >= end) {
                return "";
            }
            return typed.substring(typedStart(start), typedEnd(end));
        }

        int typedStart(int start) {
            return from[start];
        }

        /** Just after the typed character behind {@code text[end - 1]}, with the accents that follow it. */
        int typedEnd(int end) {
            int last = from[end - 1];
            int after = last + Character.charCount(typed.codePointAt(last));
            while (after < typed.length() && Character.getType(typed.charAt(after)) == Character.NON_SPACING_MARK) {
                after++;
            }
            return after;
        }
    }

    /**
     * The same text as {@link #normalize}, character by character, with where each came from. Lower-casing and
     * decomposing one code point at a time gives what doing it to the whole string gives: the only rule that
     * looks at neighbours (a Greek final sigma) and the reordering of accents touch characters that are dropped.
     */
    static Mapped normalizeMapped(String typed) {
        StringBuilder lower = new StringBuilder(typed.length());
        List<Integer> source = new ArrayList<>(typed.length());
        for (int i = 0; i < typed.length(); ) {
            int cp = typed.codePointAt(i);
            String piece = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
            if (!isAscii(piece)) {
                piece = Normalizer.normalize(piece, Normalizer.Form.NFD);
            }
            for (int k = 0; k < piece.length(); k++) {
                source.add(i);
            }
            lower.append(piece);
            i += Character.charCount(cp);
        }
        String lowered = lower.toString();
        StringBuilder out = new StringBuilder(lowered.length());
        int[] from = new int[lowered.length()];
        boolean space = true;
        for (int i = 0; i < lowered.length(); i++) {
            char c = lowered.charAt(i);
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '/'
                    || (c == '.' && betweenDigits(lowered, i));
            if (keep) {
                from[out.length()] = source.get(i);
                out.append(c);
                space = false;
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            } else if (!space) {
                from[out.length()] = source.get(i);
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return new Mapped(out.toString(), typed, java.util.Arrays.copyOf(from, out.length()));
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
