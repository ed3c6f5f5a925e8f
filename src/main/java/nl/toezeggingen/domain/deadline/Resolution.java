package nl.toezeggingen.domain.deadline;

import nl.toezeggingen.domain.Deadline;

/**
 * What a phrase resolves to. Understood: {@code deadline} holds the window and {@code explanation} says
 * why. Refused: {@code deadline} holds the phrase only and {@code refusal} says what would be understood.
 */
public record Resolution(Deadline deadline, Explanation explanation, Explanation refusal) {

    static Resolution understood(Deadline deadline, Explanation explanation) {
        return new Resolution(deadline, explanation, null);
    }

    static Resolution refused(String phrase, Explanation refusal) {
        return new Resolution(new Deadline(phrase, null, null, false), null, refusal);
    }

    public boolean understood() {
        return refusal == null;
    }
}
