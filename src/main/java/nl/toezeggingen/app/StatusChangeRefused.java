package nl.toezeggingen.app;

import java.util.List;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Problem;

/** A status change for several commitments refused for one of them: nothing was changed; this one says why. */
public final class StatusChangeRefused extends RuntimeException {
    private final transient Commitment commitment;
    private final transient List<Problem> problems;

    public StatusChangeRefused(Commitment commitment, List<Problem> problems) {
        super("status change refused for commitment " + commitment.id());
        this.commitment = commitment;
        this.problems = List.copyOf(problems);
    }

    public Commitment commitment() {
        return commitment;
    }

    public List<Problem> problems() {
        return problems;
    }
}
