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
 * drawn as marks on the axis, and per open commitment (by id) its internal deadline, the day the piece must reach
 * the minister, drawn as a tick before its deadline.
 */
public record TimelineData(List<TrackedCommitment> commitments, List<Recess> recesses, LocalDate today,
                           Map<Long, List<LocalDate>> laterOccurrences, List<Event> events,
                           Map<Long, LocalDate> internalDeadlines) {
    public TimelineData {
        commitments = List.copyOf(commitments);
        recesses = List.copyOf(recesses);
        laterOccurrences = Map.copyOf(laterOccurrences);
        events = List.copyOf(events);
        internalDeadlines = Map.copyOf(internalDeadlines);
    }

    public TimelineData(List<TrackedCommitment> commitments, List<Recess> recesses, LocalDate today,
                        Map<Long, List<LocalDate>> laterOccurrences, List<Event> events) {
        this(commitments, recesses, today, laterOccurrences, events, Map.of());
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
        return new TimelineData(shown, recesses, today, laterOccurrences, events, internalDeadlines);
    }
}
