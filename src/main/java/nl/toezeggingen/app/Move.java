package nl.toezeggingen.app;

import java.util.Objects;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;

/**
 * A deadline that a change of the calendar or the agenda moves without anyone editing it: the commitment as it
 * is stored and the deadline it gets. Shown before the change is confirmed, and saved with it.
 */
public record Move(Commitment commitment, Deadline to) {
    public Move {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(to, "to");
    }

    public Deadline from() {
        return commitment.deadline();
    }

    /** The commitment as it is after the move. */
    public Commitment moved() {
        return commitment.toBuilder().deadline(to).build();
    }

    /** Whether the deadline really changes: its dates, estimate or tie (not a name's spelling). */
    boolean changes() {
        Deadline from = from();
        return !Objects.equals(from.earliest(), to.earliest()) || !Objects.equals(from.latest(), to.latest())
                || from.estimated() != to.estimated() || from.kind() != to.kind()
                || !Objects.equals(tiedTo(from), tiedTo(to));
    }

    private static Long tiedTo(Deadline deadline) {
        return deadline.event() == null ? null : deadline.event().id();
    }
}
