package nl.toezeggingen.domain.rappel;

import java.time.LocalDate;
import java.util.Optional;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;

/**
 * Which deadline is passing, when it is not (only) the Kamer's own: the piece that had to reach the minister
 * first, or the old deadline the Kamer still counts on because it was never told of a postponement. The overdue
 * bar, the status overview and the command line say it in these words; the Kamer's own overdue stays
 * {@link nl.toezeggingen.domain.Urgency}.
 *
 * @param kind what is passing
 * @param day  the day it passes (or passed): the internal deadline, or the deadline the Kamer was last told
 */
public record Passing(Kind kind, LocalDate day) {
    public enum Kind {
        /** The internal deadline has passed; the Kamer's has not yet. */
        INTERNAL_LATE,
        /** The internal deadline falls within the horizon. */
        INTERNAL_SOON,
        /**
         * Postponed without telling the Kamer, and the deadline the Kamer knows has passed: in the Kamer's eyes it
         * is late, whatever the new deadline says.
         */
        KAMER_NOT_TOLD,
        /** Postponed without telling the Kamer, and the deadline the Kamer knows falls within the horizon. */
        KAMER_NOT_TOLD_SOON
    }

    /** Passed already, not only close: the piece is late at the minister's, or late in the Kamer's eyes. */
    public boolean late() {
        return kind == Kind.INTERNAL_LATE || kind == Kind.KAMER_NOT_TOLD;
    }

    /**
     * What is passing for an open commitment on {@code today}, looking {@code horizonDays} ahead; the Kamer not
     * told comes first (it is late in the Kamer's eyes), then the internal deadline. Empty for a closed one, or
     * when only the Kamer's own deadline matters (that one the urgency says).
     *
     * @param internal   the internal deadline (from {@link InternalRule#internalDeadline}), or null
     * @param kamerKnows the deadline the Kamer was last told, from {@link RappelFacts#kamerKnows()}, or null
     */
    public static Optional<Passing> of(Commitment commitment, LocalDate internal, Deadline kamerKnows, LocalDate today,
            int horizonDays) {
        if (commitment.status().isClosed()) {
            return Optional.empty();
        }
        LocalDate kamer = commitment.deadline().latest();
        LocalDate told = kamerKnows == null ? null : kamerKnows.latest();
        if (told != null && !today.plusDays(horizonDays).isBefore(told) && (kamer == null || !today.isAfter(kamer))) {
            return Optional.of(new Passing(today.isAfter(told) ? Kind.KAMER_NOT_TOLD : Kind.KAMER_NOT_TOLD_SOON, told));
        }
        if (internal == null || (kamer != null && today.isAfter(kamer))) {
            // Once the Kamer's own deadline has passed, that is what is late; the internal one says nothing more.
            return Optional.empty();
        }
        if (today.isAfter(internal)) {
            return Optional.of(new Passing(Kind.INTERNAL_LATE, internal));
        }
        return today.plusDays(horizonDays).isBefore(internal) ? Optional.empty()
                : Optional.of(new Passing(Kind.INTERNAL_SOON, internal));
    }
}
