package nl.toezeggingen.importer;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Sentences of a register text: the first becomes the title, any may hold the deadline phrase. */
public final class Sentences {
    // A stop followed by a capital starts a new sentence; "o.a. de" and "art. 3" do not.
    private static final Pattern END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"'‘“(])");
    private static final int MAX_TITLE = 300;

    private Sentences() {
    }

    public static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(END.split(text.strip())).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The first sentence, cut at a word when a register text runs on without a stop. */
    static String title(String text) {
        List<String> sentences = of(text);
        if (sentences.isEmpty()) {
            return null;
        }
        String first = sentences.get(0);
        if (first.length() <= MAX_TITLE) {
            return first;
        }
        int cut = first.lastIndexOf(' ', MAX_TITLE - 1);
        return first.substring(0, cut > 0 ? cut : MAX_TITLE - 1) + "…";
    }
}
