package nl.toezeggingen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportImportRoundTripTest {
    @TempDir
    Path from;
    @TempDir
    Path to;
    @TempDir
    Path files;

    @Test
    void theOverviewAsJsonReadsBackIntoAnEmptyDatabase() throws Exception {
        CliRun.run(from, "demo");
        Path json = files.resolve("overzicht.json");
        CliRun export = CliRun.run(from, "--today", "2025-07-10", "export", "--format", "json", "--out", json.toString());
        assertThat(export.exit).as(export.toString()).isZero();

        CliRun imported = CliRun.run(to, "import", json.toString());
        assertThat(imported.exit).as(imported.toString()).isZero();

        ObjectMapper mapper = new ObjectMapper();
        JsonNode original = mapper.readTree(CliRun.run(from, "--today", "2025-07-10", "list", "--format", "json").out);
        JsonNode copy = mapper.readTree(CliRun.run(to, "--today", "2025-07-10", "list", "--format", "json").out);
        // The overview leaves out what was closed more than 30 days ago (SV-10, done in June 2024);
        // `list --format json` is the export of everything.
        assertThat(copy).hasSize(11);
        assertThat(copy.findValuesAsText("reference")).doesNotContain("SV-10");
        for (JsonNode c : copy) {
            JsonNode same = null;
            for (JsonNode o : original) {
                if (o.get("reference").equals(c.get("reference"))) {
                    same = o;
                }
            }
            assertThat(same).as(c.get("reference").asText()).isNotNull();
            assertThat(c.get("title")).isEqualTo(same.get("title"));
            assertThat(c.get("deadline")).isEqualTo(same.get("deadline"));
            assertThat(c.get("status")).isEqualTo(same.get("status"));
        }
        assertThat(Files.size(json)).isPositive();
    }
}
