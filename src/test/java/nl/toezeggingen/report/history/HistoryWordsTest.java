package nl.toezeggingen.report.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Change;
import org.junit.jupiter.api.Test;

/** The stored history in the user's words; a fixed zone, so the machine's own zone never matters. */
class HistoryWordsTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    // 00:41 on 2 December in Amsterdam, still 1 December in UTC.
    private static final Instant EDITED = Instant.parse("2026-12-01T23:41:00Z");
    private static final Instant ADDED = Instant.parse("2024-06-07T08:15:00Z");

    private static HistoryWords words(String language, ZoneId zone) {
        Messages messages = Messages.forLanguage(language);
        return new HistoryWords(messages::get, messages.locale(), zone);
    }

    private static Change change(Instant at, String field, String before, String after) {
        return new Change(7, at, "jan", field, before, after);
    }

    private static List<String> texts(HistoryEntry entry) {
        return entry.lines().stream().map(HistoryEntry.Line::text).toList();
    }

    @Test
    void a_status_change_names_the_field_and_both_statuses_in_words() {
        HistoryEntry entry = words("nl", AMSTERDAM)
                .entries(List.of(change(EDITED, "status", "IN_PROGRESS", "DONE"))).get(0);

        assertThat(texts(entry)).containsExactly("Status: In uitvoering → Afgedaan");
        assertThat(entry.kind()).isEqualTo(HistoryEntry.Kind.CHANGED);
        assertThat(entry.movesDeadline()).isFalse();
        assertThat(words("en", AMSTERDAM).entries(List.of(change(EDITED, "status", "IN_PROGRESS", "DONE")))
                .get(0).lines().get(0).text()).isEqualTo("Status: In progress → Done");
    }

    @Test
    void a_moved_deadline_reads_as_a_move_between_two_dates() {
        List<Change> history = List.of(change(EDITED, "deadline.latest", "2024-09-02", "2024-12-19"));

        HistoryEntry.Line dutch = words("nl", AMSTERDAM).entries(history).get(0).lines().get(0);
        assertThat(dutch.deadlineMove()).isTrue();
        assertThat(dutch.text()).isEqualTo("Termijn verschoven van 2 sep. 2024 naar 19 dec. 2024");
        assertThat(dutch.field()).isEqualTo("Uiterlijk");
        assertThat(words("en", AMSTERDAM).entries(history).get(0).lines().get(0).text())
                .isEqualTo("Deadline moved from 2 Sept 2024 to 19 Dec 2024");
    }

    @Test
    void a_deadline_set_for_the_first_time_is_not_a_move() {
        HistoryEntry.Line line = words("nl", AMSTERDAM)
                .entries(List.of(change(EDITED, "deadline.latest", null, "2024-12-19"))).get(0).lines().get(0);
        assertThat(line.deadlineMove()).isFalse();
        assertThat(line.text()).isEqualTo("Uiterlijk: (leeg) → 19 dec. 2024");
    }

    @Test
    void an_added_commitment_is_an_entry_of_its_own_with_its_title() {
        List<HistoryEntry> entries = words("nl", AMSTERDAM).entries(List.of(
                change(ADDED, "created", null, "Kamer informeren over klachten"),
                change(ADDED, "owner", null, "Fatima")));

        assertThat(entries).hasSize(2);
        HistoryEntry added = entries.get(1);
        assertThat(added.kind()).isEqualTo(HistoryEntry.Kind.CREATED);
        assertThat(texts(added)).containsExactly("Toegevoegd: Kamer informeren over klachten");
        assertThat(added.heading()).isEqualTo("7 juni 2024 10:15 · jan");
        assertThat(words("en", AMSTERDAM).entries(List.of(change(ADDED, "created", null, "Inform"))).get(0)
                .lines().get(0).text()).isEqualTo("Added: Inform");
    }

    @Test
    void the_time_is_local_time_in_the_zone_given() {
        List<Change> history = List.of(change(EDITED, "owner", "Fatima", "Jeroen"));

        assertThat(words("nl", AMSTERDAM).entries(history).get(0).when()).isEqualTo("2 december 2026 00:41");
        assertThat(words("nl", ZoneOffset.UTC).entries(history).get(0).when()).isEqualTo("1 december 2026 23:41");
        assertThat(words("en", AMSTERDAM).entries(history).get(0).when()).isEqualTo("2 December 2026 00:41");
    }

    @Test
    void one_save_is_one_entry_the_move_first_and_the_newest_save_on_top() {
        Instant later = EDITED.plusSeconds(3600);
        List<HistoryEntry> entries = words("nl", AMSTERDAM).entries(List.of(
                change(ADDED, "created", null, "Brief"),
                change(EDITED, "status", "OPEN", "PARTLY_DONE"),
                change(EDITED, "deadline.phrase", "voor de zomer van 2024", "eind 2024"),
                change(EDITED, "deadline.latest", "2024-07-04", "2024-12-31"),
                change(EDITED, "deadline.estimated", "true", "false"),
                change(EDITED, "fulfilledOn", null, "2024-09-02"),
                change(later, "notes", "eerste\nregel", null)));

        assertThat(entries).extracting(HistoryEntry::at).containsExactly(later, EDITED, ADDED);
        assertThat(texts(entries.get(0))).containsExactly("Notities: eerste regel → (leeg)");
        HistoryEntry save = entries.get(1);
        assertThat(save.movesDeadline()).isTrue();
        assertThat(texts(save)).containsExactly(
                "Termijn verschoven van 4 jul. 2024 naar 31 dec. 2024",
                "Status: Openstaand → Deels afgedaan",
                "Termijn: voor de zomer van 2024 → eind 2024",
                "Schatting: geschat → niet geschat",
                "Afgedaan op: (leeg) → 2 sep. 2024");
    }

    @Test
    void on_a_replayed_day_every_save_has_the_same_instant_so_a_field_seen_again_starts_the_next_save() {
        List<HistoryEntry> entries = words("nl", AMSTERDAM).entries(List.of(
                change(EDITED, "owner", "Fatima", "Jeroen"),
                change(EDITED, "owner", "Jeroen", "Anna")));

        assertThat(entries).hasSize(2);
        assertThat(texts(entries.get(0))).containsExactly("Eigenaar: Jeroen → Anna");
    }

    @Test
    void other_values_are_in_words_too_and_an_unknown_field_is_shown_as_stored() {
        List<HistoryEntry> entries = words("en", AMSTERDAM).entries(List.of(
                change(EDITED, "deadline.recurrence", null, "yearly"),
                change(EDITED, "dependsOn", "6", null),
                change(EDITED, "status", "ON_HOLD", "OPEN"),
                change(EDITED, "postponement", "a", "b")));

        assertThat(texts(entries.get(0))).containsExactly("Recurring: (empty) → yearly", "Depends on: no. 6 → (empty)",
                "Status: ON_HOLD → Open", "postponement: a → b");
    }

    @Test
    void a_line_can_be_cut_to_fit_a_terminal_and_nobody_known_leaves_only_the_time() {
        HistoryEntry entry = words("nl", AMSTERDAM).entries(List.of(
                new Change(7, EDITED, null, "title", "Een heel lange titel van een toezegging", "Kort"))).get(0);

        assertThat(entry.lines().get(0).text(10)).isEqualTo("Titel: Een heel … → Kort");
        assertThat(entry.heading()).isEqualTo("2 december 2026 00:41");
    }

    @Test
    void moving_to_the_bin_and_putting_back_are_entries_of_their_own_in_words() {
        Instant restored = EDITED.plusSeconds(3600);
        List<HistoryEntry> entries = words("nl", AMSTERDAM).entries(List.of(
                change(ADDED, "created", null, "Brief"),
                change(EDITED, "deleted", "Brief", null),
                change(restored, "restored", null, "Brief")));

        assertThat(entries).extracting(HistoryEntry::kind).containsExactly(HistoryEntry.Kind.RESTORED,
                HistoryEntry.Kind.DELETED, HistoryEntry.Kind.CREATED);
        assertThat(texts(entries.get(0))).containsExactly("Teruggezet uit de prullenbak: Brief");
        assertThat(texts(entries.get(1))).containsExactly("Verwijderd: Brief");
        assertThat(words("en", AMSTERDAM).entries(List.of(change(restored, "restored", null, "Brief"))).get(0)
                .lines().get(0).text()).isEqualTo("Restored from the bin: Brief");
        // On a replayed day a delete and its undo share an instant: still two entries.
        assertThat(words("nl", AMSTERDAM).entries(List.of(change(EDITED, "deleted", "Brief", null),
                change(EDITED, "restored", null, "Brief")))).hasSize(2);
    }

    @Test
    void a_moment_reads_as_in_the_history() {
        assertThat(words("nl", AMSTERDAM).when(EDITED)).isEqualTo("2 december 2026 00:41");
    }
}
