package nl.toezeggingen.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.Text;

/**
 * The status words of the user's own registers ("Klaar", "Bezig") that an import maps to one of ours: the
 * ones given for this import and the ones remembered from earlier imports. They are remembered in the data's
 * settings (as the window's preferences are), not in the machine's: the window and the command line on the
 * same data then share them, and a backup or a colleague's copy of the data brings them along.
 */
public final class StatusWords {
    /** The settings column holds 4000 characters; beyond it the oldest mappings are forgotten. */
    private static final int MAX_STORED = Setting.MAX_LENGTH;

    private final Map<String, Status> given;
    private final Map<String, Status> remembered;

    private StatusWords(Map<String, Status> given, Map<String, Status> remembered) {
        this.given = given;
        this.remembered = remembered;
    }

    /** {@code given}: word as the user wrote it, and the status it means for this import (and later ones). */
    static StatusWords of(Settings settings, Map<String, Status> given) {
        Map<String, Status> keyed = new LinkedHashMap<>();
        given.forEach((word, status) -> keyed.put(Text.key(word), status));
        return new StatusWords(keyed, read(settings));
    }

    /** Our own words first (they cannot be mapped to something else), then this import's, then remembered ones. */
    Optional<Status> read(String word) {
        Optional<Status> own = Status.parse(word);
        if (own.isPresent()) {
            return own;
        }
        String key = Text.key(word);
        Status mapped = given.containsKey(key) ? given.get(key) : remembered.get(key);
        return Optional.ofNullable(mapped);
    }

    /** After an import was written: this import's words are remembered for the next one. */
    void remember(Settings settings) {
        if (given.isEmpty()) {
            return;
        }
        Map<String, Status> all = new LinkedHashMap<>(remembered);
        given.forEach((word, status) -> {
            all.remove(word); // the newest goes last, so that it is the last forgotten
            all.put(word, status);
        });
        String value = write(all);
        while (value.length() > MAX_STORED) {
            all.remove(all.keySet().iterator().next());
            value = write(all);
        }
        settings.put(Setting.STATUS_WORDS, value);
    }

    /** One "word=STATUS" per line; a word cannot hold a line break (Text.key makes it one space). */
    private static String write(Map<String, Status> words) {
        StringBuilder out = new StringBuilder();
        words.forEach((word, status) -> out.append(word).append('=').append(status.name()).append('\n'));
        return out.toString();
    }

    private static Map<String, Status> read(Settings settings) {
        Map<String, Status> words = new LinkedHashMap<>();
        for (String line : settings.get(Setting.STATUS_WORDS).split("\n")) {
            int is = line.lastIndexOf('=');
            if (is <= 0) {
                continue;
            }
            try {
                words.put(line.substring(0, is), Status.valueOf(line.substring(is + 1)));
            } catch (IllegalArgumentException e) {
                // A status a later version may add and this one does not know: not a mapping for us.
            }
        }
        return words;
    }
}
