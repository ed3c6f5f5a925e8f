package nl.toezeggingen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.toezeggingen.app.LaunchOptions;
import nl.toezeggingen.app.Tracker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, point 6 on the command line: a commitment's JSON names the moment its deadline is tied to
 * ({@code deadline.event}), without changing a key that was there; `show` and `list` show the moment's date or
 * what the deadline waits for. On a real data folder, run as commands.
 */
class EventDeadlineFacesTest {
    @TempDir
    Path data;

    private String debate;

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--today", "2025-02-01"));
        all.addAll(List.of(args));
        CliRun run = CliRun.run(data, all.toArray(String[]::new));
        assertThat(run.exit).as(run.toString()).isIn(0, 1);
        return run;
    }

    @BeforeEach
    void aDebateAndThreeCommitments() {
        debate = run("event", "add", "--name", "Commissiedebat hoger onderwijs", "--date", "2025-03-12",
                "--kind", "debate", "--status", "officieel").out.strip();
        run("add", "--title", "Brief over de voortgang", "--deadline", "voor het commissiedebat hoger onderwijs",
                "--made-on", "2025-01-10");
        run("add", "--title", "Brief over meldpunten", "--deadline", "voor het commissiedebat sociale veiligheid",
                "--made-on", "2025-01-10");
        run("add", "--title", "Wetsvoorstel indienen", "--deadline", "voor de zomer van 2025", "--made-on", "2025-01-10");
    }

    private JsonNode list() throws Exception {
        return new ObjectMapper().readTree(run("list", "--format", "json").out);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void jsonGainsTheEventAfterTheKeysThatWereThere() throws Exception {
        JsonNode json = list();
        for (JsonNode commitment : json) {
            assertThat(keys(commitment.get("deadline")))
                    .containsExactly("phrase", "earliest", "latest", "estimated", "kind", "recurrence", "event");
        }

        JsonNode tied = json.get(0).get("deadline");
        assertThat(tied.get("phrase").asText()).isEqualTo("voor het commissiedebat hoger onderwijs");
        assertThat(tied.get("latest").asText()).isEqualTo("2025-03-11");
        assertThat(tied.get("earliest").isNull()).isTrue();
        assertThat(tied.get("estimated").asBoolean()).isFalse();
        assertThat(tied.get("kind").asText()).isEqualTo("event");
        assertThat(tied.get("recurrence").isNull()).isTrue();
        assertThat(keys(tied.get("event"))).containsExactly("id", "name", "date");
        assertThat(tied.get("event").get("id").asText()).isEqualTo(debate);
        assertThat(tied.get("event").get("name").asText()).isEqualTo("Commissiedebat hoger onderwijs");
        assertThat(tied.get("event").get("date").asText()).isEqualTo("2025-03-12");

        // Waiting: the dates null as for any deadline without them, the moment named as the phrase names it.
        JsonNode waiting = json.get(1).get("deadline");
        assertThat(waiting.get("earliest").isNull()).isTrue();
        assertThat(waiting.get("latest").isNull()).isTrue();
        assertThat(waiting.get("estimated").asBoolean()).isFalse();
        assertThat(waiting.get("kind").asText()).isEqualTo("event");
        assertThat(waiting.get("event").get("id").isNull()).isTrue();
        assertThat(waiting.get("event").get("name").asText()).isEqualTo("commissiedebat sociale veiligheid");
        assertThat(waiting.get("event").get("date").isNull()).isTrue();
        assertThat(json.get(1).get("urgency").asText()).isEqualTo("NO_DEADLINE");

        JsonNode plain = json.get(2).get("deadline");
        assertThat(plain.get("kind").asText()).isEqualTo("date");
        assertThat(plain.get("event").isNull()).isTrue();
    }

    @Test
    void jsonFollowsTheAgendaAndTheDeletedListAndOverdueNameTheMomentToo() throws Exception {
        run("event", "move", debate, "--date", "2025-04-02");
        assertThat(list().get(0).at("/deadline/event/date").asText()).isEqualTo("2025-04-02");

        // A week before the moved deadline (1 April): due soon, and the overdue list names its moment.
        JsonNode due = new ObjectMapper().readTree(CliRun.run(data, "--today", "2025-03-25", "overdue", "--format",
                "json").out);
        assertThat(due).hasSize(1);
        assertThat(due.get(0).at("/deadline/event/name").asText()).isEqualTo("Commissiedebat hoger onderwijs");

        // Deleting is the window's: through the Tracker, as the bin's own tests do.
        try (Tracker tracker = LaunchOptions.of(data.toString(), LocalDate.of(2025, 2, 1), "nl").openTracker()) {
            assertThat(tracker.delete(1)).isTrue();
        }
        JsonNode bin = new ObjectMapper().readTree(run("list", "--deleted", "--format", "json").out);
        assertThat(bin.get(0).at("/deadline/event/name").asText()).isEqualTo("Commissiedebat hoger onderwijs");
        assertThat(bin.get(0).at("/deadline/event/date").asText()).isEqualTo("2025-04-02");
    }

    @Test
    void showGivesThePhraseWithTheMomentsDateOrWhatItWaitsFor() {
        assertThat(run("show", "1").out).contains("voor het commissiedebat hoger onderwijs (2025-03-12)")
                .containsPattern("Uiterlijk +2025-03-11");
        assertThat(run("show", "2").out).contains("voor het commissiedebat sociale veiligheid\n")
                .containsPattern("Uiterlijk +wacht op datum: commissiedebat sociale veiligheid");
        assertThat(run("show", "3").out).doesNotContain("wacht op datum").doesNotContain("(20");
    }

    @Test
    void listTextSaysWhatADeadlineWaitsFor() {
        String[] lines = run("list").out.split("\n");
        assertThat(lines[1]).contains("Brief over de voortgang").contains("2025-03-11");
        assertThat(lines[2]).contains("Brief over meldpunten").contains("wacht op datum: commissiedebat sociale …");
        assertThat(run("overdue").out).doesNotContain("wacht op datum");
    }
}
