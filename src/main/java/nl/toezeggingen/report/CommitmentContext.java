package nl.toezeggingen.report;

import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.agenda.Event;

/**
 * What the faces show beside a commitment's own fields, from whoever holds the data (the app's
 * {@code Tracker#commitmentContext()}): the moment its deadline is tied to (a stored deadline keeps only the tie,
 * so the name and date come from the agenda), and what the rappel knows of it (issue 19).
 */
@FunctionalInterface
public interface CommitmentContext {

    /**
     * What the deadline itself knows, for a face without the agenda at hand: its id and (when the parser set it)
     * its name, no date.
     */
    CommitmentContext AS_STORED = commitment -> {
        Deadline d = commitment.deadline();
        if (!d.isEvent()) {
            return null;
        }
        Deadline.EventRef ref = d.event();
        return new Event(ref == null ? null : ref.id(), ref == null ? null : ref.name(), null, null, null, null, null,
                null, false);
    };

    /**
     * The agenda's event (with its id, name and date) or a shipped moment (no id: "Voorjaarsnota", with the date of
     * its rule); for a moment the agenda lacks, one without id or date named as the phrase names it. Null when the
     * deadline is not tied to a moment.
     */
    Event event(Commitment commitment);

    /** Its postponements and latest stand van zaken; none for a face without the data at hand. */
    default nl.toezeggingen.domain.rappel.RappelFacts rappel(Commitment commitment) {
        return nl.toezeggingen.domain.rappel.RappelFacts.NONE;
    }

    /** The day the piece must reach the minister (typed, or by the rule); null without one. */
    default java.time.LocalDate internalDeadline(Commitment commitment) {
        return null;
    }

    /**
     * Which other deadline is passing on the context's day, looking {@code horizonDays} ahead: the internal one, or
     * the one the Kamer counts on after a postponement it was not told of; empty for a face without the data.
     */
    default java.util.Optional<nl.toezeggingen.domain.rappel.Passing> passing(Commitment commitment, int horizonDays) {
        return java.util.Optional.empty();
    }
}
