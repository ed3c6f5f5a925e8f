package nl.toezeggingen.app;

import java.time.LocalDate;
import java.util.Map;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.rappel.InternalDeadline;
import nl.toezeggingen.domain.rappel.RappelFacts;
import nl.toezeggingen.report.CommitmentContext;

/**
 * What the faces show beside the commitments of one rendering, read once: their moments ({@link EventTies}) and
 * their rappel facts (postponements, latest stand van zaken), and the internal deadline by the house rule.
 */
final class RegisterContext implements CommitmentContext {
    private final EventTies events;
    private final Map<Long, RappelFacts> facts;
    private final int workingDays;

    RegisterContext(EventTies events, Map<Long, RappelFacts> facts, int workingDays) {
        this.events = events;
        this.facts = facts;
        this.workingDays = workingDays;
    }

    @Override
    public Event event(Commitment commitment) {
        return events.event(commitment);
    }

    @Override
    public RappelFacts rappel(Commitment commitment) {
        return commitment.id() == null ? RappelFacts.NONE : facts.getOrDefault(commitment.id(), RappelFacts.NONE);
    }

    /** Only while it is open: a piece for a closed commitment is not due at the minister's any more. */
    @Override
    public LocalDate internalDeadline(Commitment commitment) {
        return commitment.status().isClosed() ? null : InternalDeadline.before(commitment.deadline().latest(), workingDays);
    }
}
