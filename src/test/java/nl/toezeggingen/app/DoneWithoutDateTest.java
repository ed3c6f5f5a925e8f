package nl.toezeggingen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.overview.Overview;
import nl.toezeggingen.domain.overview.Row;
import nl.toezeggingen.domain.overview.Section;
import nl.toezeggingen.domain.overview.Scope;
import nl.toezeggingen.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Marking a commitment Afgedaan in the window stores no "Afgedaan op" unless one is typed: the overview
 * then dates it by the day the status was set (in the user's zone), and says that no document is named.
 * A real H2 folder, the status set through the tracker while a clock moves.
 */
class DoneWithoutDateTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** These overviews make no mail, so nothing is drawn. */
    private static final TimelineDrawing NOT_DRAWN = (data, width) -> {
        throw new AssertionError("no mail here");
    };

    @TempDir
    Path data;

    private final MovableClock clock = new MovableClock(Instant.parse("2025-06-02T08:00:00Z"), AMSTERDAM);

    @Test
    void markedDoneWithoutDateOrDocumentShowsUnderRecentlyDoneOnTheDayItWasMarked() {
        try (Tracker tracker = Tracker.open(data, clock)) {
            Commitment letter = tracker.save(commitment("SV-20", "Brief over meldpunten"));
            // 22:30 UTC on 7 July is 00:30 on 8 July in Amsterdam: the day the user saw on the wall.
            clock.set(Instant.parse("2025-07-07T22:30:00Z"));
            tracker.save(letter.toBuilder().status(Status.DONE).build());
            clock.set(Instant.parse("2025-07-10T09:00:00Z"));

            Overviews overviews = tracker.overviews(Messages.forLanguage("nl"), NOT_DRAWN);
            Overview overview = overviews.build(Scope.ALL, false);
            Row row = only(overview, Section.Kind.RECENTLY_DONE);
            assertThat(row.commitment().fulfilledOn()).isNull();
            assertThat(row.doneOn()).isEqualTo(LocalDate.of(2025, 7, 8));

            String text = text(overviews, overview, OverviewFormat.TEXT);
            assertThat(text).contains("Recent afgedaan (laatste 30 dagen) (1)")
                    .contains("8 juli 2025")
                    .contains("Afgedaan met: geen document vermeld");
            assertThat(text(overviews, overview, OverviewFormat.HTML))
                    .contains("Afgedaan op 8 juli 2025 (geen document vermeld)");
            assertThat(text(overviews, overview, OverviewFormat.CSV)).contains("2025-07-08;geen document vermeld");
            assertThat(text(overviews, overview, OverviewFormat.JSON)).contains("\"doneOn\" : \"2025-07-08\"");

            Overviews english = tracker.overviews(Messages.forLanguage("en"), NOT_DRAWN);
            assertThat(text(english, english.build(Scope.ALL, false), OverviewFormat.TEXT))
                    .contains("Done with: no document named");

            // Thirty days on it is no longer recent, as with a typed date.
            clock.set(Instant.parse("2025-08-08T09:00:00Z"));
            assertThat(rows(overviews.build(Scope.ALL, false), Section.Kind.RECENTLY_DONE)).isEmpty();
        }
    }

    @Test
    void theLatestMarkingCountsAndATypedDateOrDocumentWins() {
        try (Tracker tracker = Tracker.open(data, clock)) {
            Commitment reopened = tracker.save(commitment("SV-21", "Evaluatie"));
            Commitment typed = tracker.save(commitment("SV-22", "Kamerbrief voortgang"));
            Commitment partly = tracker.save(commitment("SV-23", "Eerste deel van de monitor"));
            tracker.save(reopened.toBuilder().status(Status.DONE).build());
            clock.set(Instant.parse("2025-07-01T09:00:00Z"));
            reopened = tracker.save(tracker.get(reopened.id()).commitment().toBuilder().status(Status.IN_PROGRESS)
                    .build());
            clock.set(Instant.parse("2025-07-03T09:00:00Z"));
            tracker.save(reopened.toBuilder().status(Status.DONE).build());
            tracker.save(typed.toBuilder().status(Status.DONE).fulfilledOn(LocalDate.of(2025, 6, 20))
                    .fulfilledBy("Kamerbrief 2025-0456").build());
            tracker.save(partly.toBuilder().status(Status.PARTLY_DONE).fulfilledBy("Monitor deel 1").build());
            clock.set(Instant.parse("2025-07-10T09:00:00Z"));

            Overviews overviews = tracker.overviews(Messages.forLanguage("nl"), NOT_DRAWN);
            Overview overview = overviews.build(Scope.ALL, false);
            assertThat(rows(overview, Section.Kind.RECENTLY_DONE))
                    .extracting(r -> r.commitment().reference(), Row::doneOn)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("SV-21", LocalDate.of(2025, 7, 3)),
                            org.assertj.core.groups.Tuple.tuple("SV-22", LocalDate.of(2025, 6, 20)));
            // Partly done stays under its deadline, dated and with its document.
            assertThat(only(overview, Section.Kind.ON_TRACK).doneOn()).isEqualTo(LocalDate.of(2025, 7, 3));
            String html = text(overviews, overview, OverviewFormat.HTML);
            assertThat(html).contains("Afgedaan op 3 juli 2025 (Monitor deel 1)")
                    .contains("Afgedaan op 20 juni 2025 (Kamerbrief 2025-0456)")
                    .contains("Afgedaan op 3 juli 2025 (geen document vermeld)");
        }
    }

    private static Commitment commitment(String reference, String title) {
        return Commitment.builder().reference(reference).title(title).status(Status.IN_PROGRESS)
                .deadline(new Deadline("eind 2025", null, null, false)).madeOn(LocalDate.of(2025, 5, 1)).build();
    }

    private static java.util.List<Row> rows(Overview overview, Section.Kind kind) {
        return overview.sections().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow().rows();
    }

    private static Row only(Overview overview, Section.Kind kind) {
        assertThat(rows(overview, kind)).as(kind.name()).hasSize(1);
        return rows(overview, kind).get(0);
    }

    private static String text(Overviews overviews, Overview overview, OverviewFormat format) {
        return new String(overviews.render(overview, format), StandardCharsets.UTF_8);
    }
}
