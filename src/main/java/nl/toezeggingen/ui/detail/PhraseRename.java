package nl.toezeggingen.ui.detail;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * A deadline phrase with another moment's name in place of the one it names: "voor het commissiedebat hoger
 * onderwijs" becomes "voor het Commissiedebat onderwijs en wetenschap". Only the name changes; the words before
 * it (the preposition: "voor", "bij", "na") and after it stay as the user wrote them, since they say when, and the
 * tie to a moment is kept only while the phrase names it. Plain Java, tested without a window.
 */
final class PhraseRename {
    private PhraseRename() {
    }

    /**
     * {@code phrase} with {@code oldName} (found whatever its case and accents) replaced by {@code newName}; empty
     * when the phrase does not say the old name as such, so that nothing else is ever overwritten.
     */
    static Optional<String> rename(String phrase, String oldName, String newName) {
        if (phrase == null || oldName == null || oldName.isBlank() || newName == null || newName.isBlank()) {
            return Optional.empty();
        }
        String wanted = fold(oldName.strip());
        int at = fold(phrase).indexOf(wanted);
        if (at < 0) {
            return Optional.empty();
        }
        return Optional.of(phrase.substring(0, at) + newName.strip() + phrase.substring(at + wanted.length()));
    }

    /** Lower case without accents, one character for each of the text's, so that places found stay places. */
    private static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String bare = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT);
            folded.append(bare.length() == 1 ? bare.charAt(0) : Character.toLowerCase(c));
        }
        return folded.toString();
    }
}
