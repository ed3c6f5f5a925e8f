package nl.toezeggingen.domain.deadline;

/** How far a recess date can be trusted; anything but OFFICIAL makes a deadline resting on it estimated. */
public enum Certainty {
    /** Published by the Kamer. */
    OFFICIAL,
    /** In the calendar file, but not (yet) confirmed by the Kamer. */
    UNVERIFIED,
    /** Not in any calendar file; computed by the estimate rule. */
    ESTIMATED;

    public boolean isEstimate() {
        return this != OFFICIAL;
    }
}
