package nl.toezeggingen.domain.rappel;

import nl.toezeggingen.domain.Deadline;

/**
 * What the rappel needs to know of one commitment beyond its own fields: the first deadline it had (before
 * its first postponement; null when it never moved), how often it was postponed, the deadline the Kamer counts on
 * when it was not told of the last move, and the latest stand van zaken (null when there is none).
 *
 * @param kamerKnows when the last postponement was not told to the Kamer: the deadline the Kamer was last told
 *                   (the one set by the last postponement it was told of, else the original); null when the Kamer
 *                   knows the present deadline (never moved, or told of the last move)
 */
public record RappelFacts(Deadline original, int postponements, Deadline kamerKnows, ProgressEntry progress) {
    public static final RappelFacts NONE = new RappelFacts(null, 0, null, null);

    /**
     * The facts of a commitment with these postponements (the first first) and this latest entry: the Kamer knows
     * the deadline of the last postponement that told it, or else the first deadline.
     */
    public static RappelFacts of(java.util.List<Postponement> postponements, ProgressEntry progress) {
        if (postponements.isEmpty()) {
            return new RappelFacts(null, 0, null, progress);
        }
        Deadline original = postponements.get(0).from();
        Postponement last = postponements.get(postponements.size() - 1);
        Deadline told = original;
        for (Postponement p : postponements) {
            if (p.kamerInformed()) {
                told = p.to();
            }
        }
        return new RappelFacts(original, postponements.size(), last.kamerInformed() ? null : told, progress);
    }

    /** The first deadline it had: the one before the first postponement, or else the one it has. */
    public Deadline originalOr(Deadline now) {
        return original != null ? original : now;
    }
}
