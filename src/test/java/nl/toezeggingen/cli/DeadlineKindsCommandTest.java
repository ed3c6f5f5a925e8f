package nl.toezeggingen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 on the command line: "kind" in the JSON, vague phrases by the house rule, a recurring commitment. */
class DeadlineKindsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void zoSnelMogelijkPrintsAnEstimatedDateWithTheRule() {
        CliRun run = CliRun.run(data, "resolve", "zo snel mogelijk", "--made-on", "2024-06-07");
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).startsWith("2024-09-07 (geschat)")
                .contains("volgens uw instelling is dat binnen 3 maanden na 7 juni 2024");
    }

    @Test
    void resolveJsonNamesTheKind() throws Exception {
        assertThat(kind("zo snel mogelijk")).isEqualTo("vague");
        assertThat(kind("voor de zomer van 2025")).isEqualTo("date");
        assertThat(kind("medio 2025")).isEqualTo("window");
        assertThat(kind("vanaf 2026")).isEqualTo("start");
        assertThat(kind("op termijn")).isEqualTo("none");
        assertThat(kind("doorlopend")).isEqualTo("none");
        JsonNode yearly = resolveJson("jaarlijks vóór het zomerreces");
        assertThat(yearly.get("kind").asText()).isEqualTo("recurring");
        assertThat(yearly.get("recurrence").asText()).isEqualTo("yearly");
        assertThat(yearly.get("latest").asText()).isEqualTo("2024-07-04");
        JsonNode start = resolveJson("vanaf 2026");
        assertThat(start.get("earliest").asText()).isEqualTo("2026-01-01");
        assertThat(start.get("latest").isNull()).isTrue();
    }

    @Test
    void aStartPrintsItsFirstDay() {
        CliRun run = CliRun.run(data, "resolve", "vanaf 2026", "--made-on", "2024-06-07");
        assertThat(run.out).startsWith("vanaf 2026-01-01, zonder uiterste datum");
    }

    @Test
    void aRecurringCommitmentMarkedDoneMovesToTheNextOccurrenceAndFinalClosesIt() throws Exception {
        CliRun add = CliRun.run(data, "--today", "2024-06-20", "add", "--title", "Voortgangsbrief sociale veiligheid",
                "--deadline", "jaarlijks vóór het zomerreces", "--made-on", "2024-03-01");
        assertThat(add.exit).as(add.toString()).isZero();
        JsonNode before = listJson().get(0);
        assertThat(before.at("/deadline/kind").asText()).isEqualTo("recurring");
        assertThat(before.at("/deadline/recurrence").asText()).isEqualTo("yearly");
        assertThat(before.at("/deadline/latest").asText()).isEqualTo("2024-07-04");
        String id = before.get("id").asText();

        CliRun done = CliRun.run(data, "--today", "2024-06-20", "status", id, "afgedaan", "--by", "Kamerbrief 123");
        assertThat(done.exit).as(done.toString()).isZero();
        assertThat(done.out).contains("deze keer afgedaan").contains("3 juli 2025");
        JsonNode after = listJson().get(0);
        assertThat(after.get("status").asText()).isEqualTo("OPEN");
        assertThat(after.get("fulfilledOn").asText()).isEqualTo("2024-06-20");
        assertThat(after.get("fulfilledBy").asText()).isEqualTo("Kamerbrief 123");
        assertThat(after.at("/deadline/latest").asText()).isEqualTo("2025-07-03");
        assertThat(after.at("/deadline/kind").asText()).isEqualTo("recurring");
        CliRun show = CliRun.run(data, "show", id);
        assertThat(show.out).contains("Termijn verschoven van 4 jul. 2024 naar 3 jul. 2025");

        // Editing another field keeps the later occurrence: the phrase is not resolved again from made-on.
        assertThat(CliRun.run(data, "--today", "2024-06-21", "edit", id, "--owner", "DGHO").exit).isZero();
        assertThat(listJson().get(0).at("/deadline/latest").asText()).isEqualTo("2025-07-03");

        CliRun last = CliRun.run(data, "--today", "2025-06-30", "status", id, "afgedaan", "--final");
        assertThat(last.exit).as(last.toString()).isZero();
        assertThat(listJson().get(0).get("status").asText()).isEqualTo("DONE");
    }

    @Test
    void addWithARelativePhraseAndNoMadeOnAsksForItAndWritesNothing() throws Exception {
        CliRun run = CliRun.run(data, "--today", "2024-06-07", "add", "--title", "Brief", "--deadline", "binnen zes weken");
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("'binnen zes weken'").contains("--made-on").doesNotContain("Exception");
        assertThat(listJson()).isEmpty();
        CliRun made = CliRun.run(data, "--today", "2024-06-07", "add", "--title", "Brief", "--deadline",
                "binnen zes weken", "--made-on", "2024-05-01");
        assertThat(made.exit).as(made.toString()).isZero();
        assertThat(listJson().get(0).at("/deadline/latest").asText()).isEqualTo("2024-06-12");
    }

    private String kind(String phrase) throws Exception {
        return resolveJson(phrase).get("kind").asText();
    }

    private JsonNode resolveJson(String phrase) throws Exception {
        CliRun run = CliRun.run(data, "resolve", phrase, "--made-on", "2024-06-07", "--format", "json");
        assertThat(run.exit).as(run.toString()).isZero();
        return JSON.readTree(run.out);
    }

    private JsonNode listJson() throws Exception {
        CliRun run = CliRun.run(data, "list", "--format", "json");
        assertThat(run.exit).as(run.toString()).isZero();
        return JSON.readTree(run.out);
    }
}
