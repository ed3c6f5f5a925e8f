package nl.toezeggingen.domain.rappel;

import nl.toezeggingen.domain.Deadline;

/**
 * What the rappel needs to know of one commitment beyond its own fields: the first deadline it had (before
 * its first postponement; null when it never moved), how often it was postponed, whether the Kamer was told
 * of the last move, and the latest stand van zaken (null when there is none).
 */
public record RappelFacts(Deadline original, int postponements, boolean lastInformed, ProgressEntry progress) {
    public static final RappelFacts NONE = new RappelFacts(null, 0, false, null);

    /** The first deadline it had: the one before the first postponement, or else the one it has. */
    public Deadline originalOr(Deadline now) {
        return original != null ? original : now;
    }
}
