package nl.toezeggingen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.agenda.EventKind;
import nl.toezeggingen.domain.agenda.EventStatus;
import nl.toezeggingen.domain.deadline.Certainty;
import nl.toezeggingen.domain.deadline.Recess;
import nl.toezeggingen.domain.deadline.RecessKind;
import nl.toezeggingen.domain.deadline.RecessRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, point 3: a recess corrected in the calendar window moves what rests on it, shown first. */
class RecessesTest {
    private static final Clock JANUARY = Clock.fixed(Instant.parse("2025-01-10T09:00:00Z"), ZoneOffset.UTC);
    private static final RecessRow SET_BY_THE_KAMER = new RecessRow(new Recess(RecessKind.ZOMERRECES,
            LocalDate.of(2025, 7, 11), LocalDate.of(2025, 9, 8), Certainty.OFFICIAL), "recespagina");

    @TempDir
    Path data;

    private static Commitment save(Tracker tracker, String title, String phrase) {
        return tracker.save(Commitment.builder().title(title).madeOn(LocalDate.of(2025, 1, 5))
                .deadline(new Deadline(phrase, null, null, false)).build());
    }

    @Test
    void a_preview_names_the_moves_and_writes_nothing_then_the_correction_makes_them() throws Exception {
        try (Tracker tracker = Tracker.open(data, JANUARY)) {
            Commitment summer = save(tracker, "Zomerbrief", "voor de zomer van 2025");
            Commitment christmas = save(tracker, "Kerstbrief", "voor het kerstreces van 2025");

            var preview = tracker.recesses().preview(SET_BY_THE_KAMER);
            assertThat(preview).singleElement().satisfies(move -> {
                assertThat(move.commitment().id()).isEqualTo(summer.id());
                assertThat(move.from().latest()).isEqualTo(LocalDate.of(2025, 7, 3));
                assertThat(move.to().latest()).isEqualTo(LocalDate.of(2025, 7, 10));
                assertThat(move.to().estimated()).isFalse();
            });
            assertThat(data.resolve("kalender.csv")).doesNotExist();
            assertThat(tracker.find(summer.id()).orElseThrow().commitment().deadline().latest())
                    .isEqualTo(LocalDate.of(2025, 7, 3));

            assertThat(tracker.recesses().correct(SET_BY_THE_KAMER)).hasSize(1);
            assertThat(tracker.find(summer.id()).orElseThrow().commitment().deadline().latest())
                    .isEqualTo(LocalDate.of(2025, 7, 10));
            assertThat(tracker.find(christmas.id()).orElseThrow().commitment().deadline())
                    .isEqualTo(christmas.deadline());
            assertThat(tracker.recesses().list()).filteredOn(Recesses.Row::own).singleElement()
                    .satisfies(row -> assertThat(row.row()).isEqualTo(SET_BY_THE_KAMER));
            // A phrase read from now on uses the correction too.
            assertThat(save(tracker, "Nog een", "voor de zomer van 2025").deadline().latest())
                    .isEqualTo(LocalDate.of(2025, 7, 10));
        }
        // So does a new session, and `resolve` (which reads the file without the database).
        assertThat(Deadlines.load(data).resolve("voor de zomer van 2025", null).deadline().latest())
                .isEqualTo(LocalDate.of(2025, 7, 10));
    }

    @Test
    void reverting_a_correction_gives_the_shipped_row_back_and_the_users_notes_stay_in_the_file() throws Exception {
        Files.writeString(data.resolve("kalender.csv"), """
                # Mijn aantekening: gecontroleerd bij Griffie, 3 januari
                kerstreces,2025-12-19,2026-01-12,officieel,Griffie
                """);
        try (Tracker tracker = Tracker.open(data, JANUARY)) {
            Commitment summer = save(tracker, "Zomerbrief", "voor de zomer van 2025");
            tracker.recesses().correct(SET_BY_THE_KAMER);
            String file = Files.readString(data.resolve("kalender.csv"));
            assertThat(file).contains("# Mijn aantekening: gecontroleerd bij Griffie, 3 januari",
                    "kerstreces,2025-12-19,2026-01-12,officieel,Griffie", "zomerreces,2025-07-11,2025-09-08,officieel,recespagina");

            assertThat(tracker.recesses().previewRevert(RecessKind.ZOMERRECES, 2025)).hasSize(1);
            tracker.recesses().revert(RecessKind.ZOMERRECES, 2025);
            assertThat(tracker.find(summer.id()).orElseThrow().commitment().deadline().latest())
                    .isEqualTo(LocalDate.of(2025, 7, 3));
            assertThat(Files.readString(data.resolve("kalender.csv"))).doesNotContain("zomerreces")
                    .contains("kerstreces,2025-12-19", "# Mijn aantekening");
        }
    }

    @Test
    void confirming_a_debate_is_previewed_then_makes_its_deadlines_no_longer_estimated() {
        try (Tracker tracker = Tracker.open(data, JANUARY)) {
            Event debate = tracker.events().add(Event.on("Commissiedebat sociale veiligheid", EventKind.DEBATE,
                    LocalDate.of(2025, 3, 12), EventStatus.UNCONFIRMED)).event();
            Commitment tied = save(tracker, "Brief over meldpunten", "voor het commissiedebat sociale veiligheid");
            assertThat(tied.deadline().estimated()).isTrue();

            Event confirmed = new Event(debate.id(), debate.name(), debate.kind(), debate.earliest(), debate.latest(),
                    EventStatus.OFFICIAL, null, "agenda commissie OCW", false);
            assertThat(tracker.events().preview(confirmed)).singleElement()
                    .satisfies(move -> assertThat(move.to().estimated()).isFalse());
            assertThat(tracker.events().find(debate.id()).status()).as("a preview writes nothing")
                    .isEqualTo(EventStatus.UNCONFIRMED);

            tracker.events().change(confirmed);
            Deadline now = tracker.find(tied.id()).orElseThrow().commitment().deadline();
            assertThat(now.estimated()).isFalse();
            assertThat(now.latest()).isEqualTo(LocalDate.of(2025, 3, 11));
            assertThat(tracker.events().find(debate.id()).source()).isEqualTo("agenda commissie OCW");
        }
    }
}
