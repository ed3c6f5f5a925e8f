package nl.toezeggingen.domain.deadline;

import java.util.List;

/**
 * A sentence in the user's language, as a message key with its arguments (LocalDate, String, Integer);
 * the app's Messages turns it into text. An Integer "certainty" argument (0 official, 1 an unverified row of
 * the shipped calendar, 2 estimated by rule, 3 an unverified row of the user's own calendar) lets one pattern
 * say where the recess dates come from. An argument may itself be an Explanation: a sentence inside another.
 */
public record Explanation(String key, List<Object> args) {

    public Explanation {
        args = List.copyOf(args);
    }

    public static Explanation of(String key, Object... args) {
        return new Explanation(key, List.of(args));
    }
}
