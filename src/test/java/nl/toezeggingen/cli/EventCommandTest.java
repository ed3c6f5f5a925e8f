package nl.toezeggingen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, point 4: the agenda on the command line, on a real data folder, run as commands. */
class EventCommandTest {
    @TempDir
    Path data;

    private CliRun run(String... args) {
        return CliRun.run(data, args);
    }

    @Test
    void an_event_added_is_listed_moved_and_removed() throws Exception {
        CliRun added = run("event", "add", "--name", "Commissiedebat hoger onderwijs", "--date", "2025-03-12",
                "--kind", "debate", "--dossier", "Hoger onderwijs");
        assertThat(added.exit).as(added.toString()).isZero();
        String id = added.out.strip();
        assertThat(id).matches("\\d+");

        CliRun waiting = run("event", "add", "--name", "Voortgangsbrief sociale veiligheid", "--kind", "letter");
        assertThat(waiting.exit).as(waiting.toString()).isZero();

        CliRun text = run("events");
        assertThat(text.out).contains("12 mrt. 2025", "Commissiedebat hoger onderwijs (debat, onbevestigd; Hoger onderwijs)")
                .contains("zonder datum", "Voortgangsbrief sociale veiligheid (brief, onbevestigd)");
        JsonNode json = new ObjectMapper().readTree(run("events", "--format", "json").out);
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("id").asText()).isEqualTo(id);
        assertThat(json.get(0).get("name").asText()).isEqualTo("Commissiedebat hoger onderwijs");
        assertThat(json.get(0).get("kind").asText()).isEqualTo("debate");
        assertThat(json.get(0).get("date").asText()).isEqualTo("2025-03-12");
        assertThat(json.get(0).get("status").asText()).isEqualTo("onbevestigd");
        assertThat(json.get(0).get("dossier").asText()).isEqualTo("Hoger onderwijs");
        assertThat(json.get(1).get("date").isNull()).isTrue();

        CliRun moved = run("event", "move", id, "--date", "2025-04-02");
        assertThat(moved.exit).as(moved.toString()).isZero();
        assertThat(moved.out).contains("staat nu op 2 april 2025");
        assertThat(new ObjectMapper().readTree(run("events", "--format", "json").out).get(0).get("date").asText())
                .isEqualTo("2025-04-02");

        CliRun removed = run("event", "remove", id);
        assertThat(removed.exit).as(removed.toString()).isZero();
        assertThat(new ObjectMapper().readTree(run("events", "--format", "json").out)).hasSize(1);
    }

    @Test
    void bad_input_is_one_sentence_exit_2_and_nothing_written() throws Exception {
        assertRefused(run("event", "add", "--date", "2025-03-12"), "Geef het moment een naam");
        assertRefused(run("event", "add", "--name", "Debat", "--date", "31-2-2025"), "31-2-2025");
        assertRefused(run("event", "add", "--name", "Debat", "--kind", "feest"), "Onbekende soort 'feest'");
        assertRefused(run("event", "move", "9", "--date", "2025-03-12"), "geen moment met nummer 9");
        assertRefused(run("event", "move", "x", "--date", "2025-03-12"), "'x'");
        assertRefused(run("event", "remove", "9"), "geen moment met nummer 9");
        assertThat(run("events").out).contains("nog geen momenten");
    }

    @Test
    void an_event_that_deadlines_rest_on_is_not_removed_without_untie() throws Exception {
        String id = run("event", "add", "--name", "Notaoverleg", "--date", "2025-05-20").out.strip();
        assertThat(run("add", "--title", "Brief voor het notaoverleg").exit).isZero();
        // The tie as the store keeps it; tying from a phrase comes with the deadline language's event words.
        tie(id);

        assertRefused(run("event", "remove", id), "nog 1 termijn vast");
        assertThat(run("events").out).contains("Notaoverleg");
        CliRun untied = run("event", "remove", id, "--untie");
        assertThat(untied.exit).as(untied.toString()).isZero();
        assertThat(run("events").out).contains("nog geen momenten");
        assertThat(run("list").out).contains("Brief voor het notaoverleg");
    }

    private void tie(String eventId) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:h2:file:" + data.resolve("toezeggingen"));
             var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE commitment SET deadline_event_id = " + eventId);
        }
    }

    private void assertRefused(CliRun run, String says) {
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).as(run.toString()).contains(says).doesNotContain("Exception", "\tat ");
        assertThat(run.out).isEmpty();
    }
}
