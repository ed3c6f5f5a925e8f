package nl.toezeggingen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.toezeggingen.store.LockHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private CliRun run(String... args) {
        return CliRun.run(data, args);
    }

    private JsonNode listJson(String... global) throws Exception {
        String[] args = new String[global.length + 3];
        System.arraycopy(global, 0, args, 0, global.length);
        args[global.length] = "list";
        args[global.length + 1] = "--format";
        args[global.length + 2] = "json";
        CliRun list = run(args);
        assertThat(list.exit).as(list.toString()).isZero();
        return JSON.readTree(list.out);
    }

    @Test
    void demoLoadsTheSeedMemoOnceAndListPrintsItInTheDesignShape() throws Exception {
        CliRun first = run("demo");
        CliRun second = run("demo");

        assertThat(first.exit).as(first.toString()).isZero();
        assertThat(first.out).contains("12 toezeggingen");
        assertThat(second.out).contains("niets toegevoegd");
        JsonNode all = listJson("--today", "2024-07-05");
        assertThat(all).hasSize(12);
        JsonNode followUp = all.get(6);
        assertThat(followUp.get("title").asText()).startsWith("Uitkomsten en vervolgstappen");
        assertThat(followUp.get("dossier").asText()).isEqualTo("Sociale veiligheid in hoger onderwijs en wetenschap");
        assertThat(followUp.get("line").asText()).startsWith("Lijn 3");
        assertThat(followUp.get("status").asText()).isEqualTo("OPEN");
        assertThat(followUp.get("urgency").asText()).isEqualTo("ON_TRACK");
        assertThat(followUp.get("deadline").get("phrase").asText()).isEqualTo("voor de zomer in 2025");
        assertThat(followUp.get("deadline").get("latest").asText()).isEqualTo("2025-07-03");
        assertThat(followUp.get("deadline").get("earliest").isNull()).isTrue();
        assertThat(followUp.get("deadline").get("estimated").asBoolean()).isTrue();
        assertThat(followUp.get("madeOn").asText()).isEqualTo("2024-06-07");
        assertThat(followUp.get("dependsOn").asLong()).isEqualTo(all.get(5).get("id").asLong());
        assertThat(all.get(0).get("urgency").asText()).isEqualTo("OVERDUE");
        assertThat(followUp.fieldNames()).toIterable().startsWith("id", "reference", "title", "text", "dossier",
                "line", "status", "urgency", "deadline", "madeOn", "owner", "dependsOn", "fulfilledOn", "fulfilledBy");
    }

    @Test
    void addEditStatusAndShowWorkTogether() throws Exception {
        CliRun add = run("add", "--title", "Brief over klachtvoorzieningen", "--made-on", "2024-06-07",
                "--latest", "2025-07-03", "--deadline", "voor de zomer van 2025", "--dossier", "Sociale veiligheid",
                "--owner", "Fatima");
        assertThat(add.exit).as(add.toString()).isZero();
        String id = add.out.strip();

        CliRun edit = run("edit", id, "--owner", "Jeroen", "--reference", "TZ202404-101");
        assertThat(edit.exit).as(edit.toString()).isZero();
        CliRun status = run("status", id, "afgedaan", "--on", "2025-06-30", "--by", "Kamerbrief 2025-0123");
        assertThat(status.exit).as(status.toString()).isZero();
        assertThat(status.out).contains("Afgedaan");

        JsonNode one = listJson().get(0);
        assertThat(one.get("owner").asText()).isEqualTo("Jeroen");
        assertThat(one.get("title").asText()).isEqualTo("Brief over klachtvoorzieningen");
        assertThat(one.get("dossier").asText()).isEqualTo("Sociale veiligheid");
        assertThat(one.get("status").asText()).isEqualTo("DONE");
        assertThat(one.get("fulfilledOn").asText()).isEqualTo("2025-06-30");
        assertThat(one.get("fulfilledBy").asText()).isEqualTo("Kamerbrief 2025-0123");

        CliRun show = run("show", id);
        assertThat(show.out).contains("TZ202404-101", "Geschiedenis", "Eigenaar: Fatima → Jeroen",
                "Status: Openstaand → Afgedaan");
    }

    @Test
    void listAsCsvAndTextInBothLanguages() {
        run("demo");
        CliRun csv = run("list", "--format", "csv");
        assertThat(csv.out.lines()).hasSize(13).first().asString().startsWith("id,reference,title");
        assertThat(run("--today", "2024-07-05", "list").out).contains("Te laat", "Afgedaan");
        assertThat(run("--lang", "en", "--today", "2024-07-05", "list").out).contains("Overdue", "Done");
    }

    @Test
    void badInputIsRefusedWithExit2AndWritesNothing() throws Exception {
        run("add", "--title", "bestaat");
        assertBad(run("add", "--title", "  "), "Geef de toezegging een titel.");
        assertBad(run("add", "--title", "x", "--made-on", "2024-13-45"), "'2024-13-45' is geen geldige datum");
        assertBad(run("add", "--title", "x", "--latest", "31-02-2025"), "'31-02-2025' is geen geldige datum");
        assertBad(run("add", "--title", "x", "--made-on", "2024-06-07", "--latest", "2024-06-01"),
                "ligt vóór de datum van de toezegging");
        assertBad(run("add", "--title", "x", "--status", "klaar"), "'klaar' is geen bekende status");
        assertBad(run("status", "1", "klaar"), "'klaar' is geen bekende status");
        assertBad(run("status", "99", "afgedaan"), "Er is geen toezegging met nummer 99");
        assertBad(run("edit", "1", "--depends-on", "1"), "niet op zichzelf wachten");
        assertBad(run("show", "abc"), "'abc' is geen nummer");
        assertBad(run("--today", "gisteren", "list"), "'gisteren' is geen geldige datum");
        assertBad(run("--lang", "de", "list"), "Onbekende taal");
        assertBad(run("frobnicate"), "toezeggingen --help");
        assertBad(run("--lang", "en", "add", "--title", ""), "Give the commitment a title.");

        assertThat(listJson()).hasSize(1);
        assertThat(listJson().get(0).get("title").asText()).isEqualTo("bestaat");
    }

    private static void assertBad(CliRun run, String message) {
        assertThat(run.exit).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err).as(run.toString()).contains(message).doesNotContain("Exception", "\tat ");
        assertThat(run.out).isEmpty();
    }

    @Test
    void dataHeldByAnotherProgramGivesExit3AndAClearMessage() throws Exception {
        try (LockHolder holder = LockHolder.start(data)) {
            CliRun list = run("list");
            assertThat(list.exit).isEqualTo(Cli.DATA_UNAVAILABLE);
            assertThat(list.err).contains("al geopend").doesNotContain("Exception");
        }
    }

    @Test
    void aDamagedFileGivesExit3AndIsLeftUntouched() throws Exception {
        Path file = data.resolve("toezeggingen.mv.db");
        Files.writeString(file, "kapot".repeat(1000));
        CliRun list = run("list");
        assertThat(list.exit).isEqualTo(Cli.DATA_UNAVAILABLE);
        assertThat(list.err).contains("beschadigd");
        assertThat(Files.readString(file)).isEqualTo("kapot".repeat(1000));
    }

    @Test
    void withoutACommandTheWindowIsOpenedWithTheOptions() {
        var seen = new java.util.concurrent.atomic.AtomicReference<nl.toezeggingen.app.LaunchOptions>();
        int exit = Cli.run(new String[] {"--data", data.toString(), "--today", "2024-07-05", "--lang", "en"},
                seen::set, new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()));
        assertThat(exit).isZero();
        assertThat(seen.get().dataDirectory()).isEqualTo(data);
        assertThat(seen.get().messages().get("urgency.OVERDUE")).isEqualTo("Overdue");
        assertThat(java.time.LocalDate.now(seen.get().clock())).isEqualTo(java.time.LocalDate.of(2024, 7, 5));
    }
}
