package nl.toezeggingen.domain;

import java.util.List;

/**
 * One thing wrong with what the user typed, tied to the field where it belongs.
 * The domain speaks in message keys; the faces turn them into the user's language.
 */
public record Problem(Commitment.Field field, String key, List<Object> args) {

    public Problem(Commitment.Field field, String key, Object... args) {
        this(field, key, List.of(args));
    }
}
