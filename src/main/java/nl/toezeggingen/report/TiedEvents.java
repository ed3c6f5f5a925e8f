package nl.toezeggingen.report;

import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.agenda.Event;

/**
 * The moment a commitment's deadline is tied to, as the faces show it. A stored deadline keeps only the tie (the
 * event's id, or nothing while the agenda lacks the moment), so its name and date come from whoever holds the
 * agenda: the app's {@code Tracker#tiedEvents()}.
 */
@FunctionalInterface
public interface TiedEvents {

    /**
     * What the deadline itself knows, for a face without the agenda at hand: its id and (when the parser set it)
     * its name, no date.
     */
    TiedEvents AS_STORED = commitment -> {
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
    Event of(Commitment commitment);
}
