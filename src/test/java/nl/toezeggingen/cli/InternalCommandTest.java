package nl.toezeggingen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, point 2 on the command line: `internal` and `internal-rule`, and `overdue` saying which deadline is
 * passing. Tuesday 1 July 2025.
 */
class InternalCommandTest {
    @TempDir
    Path data;

    private CliRun run(String... args) {
        return CliRun.on(data, "2025-07-01", args);
    }

    private String internalInJson() throws Exception {
        return new ObjectMapper().readTree(run("list", "--format", "json").out).get(0).get("internalDeadline").asText();
    }

    @Test
    void the_house_rule_a_dossier_rule_and_a_typed_day() throws Exception {
        assertThat(run("add", "--title", "Brief over klachtenregelingen", "--deadline", "2025-07-10",
                "--dossier", "Wetenschap", "--made-on", "2025-01-05").exit).isZero();

        assertThat(run("internal", "1").out.strip()).isEqualTo("Interne termijn van toezegging 1: 26 juni 2025"
                + " (10 werkdagen vóór 10 juli 2025, de regel van het huis).");
        CliRun overdue = run("overdue");
        assertThat(overdue.out).contains("Niets is te laat, 1 termijn verstrijkt binnen 14 dagen."
                + " 1 toezegging is intern te laat.");
        assertThat(overdue.out).contains("1: intern te laat: stuk had 26 juni 2025 bij de minister moeten zijn");
        assertThat(run("export", "--format", "text").out.replaceAll("\\s+", " "))
                .as("the status overview says it after the deadline")
                .contains("10 juli 2025 · intern te laat: stuk had 26 juni 2025 bij de minister moeten zijn");

        CliRun rule = run("internal-rule", "--dossier", "Wetenschap", "--working-days", "3");
        assertThat(rule.exit).as(rule.toString()).isZero();
        assertThat(rule.out).contains("Regel van het huis: 10 werkdagen", "Wetenschap: 3 werkdagen.");
        assertThat(internalInJson()).isEqualTo("2025-07-07");
        assertThat(run("internal", "1").out).contains("(3 werkdagen vóór 10 juli 2025, de regel van dossier Wetenschap)");
        assertThat(run("overdue").out).contains("intern: stuk moet 7 juli 2025 bij de minister zijn");

        CliRun typed = run("internal", "1", "--on", "2025-07-04");
        assertThat(typed.out.strip()).isEqualTo("Interne termijn van toezegging 1: 4 juli 2025 (getypt).");
        assertThat(run("show", "1").out).contains("Interne termijn");
        assertThat(run("internal", "1", "--by-rule").out).contains("7 juli 2025");

        assertThat(run("internal-rule", "--dossier", "Wetenschap", "--house").out).doesNotContain("Wetenschap:");
        assertThat(run("internal-rule", "--working-days", "5").out).contains("Regel van het huis: 5 werkdagen");
        assertThat(internalInJson()).isEqualTo("2025-07-03");
    }

    @Test
    void bad_input_is_one_sentence_and_exit_2_with_nothing_written() throws Exception {
        run("add", "--title", "Brief over klachtenregelingen", "--deadline", "2025-07-10", "--made-on", "2025-01-05");

        CliRun after = run("internal", "1", "--on", "2025-07-11");
        assertThat(after.exit).isEqualTo(2);
        assertThat(after.err.strip()).isEqualTo("De interne termijn (11 juli 2025) ligt na de termijn van de Kamer"
                + " (10 juli 2025); kies een dag ervoor.");
        CliRun both = run("internal", "1", "--on", "2025-07-04", "--by-rule");
        assertThat(both.exit).isEqualTo(2);
        CliRun range = run("internal-rule", "--working-days", "61");
        assertThat(range.exit).isEqualTo(2);
        assertThat(range.err).contains("Het aantal werkdagen (61) kan niet");
        assertThat(run("internal-rule", "--house").exit).isEqualTo(2);
        assertThat(run("internal", "9").exit).isEqualTo(2);
        assertThat(internalInJson()).as("nothing written").isEqualTo("2025-06-26");
    }
}
