package nl.toezeggingen.app;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.rappel.InternalRule;
import nl.toezeggingen.domain.rappel.Passing;
import nl.toezeggingen.domain.rappel.RappelFacts;
import nl.toezeggingen.report.CommitmentContext;

/**
 * What the faces show beside the commitments of one rendering, read once: their moments ({@link EventTies}),
 * their rappel facts (postponements, latest stand van zaken) and their internal deadlines (typed, or by the rule
 * of their dossier), all as of one day.
 */
final class RegisterContext implements CommitmentContext {
    private final EventTies events;
    private final Map<Long, RappelFacts> facts;
    private final InternalRule rule;
    private final Map<Long, LocalDate> typed;
    private final LocalDate today;

    RegisterContext(EventTies events, Map<Long, RappelFacts> facts, InternalRule rule, Map<Long, LocalDate> typed,
            LocalDate today) {
        this.events = events;
        this.facts = facts;
        this.rule = rule;
        this.typed = typed;
        this.today = today;
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
        return rule.internalDeadline(commitment, commitment.id() == null ? null : typed.get(commitment.id()));
    }

    @Override
    public Optional<Passing> passing(Commitment commitment, int horizonDays) {
        return Passing.of(commitment, internalDeadline(commitment), rappel(commitment).kamerKnows(), today, horizonDays);
    }
}
