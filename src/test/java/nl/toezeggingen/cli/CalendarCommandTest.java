package nl.toezeggingen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, point 3: the meeting calendar as a file, `calendar export` and `calendar import`, run as commands. */
class CalendarCommandTest {
    private static final String TODAY = "2025-01-10";

    @TempDir
    Path temp;

    private CliRun run(Path data, String... args) {
        return CliRun.on(data, TODAY, args);
    }

    private static String latest(CliRun list, int index) throws Exception {
        return new ObjectMapper().readTree(list.out).get(index).get("deadline").get("latest").asText();
    }

    @Test
    void the_calendar_round_trips_through_its_file() throws Exception {
        Path first = temp.resolve("eerste");
        assertThat(run(first, "event", "add", "--name", "Commissiedebat hoger onderwijs, deel 2", "--date", "2025-03-12",
                "--kind", "debate", "--dossier", "Hoger onderwijs", "--status", "officieel").exit).isZero();
        assertThat(run(first, "event", "add", "--name", "Voortgangsbrief \"sociale veiligheid\"", "--kind", "letter").exit)
                .isZero();
        Path own = temp.resolve("eigen.csv");
        Files.writeString(own, "herfstreces,2025-10-17,2025-10-27,officieel,recespagina; bevestigd\n");
        assertThat(run(first, "calendar", "import", own.toString()).exit).isZero();

        CliRun exported = run(first, "calendar", "export");
        assertThat(exported.exit).as(exported.toString()).isZero();
        assertThat(exported.out).contains("herfstreces,2025-10-17,2025-10-27,officieel,\"recespagina; bevestigd\"")
                .contains("moment,\"Commissiedebat hoger onderwijs, deel 2\",debat,2025-03-12,2025-03-12,officieel,Hoger onderwijs")
                .contains("moment,\"Voortgangsbrief \"\"sociale veiligheid\"\"\",brief,,,onbevestigd");

        Path file = temp.resolve("kalender-export.csv");
        assertThat(run(first, "calendar", "export", "--out", file.toString()).exit).isZero();
        Path second = temp.resolve("tweede");
        CliRun imported = run(second, "calendar", "import", file.toString());
        assertThat(imported.exit).as(imported.toString()).isZero();
        assertThat(imported.out).contains("1 reces aangepast, 2 momenten toegevoegd");
        assertThat(run(second, "calendar", "export").out).isEqualTo(exported.out);
        // Only the correction became the user's own row: the shipped rows stay shipped.
        assertThat(Files.readString(second.resolve("kalender.csv"))).contains("herfstreces,2025-10-17")
                .doesNotContain("zomerreces");

        CliRun again = run(second, "calendar", "import", file.toString());
        assertThat(again.out).contains("geen recessen aangepast, geen momenten toegevoegd, geen gewijzigd");
    }

    @Test
    void a_confirmed_recess_re_resolves_what_rests_on_it_and_says_why_in_the_history() throws Exception {
        Path data = temp.resolve("data");
        assertThat(run(data, "add", "--title", "Zomerbrief", "--deadline", "voor de zomer van 2025",
                "--made-on", "2025-01-05").exit).isZero();
        assertThat(run(data, "add", "--title", "Vaste datum", "--deadline", "voor de zomer van 2025",
                "--latest", "2025-06-01", "--made-on", "2025-01-05").exit).isZero();
        assertThat(new ObjectMapper().readTree(run(data, "list", "--format", "json").out).get(0).get("deadline")
                .get("estimated").asBoolean()).as("the shipped 2025 row is unverified").isTrue();

        Path file = temp.resolve("zomer.csv");
        Files.writeString(file, "# de Kamer heeft het reces vastgesteld\nzomerreces,2025-07-11,2025-09-08,officieel,recespagina\n");
        CliRun checked = run(data, "calendar", "import", file.toString(), "--dry-run");
        assertThat(checked.out).contains("er is niets opgeslagen", "1 Zomerbrief, nu uiterlijk 10 juli 2025");
        assertThat(latest(run(data, "list", "--format", "json"), 0)).as("a dry run writes nothing").isEqualTo("2025-07-03");
        assertThat(data.resolve("kalender.csv")).doesNotExist();

        CliRun imported = run(data, "calendar", "import", file.toString());
        assertThat(imported.exit).as(imported.toString()).isZero();
        assertThat(imported.out).contains("1 reces aangepast", "1 termijn verschoven",
                "Termijn verschoven: 1 Zomerbrief, nu uiterlijk 10 juli 2025.").doesNotContain("Vaste datum");
        CliRun list = run(data, "list", "--format", "json");
        assertThat(latest(list, 0)).isEqualTo("2025-07-10");
        assertThat(new ObjectMapper().readTree(list.out).get(0).get("deadline").get("estimated").asBoolean()).isFalse();
        assertThat(latest(list, 1)).as("a date typed by hand stays").isEqualTo("2025-06-01");
        assertThat(run(data, "show", "1").out).contains("Termijn verschoven van 3 jul. 2025 naar 10 jul. 2025, doordat"
                + " de vergaderkalender is aangepast (zomer.csv)");
        // `resolve` reads the same correction without the database.
        assertThat(CliRun.run(data, "resolve", "voor de zomer van 2025").out).contains("10 juli 2025");
    }

    @Test
    void a_broken_line_names_file_and_line_and_imports_nothing() throws Exception {
        Path data = temp.resolve("data");
        assertThat(run(data, "add", "--title", "Zomerbrief", "--deadline", "voor de zomer van 2025",
                "--made-on", "2025-01-05").exit).isZero();
        Path file = temp.resolve("kapot.csv");
        Files.writeString(file, "zomerreces,2025-07-11,2025-09-08,officieel\nmoment,Notaoverleg,debat,2025-13-01,,officieel\n",
                StandardCharsets.UTF_8);
        CliRun broken = run(data, "calendar", "import", file.toString());
        assertThat(broken.exit).isEqualTo(2);
        assertThat(broken.err).contains(file.toString(), "regel 2", "een datum klopt niet").doesNotContain("Exception");
        assertThat(run(data, "events").out).contains("nog geen momenten");
        assertThat(data.resolve("kalender.csv")).doesNotExist();
        assertThat(latest(run(data, "list", "--format", "json"), 0)).isEqualTo("2025-07-03");

        CliRun missing = run(data, "calendar", "import", temp.resolve("bestaat-niet.csv").toString());
        assertThat(missing.exit).isEqualTo(2);
        assertThat(missing.err).contains("bestaat niet");
        CliRun alone = run(data, "calendar");
        assertThat(alone.exit).isEqualTo(2);
        assertThat(alone.err).contains("export", "import");
    }

    @Test
    void export_never_lands_on_the_programs_own_files() throws Exception {
        Path data = temp.resolve("data");
        assertThat(run(data, "add", "--title", "Zomerbrief").exit).isZero();
        Path own = data.resolve("kalender.csv");
        Files.writeString(own, "zomerreces,2025-07-11,2025-09-08,officieel\n");
        CliRun refused = run(data, "calendar", "export", "--out", data.resolve("toezeggingen.mv.db").toString());
        assertThat(refused.exit).isEqualTo(2);
        assertThat(Files.readString(own)).isEqualTo("zomerreces,2025-07-11,2025-09-08,officieel\n");
    }

    @Test
    void a_removed_event_unties_with_a_line_in_the_history_and_an_early_move_is_pointed_out() throws Exception {
        Path data = temp.resolve("data");
        String id = run(data, "event", "add", "--name", "Commissiedebat sociale veiligheid", "--date", "2025-03-12",
                "--kind", "debate").out.strip();
        assertThat(run(data, "add", "--title", "Brief over meldpunten", "--deadline",
                "voor het commissiedebat sociale veiligheid", "--made-on", "2025-01-05").exit).isZero();
        CliRun early = run(data, "event", "move", id, "--date", "2025-01-02");
        assertThat(early.exit).as("allowed").isZero();
        assertThat(early.out).contains("1 Brief over meldpunten, nu uiterlijk 1 januari 2025",
                "ligt vóór de dag van de toezegging (5 januari 2025)");

        assertThat(run(data, "event", "remove", id).exit).as("refused while tied").isEqualTo(2);
        assertThat(run(data, "event", "remove", id, "--untie").exit).isZero();
        assertThat(run(data, "show", "1").out).contains("Termijn losgemaakt van 'Commissiedebat sociale veiligheid'");
        assertThat(latest(run(data, "list", "--format", "json"), 0)).as("it keeps its dates").isEqualTo("2025-01-01");
    }
}
