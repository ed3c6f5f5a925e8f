package nl.toezeggingen.domain;

/**
 * A commitment together with its urgency on the day it was looked at, and (from the overdue check only) which
 * other deadline is passing: the internal one, or the one the Kamer still counts on.
 *
 * @param passing null when nothing but the Kamer's own deadline matters, or when nobody asked
 */
public record TrackedCommitment(Commitment commitment, Urgency urgency, nl.toezeggingen.domain.rappel.Passing passing) {
    public TrackedCommitment(Commitment commitment, Urgency urgency) {
        this(commitment, urgency, null);
    }
}
