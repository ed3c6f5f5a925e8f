package nl.toezeggingen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverdueCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @BeforeEach
    void loadDemo() {
        assertThat(CliRun.run(data, "demo").exit).isZero();
    }

    private JsonNode json(CliRun run) throws Exception {
        return JSON.readTree(run.out);
    }

    private static List<String> titles(JsonNode array) {
        List<String> titles = new ArrayList<>();
        array.forEach(n -> titles.add(n.get("reference").asText()));
        return titles;
    }

    @Test
    void theProgressLetterIsDueSoonBeforeSummerAndOverdueAfter() throws Exception {
        CliRun before = CliRun.run(data, "--today", "2024-06-25", "overdue", "--format", "json");
        assertThat(before.exit).as(before.toString()).isZero();
        JsonNode soon = json(before);
        assertThat(titles(soon)).contains("SV-01");
        soon.forEach(n -> assertThat(n.get("urgency").asText()).isEqualTo("DUE_SOON"));

        CliRun after = CliRun.run(data, "--today", "2024-07-05", "overdue", "--format", "json");
        assertThat(after.exit).isEqualTo(Cli.OVERDUE_FOUND);
        JsonNode late = json(after);
        assertThat(late.get(0).get("reference").asText()).isEqualTo("SV-01");
        assertThat(late.get(0).get("urgency").asText()).isEqualTo("OVERDUE");
    }

    @Test
    void aDoneLetterIsNotOverdue() throws Exception {
        for (String id : new String[] {"1", "11", "12"}) {
            assertThat(CliRun.run(data, "status", id, "afgedaan", "--on", "2024-07-02").exit).isZero();
        }
        JsonNode late = json(CliRun.run(data, "--today", "2024-07-05", "overdue", "--format", "json"));
        assertThat(titles(late)).doesNotContain("SV-01", "SV-11", "SV-12");
    }

    @Test
    void jsonListsExactlyTheOpenOnesPastTheirLatestDateOldestFirstThenDueSoon() throws Exception {
        LocalDate today = LocalDate.of(2025, 7, 10);
        CliRun run = CliRun.run(data, "--today", today.toString(), "overdue", "--format", "json", "--within", "60");
        assertThat(run.exit).isEqualTo(Cli.OVERDUE_FOUND);
        JsonNode found = json(run);

        JsonNode all = JSON.readTree(CliRun.run(data, "list", "--format", "json").out);
        List<String> expected = new ArrayList<>();
        all.forEach(n -> {
            String latest = n.get("deadline").get("latest").asText(null);
            String status = n.get("status").asText();
            if (latest != null && LocalDate.parse(latest).isBefore(today) && !status.equals("DONE")
                    && !status.equals("LAPSED")) {
                expected.add(n.get("reference").asText());
            }
        });
        List<String> overdue = new ArrayList<>();
        LocalDate previous = LocalDate.MIN;
        for (JsonNode n : found) {
            assertThat(n.get("urgency").asText()).isEqualTo("OVERDUE");
            LocalDate latest = LocalDate.parse(n.get("deadline").get("latest").asText());
            assertThat(latest).isAfterOrEqualTo(previous);
            previous = latest;
            overdue.add(n.get("reference").asText());
        }
        assertThat(overdue).containsExactlyInAnyOrderElementsOf(expected).hasSize(9);
    }

    @Test
    void dueSoonComesAfterOverdue() throws Exception {
        CliRun run = CliRun.run(data, "--today", "2024-12-20", "overdue", "--format", "json", "--within", "30");
        List<String> urgencies = new ArrayList<>();
        json(run).forEach(n -> urgencies.add(n.get("urgency").asText()));
        assertThat(urgencies).startsWith("OVERDUE").endsWith("DUE_SOON");
        assertThat(urgencies.lastIndexOf("OVERDUE")).isLessThan(urgencies.indexOf("DUE_SOON"));
    }

    @Test
    void textSaysHowManyInWords() {
        CliRun run = CliRun.run(data, "--today", "2024-07-05", "overdue");
        assertThat(run.exit).isEqualTo(Cli.OVERDUE_FOUND);
        assertThat(run.out).startsWith("3 toezeggingen zijn te laat").contains("binnen 14 dagen", "SV-01");
        CliRun quiet = CliRun.run(data, "--today", "2024-05-01", "overdue", "--within", "0");
        assertThat(quiet.exit).isZero();
        assertThat(quiet.out).startsWith("Niets is te laat; vandaag verstrijkt geen termijn.");
    }

    @Test
    void aBadHorizonIsRefused() {
        for (String bad : new String[] {"-3", "veel", "366"}) {
            CliRun run = CliRun.run(data, "overdue", "--within", bad);
            assertThat(run.exit).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
            assertThat(run.err).contains("geen geldig aantal dagen");
        }
    }
}
