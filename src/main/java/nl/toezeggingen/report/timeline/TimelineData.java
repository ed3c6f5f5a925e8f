package nl.toezeggingen.report.timeline;

import java.time.LocalDate;
import java.util.List;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.deadline.Recess;

/** What a timeline shows: the commitments as tracked today, the recesses behind them, and today. */
public record TimelineData(List<TrackedCommitment> commitments, List<Recess> recesses, LocalDate today) {
    public TimelineData {
        commitments = List.copyOf(commitments);
        recesses = List.copyOf(recesses);
    }
}
