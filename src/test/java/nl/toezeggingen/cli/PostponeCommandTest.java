package nl.toezeggingen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19, points 1 and 3 on the command line: a postponement needs a reason; a stand van zaken is dated. */
class PostponeCommandTest {
    @TempDir
    Path data;

    private CliRun run(String... args) {
        return CliRun.on(data, "2025-07-01", args);
    }

    private String latest() throws Exception {
        return new ObjectMapper().readTree(run("list", "--format", "json").out).get(0).get("deadline").get("latest").asText();
    }

    @Test
    void a_postponement_moves_the_deadline_and_says_why_in_the_history() throws Exception {
        assertThat(run("add", "--title", "Onderzoek klachtenregeling", "--deadline", "voor de zomer van 2025",
                "--made-on", "2025-01-05").exit).isZero();

        CliRun refused = run("postpone", "1", "--to", "voor het kerstreces");
        assertThat(refused.exit).isEqualTo(2);
        assertThat(refused.err).contains("Geef een reden voor het uitstel");
        assertThat(latest()).as("nothing written").isEqualTo("2025-07-03");

        CliRun postponed = run("postpone", "1", "--to", "voor het kerstreces", "--reason", "Onderzoek loopt uit",
                "--informed-by", "Kamerbrief 2025-0456");
        assertThat(postponed.exit).as(postponed.toString()).isZero();
        assertThat(postponed.out).contains("Toezegging 1 uitgesteld: van 3 juli 2025 naar 18 december 2025.");
        assertThat(latest()).isEqualTo("2025-12-18");
        assertThat(run("show", "1").out).contains("Uitgesteld van 3 jul. 2025 naar 18 dec. 2025: Onderzoek loopt uit"
                + " (Kamer geïnformeerd met Kamerbrief 2025-0456)");

        CliRun same = run("postpone", "1", "--to", "2025-12-18", "--reason", "nogmaals");
        assertThat(same.exit).isEqualTo(2);
        assertThat(same.err).contains("blijft dan gelijk");
        CliRun unknown = run("postpone", "1", "--to", "als het uitkomt", "--reason", "x");
        assertThat(unknown.exit).isEqualTo(2);
        assertThat(unknown.err).doesNotContain("Exception");
    }

    @Test
    void a_postponement_into_the_past_is_allowed_with_a_warning_and_a_closed_one_is_refused() throws Exception {
        assertThat(run("add", "--title", "Brief", "--deadline", "2025-06-01", "--made-on", "2025-03-01").exit).isZero();
        CliRun past = run("postpone", "1", "--to", "2025-06-20", "--reason", "later aangeleverd");
        assertThat(past.exit).isZero();
        assertThat(past.err).contains("ligt vóór vandaag");
        assertThat(latest()).isEqualTo("2025-06-20");

        assertThat(run("status", "1", "afgedaan", "--on", "2025-06-30", "--by", "Kamerbrief").exit).isZero();
        CliRun closed = run("postpone", "1", "--to", "2025-12-01", "--reason", "x");
        assertThat(closed.exit).isEqualTo(2);
        assertThat(closed.err).contains("al afgedaan");
    }

    @Test
    void a_stand_van_zaken_is_dated_and_never_in_the_future() {
        assertThat(run("add", "--title", "Brief").exit).isZero();
        CliRun entry = run("progress", "1", "concept", "bij", "DGHO", "--on", "2025-06-12");
        assertThat(entry.exit).as(entry.toString()).isZero();
        assertThat(entry.out).contains("12 juni 2025: concept bij DGHO");
        assertThat(run("show", "1").out).contains("Stand van zaken: 12 jun. 2025: concept bij DGHO");

        CliRun future = run("progress", "1", "later", "--on", "2025-08-01");
        assertThat(future.exit).isEqualTo(2);
        assertThat(future.err).contains("niet op een dag na vandaag");
        CliRun empty = run("progress", "1", " ");
        assertThat(empty.exit).isEqualTo(2);
        assertThat(empty.err).contains("Schrijf de stand van zaken");
        CliRun missing = run("progress", "9", "x");
        assertThat(missing.exit).isEqualTo(2);
    }

    @Test
    void a_commitments_json_gains_original_deadline_postponements_progress_and_internal_deadline() throws Exception {
        assertThat(run("add", "--title", "Onderzoek klachtenregeling", "--deadline", "voor de zomer van 2025",
                "--made-on", "2025-01-05").exit).isZero();
        var before = new ObjectMapper().readTree(run("list", "--format", "json").out).get(0);
        assertThat(before.get("postponements").asInt()).isZero();
        assertThat(before.get("originalDeadline")).isEqualTo(before.get("deadline"));
        assertThat(before.get("progress").isNull()).isTrue();
        // Thursday 3 July 2025: ten working days before is Thursday 19 June.
        assertThat(before.get("internalDeadline").asText()).isEqualTo("2025-06-19");

        assertThat(run("postpone", "1", "--to", "2025-10-01", "--reason", "later").exit).isZero();
        assertThat(run("postpone", "1", "--to", "2025-12-01", "--reason", "nog later").exit).isZero();
        assertThat(run("progress", "1", "concept bij DGHO", "--on", "2025-06-12").exit).isZero();
        for (String[] command : new String[][] {{"list", "--format", "json"}, {"overdue", "--within", "365", "--format", "json"}}) {
            var after = new ObjectMapper().readTree(run(command).out).get(0);
            assertThat(after.get("postponements").asInt()).as(command[0]).isEqualTo(2);
            assertThat(after.get("originalDeadline").get("latest").asText()).isEqualTo("2025-07-03");
            assertThat(after.get("originalDeadline").get("phrase").asText()).isEqualTo("voor de zomer van 2025");
            assertThat(after.get("deadline").get("latest").asText()).isEqualTo("2025-12-01");
            assertThat(after.get("progress").get("on").asText()).isEqualTo("2025-06-12");
            assertThat(after.get("progress").get("text").asText()).isEqualTo("concept bij DGHO");
            assertThat(after.get("internalDeadline").asText()).isEqualTo("2025-11-17");
        }
        var overview = new ObjectMapper().readTree(run("export", "--format", "json").out);
        var row = overview.get("sections").findValues("commitments").stream().filter(r -> r.size() > 0).findFirst()
                .orElseThrow().get(0);
        assertThat(row.get("postponements").asInt()).isEqualTo(2);
        assertThat(row.get("latestNote").asText()).isEqualTo("12-06-2025: concept bij DGHO");
    }
}
