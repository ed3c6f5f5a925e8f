package nl.toezeggingen.domain.deadline;

import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.agenda.Event;

/**
 * What a phrase resolves to. Understood: {@code deadline} holds the window and {@code explanation} says
 * why. Refused: {@code deadline} holds the phrase only and {@code refusal} says what would be understood.
 * {@code event}: for an event phrase, the event it names: the agenda's (with its id and date), a shipped
 * moment's, or, when the agenda lacks it, one without id or date named as the phrase names it; else null.
 */
public record Resolution(Deadline deadline, Explanation explanation, Explanation refusal, Event event) {

    public Resolution(Deadline deadline, Explanation explanation, Explanation refusal) {
        this(deadline, explanation, refusal, null);
    }

    static Resolution understood(Deadline deadline, Explanation explanation, Event event) {
        return new Resolution(deadline, explanation, null, event);
    }

    static Resolution refused(String phrase, Explanation refusal) {
        return new Resolution(new Deadline(phrase, null, null, false), null, refusal, null);
    }

    public boolean understood() {
        return refusal == null;
    }
}
