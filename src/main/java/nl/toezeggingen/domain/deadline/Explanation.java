package nl.toezeggingen.domain.deadline;

import java.util.List;

/**
 * A sentence in the user's language, as a message key with its arguments (LocalDate, String, Integer);
 * the app's Messages turns it into text. An Integer "certainty" argument (0 official, 1 unverified,
 * 2 estimated) lets one pattern say whether a date is estimated.
 */
public record Explanation(String key, List<Object> args) {

    public Explanation {
        args = List.copyOf(args);
    }

    public static Explanation of(String key, Object... args) {
        return new Explanation(key, List.of(args));
    }
}
