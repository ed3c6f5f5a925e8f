package nl.toezeggingen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.agenda.EventKind;
import nl.toezeggingen.domain.agenda.EventStatus;
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

    /** Issue 18: the user's moments with a date, and of the shipped ones those the law gives a day, once a day. */
    @Test
    void theTimelineHasTheAgendasMomentsWithADateAndTheFixedDaysOfTheYearsInView() {
        try (Tracker tracker = Tracker.open(data, java.time.Clock.fixed(java.time.Instant.parse("2025-02-10T10:00:00Z"), ZoneOffset.UTC))) {
            tracker.events().add(Event.on("Commissiedebat sociale veiligheid", EventKind.DEBATE,
                    LocalDate.of(2025, 3, 12), EventStatus.UNCONFIRMED));
            tracker.events().add(Event.on("Commissiedebat hoger onderwijs", EventKind.DEBATE, null, null));
            // The user's own Voorjaarsnota, on its real day: drawn, though the rule's last day is not.
            tracker.events().add(Event.on("Voorjaarsnota", EventKind.BUDGET_MOMENT, LocalDate.of(2025, 4, 15),
                    EventStatus.OFFICIAL));

            TimelineData timeline = TimelineSource.of(tracker);

            assertThat(timeline.events()).filteredOn(e -> !e.rule()).extracting(Event::name)
                    .containsExactly("Commissiedebat sociale veiligheid", "Voorjaarsnota");
            // Today's year and the years either side; the Miljoenennota shares Prinsjesdag's day and line.
            assertThat(timeline.events()).filteredOn(Event::rule).extracting(e -> e.name() + " " + e.latest())
                    .containsExactlyInAnyOrder("Prinsjesdag 2024-09-17", "Verantwoordingsdag 2024-05-15",
                            "Prinsjesdag 2025-09-16", "Verantwoordingsdag 2025-05-21",
                            "Prinsjesdag 2026-09-15", "Verantwoordingsdag 2026-05-20");
            assertThat(timeline.only(List.of()).events()).isEqualTo(timeline.events());

            long moved = tracker.events().list().get(0).id();
            tracker.events().move(moved, LocalDate.of(2025, 4, 2));
            assertThat(TimelineSource.of(tracker).events()).extracting(Event::latest).contains(LocalDate.of(2025, 4, 2))
                    .doesNotContain(LocalDate.of(2025, 3, 12));
        }
    }

    private static long save(Tracker tracker, String title, String phrase) {
        return tracker.save(Commitment.builder().title(title).madeOn(LocalDate.of(2024, 3, 1))
                .deadline(new Deadline(phrase, null, null, false)).build()).id();
    }
}
