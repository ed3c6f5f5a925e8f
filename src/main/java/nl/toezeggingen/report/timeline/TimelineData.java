package nl.toezeggingen.report.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.deadline.Recess;

/**
 * What a timeline shows: the commitments as tracked today, the recesses behind them, today, for a
 * recurring commitment the occurrences after the coming one (by id), drawn as open marks on its row, and the
 * agenda's moments ({@code events}: the user's debates and letters, the shipped moments that have a fixed day),
 * drawn as marks on the axis.
 */
public record TimelineData(List<TrackedCommitment> commitments, List<Recess> recesses, LocalDate today,
                           Map<Long, List<LocalDate>> laterOccurrences, List<Event> events) {
    public TimelineData {
        commitments = List.copyOf(commitments);
        recesses = List.copyOf(recesses);
        laterOccurrences = Map.copyOf(laterOccurrences);
        events = List.copyOf(events);
    }

    public TimelineData(List<TrackedCommitment> commitments, List<Recess> recesses, LocalDate today,
                        Map<Long, List<LocalDate>> laterOccurrences) {
        this(commitments, recesses, today, laterOccurrences, List.of());
    }

    public TimelineData(List<TrackedCommitment> commitments, List<Recess> recesses, LocalDate today) {
        this(commitments, recesses, today, Map.of());
    }

    /** The same occurrences, calendar and agenda for fewer commitments (a filter). */
    public TimelineData only(List<TrackedCommitment> shown) {
        return new TimelineData(shown, recesses, today, laterOccurrences, events);
    }
}
