package nl.toezeggingen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.report.timeline.TimelineData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline shows a recurring commitment's coming occurrence and, as open marks, the ones after it. */
class TimelineSourceTest {
    @TempDir
    Path data;

    @Test
    void aRecurringCommitmentShowsItsLaterOccurrencesAndAOneOffNone() {
        try (Tracker tracker = Tracker.open(data, java.time.Clock.fixed(java.time.Instant.parse("2024-06-01T10:00:00Z"), ZoneOffset.UTC))) {
            long yearly = save(tracker, "Voortgangsbrief", "jaarlijks vóór het zomerreces");
            long quarterly = save(tracker, "Kwartaalcijfers", "elk kwartaal");
            long once = save(tracker, "Onderzoek", "voor de zomer van 2025");
            long periodic = save(tracker, "Overleg", "periodiek");

            TimelineData timeline = TimelineSource.of(tracker);

            assertThat(timeline.laterOccurrences().get(yearly))
                    .containsExactly(LocalDate.of(2025, 7, 3), LocalDate.of(2026, 7, 2));
            assertThat(timeline.laterOccurrences().get(quarterly))
                    .containsExactly(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 12, 1));
            assertThat(timeline.laterOccurrences()).doesNotContainKeys(once, periodic);
            assertThat(timeline.only(List.of()).laterOccurrences()).isEqualTo(timeline.laterOccurrences());
        }
    }

    private static long save(Tracker tracker, String title, String phrase) {
        return tracker.save(Commitment.builder().title(title).madeOn(LocalDate.of(2024, 3, 1))
                .deadline(new Deadline(phrase, null, null, false)).build()).id();
    }
}
