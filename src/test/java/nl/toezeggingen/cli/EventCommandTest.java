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
    void a_deadline_naming_a_debate_waits_is_tied_when_the_debate_is_added_and_moves_with_it() throws Exception {
        assertThat(run("--today", "2025-02-01", "add", "--title", "Brief over meldpunten",
                "--deadline", "voor het commissiedebat sociale veiligheid", "--made-on", "2025-01-10").exit).isZero();
        JsonNode waiting = new ObjectMapper().readTree(run("list", "--format", "json").out).get(0).get("deadline");
        assertThat(waiting.get("latest").isNull()).as("waits for the debate's date").isTrue();

        String id = run("--today", "2025-02-01", "event", "add", "--name", "Commissiedebat sociale veiligheid",
                "--date", "2025-03-12", "--kind", "debate").out.strip();
        assertThat(new ObjectMapper().readTree(run("list", "--format", "json").out).get(0).get("deadline")
                .get("latest").asText()).as("the day before the debate").isEqualTo("2025-03-11");

        // Another commitment waits for a moment the agenda does not have: moving the debate leaves it be.
        assertThat(run("--today", "2025-02-01", "add", "--title", "Reactie op de evaluatie",
                "--deadline", "bij de volgende evaluatie van de wet", "--made-on", "2025-01-10").exit).isZero();

        CliRun moved = run("--today", "2025-02-01", "event", "move", id, "--date", "2025-04-02");
        assertThat(moved.exit).as(moved.toString()).isZero();
        assertThat(moved.out).contains("Termijn verschoven: 1 Brief over meldpunten, nu uiterlijk 1 april 2025.")
                .doesNotContain("Reactie op de evaluatie");
        assertThat(run("show", "2").out).doesNotContain("verplaatst");
        assertThat(new ObjectMapper().readTree(run("list", "--format", "json").out).get(0).get("deadline")
                .get("latest").asText()).isEqualTo("2025-04-01");
        assertThat(run("show", "1").out).contains("Termijn verschoven van 11 mrt. 2025 naar 1 apr. 2025, doordat"
                + " 'Commissiedebat sociale veiligheid' is verplaatst naar 2 april 2025");
    }

    @Test
    void resolve_reads_event_phrases_against_the_agenda_without_creating_data() throws Exception {
        CliRun before = run("resolve", "voor het commissiedebat hoger onderwijs", "--made-on", "2025-01-10");
        assertThat(before.exit).as(before.toString()).isZero();
        assertThat(before.out).startsWith("wacht op datum");
        assertThat(Files.exists(data.resolve("toezeggingen.mv.db"))).as("resolve creates no data").isFalse();

        run("event", "add", "--name", "Commissiedebat hoger onderwijs", "--date", "2025-03-12", "--status", "officieel");
        JsonNode json = new ObjectMapper().readTree(run("resolve", "voor het commissiedebat hoger onderwijs",
                "--made-on", "2025-01-10", "--format", "json").out);
        assertThat(json.get("kind").asText()).isEqualTo("event");
        assertThat(json.get("latest").asText()).isEqualTo("2025-03-11");
        assertThat(json.get("event").get("name").asText()).isEqualTo("Commissiedebat hoger onderwijs");
        assertThat(json.get("event").get("date").asText()).isEqualTo("2025-03-12");
        assertThat(json.get("event").get("id").asLong()).isPositive();
    }

    @Test
    void dates_typed_by_hand_stay_when_the_debate_moves() throws Exception {
        String id = run("event", "add", "--name", "Notaoverleg", "--date", "2025-05-20").out.strip();
        assertThat(run("--today", "2025-02-01", "add", "--title", "Brief", "--deadline", "voor het notaoverleg",
                "--made-on", "2025-01-10", "--latest", "2025-04-30").exit).isZero();
        CliRun moved = run("--today", "2025-02-01", "event", "move", id, "--date", "2025-06-10");
        assertThat(moved.out).contains("geen termijn verschoven");
        assertThat(new ObjectMapper().readTree(run("list", "--format", "json").out).get(0).get("deadline")
                .get("latest").asText()).isEqualTo("2025-04-30");
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
        assertThat(run("--today", "2025-02-01", "add", "--title", "Brief voor het notaoverleg",
                "--deadline", "voor het notaoverleg", "--made-on", "2025-01-10").exit).isZero();

        assertRefused(run("event", "remove", id), "nog 1 termijn vast");
        assertThat(run("events").out).contains("Notaoverleg");
        CliRun untied = run("event", "remove", id, "--untie");
        assertThat(untied.exit).as(untied.toString()).isZero();
        assertThat(run("events").out).contains("nog geen momenten");
        // Untied, it keeps its phrase and dates.
        JsonNode deadline = new ObjectMapper().readTree(run("list", "--format", "json").out).get(0).get("deadline");
        assertThat(deadline.get("phrase").asText()).isEqualTo("voor het notaoverleg");
        assertThat(deadline.get("latest").asText()).isEqualTo("2025-05-19");
    }

    private void assertRefused(CliRun run, String says) {
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).as(run.toString()).contains(says).doesNotContain("Exception", "\tat ");
        assertThat(run.out).isEmpty();
    }

    @Test
    void resolve_reads_the_agendas_copy_while_another_program_holds_the_data() throws Exception {
        String id = run("event", "add", "--name", "Commissiedebat sociale veiligheid", "--date", "2025-03-12",
                "--kind", "debate").out.strip();
        assertThat(data.resolve("agenda.json")).exists();
        try (nl.toezeggingen.store.LockHolder holder = nl.toezeggingen.store.LockHolder.start(data)) {
            CliRun resolved = run("resolve", "voor het commissiedebat sociale veiligheid", "--format", "json");
            assertThat(resolved.exit).as(resolved.toString()).isZero();
            JsonNode json = new ObjectMapper().readTree(resolved.out);
            assertThat(json.get("latest").asText()).isEqualTo("2025-03-11");
            assertThat(json.get("event").get("id").asText()).isEqualTo(id);
            assertThat(resolved.err).doesNotContain("kon niet worden gelezen");
        }
        // Without the copy, the same phrase waits and says why.
        Files.delete(data.resolve("agenda.json"));
        try (nl.toezeggingen.store.LockHolder holder = nl.toezeggingen.store.LockHolder.start(data)) {
            CliRun resolved = run("resolve", "voor het commissiedebat sociale veiligheid");
            assertThat(resolved.out).contains("wacht op datum");
            assertThat(resolved.err).contains("de vergaderkalender kon niet worden gelezen");
        }
        assertThat(run("resolve", "voor het commissiedebat sociale veiligheid").out).contains("2025-03-11");
        assertThat(data.resolve("agenda.json")).as("the copy is made again when the agenda is read").exists();
    }
}
