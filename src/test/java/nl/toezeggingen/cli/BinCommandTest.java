package nl.toezeggingen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.toezeggingen.app.LaunchOptions;
import nl.toezeggingen.app.Tracker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, point 3 on the command line: `list --deleted`, `undelete ID`, and `show` of a commitment in
 * the bin. Deleting is the window's (there is no `delete` command): the test deletes through the Tracker,
 * on a replayed day whose clock stands at midnight in the zone the commands write times in.
 */
class BinCommandTest {
    private static final String USER = System.getProperty("user.name");

    @TempDir
    Path data;
    @TempDir
    Path elsewhere;

    private CliRun run(String... args) {
        return CliRun.run(data, args);
    }

    private void add(String reference, String title) {
        CliRun added = run("add", "--reference", reference, "--title", title);
        assertThat(added.exit).as(added.toString()).isZero();
    }

    private void delete(long id, String day) {
        try (Tracker tracker = LaunchOptions.of(data.toString(), LocalDate.parse(day), "nl").openTracker()) {
            assertThat(tracker.delete(id)).isTrue();
        }
    }

    private void twoInTheBin() {
        add("TZ-1", "Brief over klachten");
        add("TZ-2", "Evaluatie meldpunt");
        add("TZ-3", "Blijft staan");
        delete(1, "2024-07-01");
        delete(2, "2024-07-02");
    }

    @Test
    void list_deleted_shows_the_bin_newest_first_with_when_and_by_whom() {
        assertThat(run("list", "--deleted").out).isEqualTo("De prullenbak is leeg.\n");
        twoInTheBin();

        CliRun bin = run("list", "--deleted");

        assertThat(bin.exit).as(bin.toString()).isZero();
        assertThat(bin.out.lines()).hasSize(3);
        assertThat(bin.out.lines().toList().get(0)).contains("Nr", "Kenmerk", "Titel", "Verwijderd op", "Door");
        assertThat(bin.out.lines().toList().get(1)).contains("2", "TZ-2", "Evaluatie meldpunt", "2 juli 2024 00:00", USER);
        assertThat(bin.out.lines().toList().get(2)).contains("TZ-1", "Brief over klachten", "1 juli 2024 00:00");
        assertThat(run("list").out).contains("Blijft staan").doesNotContain("TZ-1", "TZ-2");
        assertThat(run("--lang", "en", "list", "--deleted").out).contains("Deleted on", "2 July 2024 00:00");
    }

    @Test
    void list_deleted_as_json_adds_when_and_by_whom_and_only_there() throws Exception {
        twoInTheBin();

        CliRun bin = run("list", "--deleted", "--format", "json");

        assertThat(bin.exit).as(bin.toString()).isZero();
        JsonNode rows = new ObjectMapper().readTree(bin.out);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("reference").asText()).isEqualTo("TZ-2");
        assertThat(rows.get(0).get("status").asText()).isEqualTo("OPEN");
        assertThat(rows.get(0).get("deletedBy").asText()).isEqualTo(USER);
        assertThat(java.time.Instant.parse(rows.get(1).get("deletedAt").asText()))
                .isEqualTo(LocalDate.of(2024, 7, 1).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
        JsonNode live = new ObjectMapper().readTree(run("list", "--format", "json").out);
        assertThat(live).hasSize(1);
        assertThat(live.get(0).has("deletedAt")).isFalse();
        assertThat(live.get(0).has("deletedBy")).isFalse();
        assertThat(run("list", "--deleted", "--format", "json").out.strip()).isNotEqualTo("[]");
    }

    @Test
    void list_deleted_as_csv_is_refused_in_one_sentence() {
        CliRun csv = run("list", "--deleted", "--format", "csv");

        assertThat(csv.exit).isEqualTo(2);
        assertThat(csv.err.strip()).isEqualTo("list --deleted toont alleen tekst of JSON: gebruik --format text of --format json.");
    }

    @Test
    void undelete_puts_it_back_in_the_list_with_a_line_in_its_history() {
        twoInTheBin();

        CliRun back = run("--today", "2024-07-03", "undelete", "1");

        assertThat(back.exit).as(back.toString()).isZero();
        assertThat(back.out).isEqualTo("Toezegging 1 is teruggezet uit de prullenbak: Brief over klachten\n");
        assertThat(run("list").out).contains("TZ-1", "Brief over klachten");
        assertThat(run("list", "--deleted").out).doesNotContain("TZ-1").contains("TZ-2");
        assertThat(run("show", "1").out).contains("3 juli 2024 00:00", "Teruggezet uit de prullenbak: Brief over klachten",
                "1 juli 2024 00:00", "Verwijderd: Brief over klachten").doesNotContain("prullenbak: verwijderd op");
    }

    @Test
    void undelete_of_an_unknown_or_a_live_id_is_exit_2_in_one_sentence() {
        twoInTheBin();

        CliRun unknown = run("undelete", "9");
        CliRun live = run("undelete", "3");
        CliRun english = run("--lang", "en", "undelete", "3");

        assertThat(unknown.exit).isEqualTo(2);
        assertThat(unknown.err.strip()).isEqualTo("Er is geen toezegging met nummer 9.");
        assertThat(live.exit).isEqualTo(2);
        assertThat(live.err.strip()).isEqualTo(
                "Toezegging 3 staat niet in de prullenbak; alleen een verwijderde toezegging kan worden teruggezet.");
        assertThat(english.err.strip()).isEqualTo(
                "Commitment 3 is not in the bin; only a deleted commitment can be restored.");
        assertThat(run("undelete", "een").exit).isEqualTo(2);
    }

    @Test
    void undelete_is_refused_when_its_reference_is_now_another_commitments() {
        twoInTheBin();
        add("TZ-1", "Nieuwe brief");

        CliRun clash = run("undelete", "1");

        assertThat(clash.exit).as(clash.toString()).isEqualTo(2);
        assertThat(clash.err.strip()).isEqualTo("Toezegging 1 kan niet worden teruggezet: kenmerk TZ-1 is nu in gebruik"
                + " bij toezegging 4; geef die eerst een ander kenmerk.");
        assertThat(clash.out).isEmpty();
        assertThat(run("list", "--deleted").out).contains("TZ-1", "Brief over klachten");
    }

    @Test
    void show_of_a_deleted_one_says_it_is_in_the_bin_and_how_to_get_it_back() {
        twoInTheBin();

        CliRun show = run("show", "1");

        assertThat(show.exit).as(show.toString()).isZero();
        assertThat(show.out.lines().findFirst().orElseThrow()).isEqualTo("Deze toezegging staat in de prullenbak:"
                + " verwijderd op 1 juli 2024 00:00 door " + USER + "; terugzetten met `undelete 1`.");
        assertThat(show.out).contains("Brief over klachten", "Geschiedenis:", "Verwijderd: Brief over klachten");
        assertThat(run("--lang", "en", "show", "1").out).startsWith("This commitment is in the bin: deleted on 1 July 2024 00:00");
        assertThat(run("show", "9").exit).isEqualTo(2);
    }

    @Test
    void a_backup_with_commitments_in_the_bin_restores_them_in_the_bin() {
        twoInTheBin();
        Path copy = elsewhere.resolve("kopie.zip");
        assertThat(run("backup", "--out", copy.toString()).exit).isZero();
        assertThat(run("undelete", "1").exit).isZero();
        assertThat(run("undelete", "2").exit).isZero();

        CliRun restore = run("restore", copy.toString());

        assertThat(restore.exit).as(restore.toString()).isZero();
        assertThat(run("list", "--deleted").out).contains("TZ-1", "TZ-2");
        assertThat(run("list").out).contains("TZ-3").doesNotContain("TZ-1");
        assertThat(run("undelete", "2").exit).isZero();
        assertThat(run("list").out).contains("TZ-2");
    }
}
