package nl.toezeggingen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, point 4: `show` prints the history in words, newest first, with local times. Each save is
 * made on a replayed day, whose clock stands at midnight in the program's zone, the zone `show` writes
 * times in: so 00:00, whatever zone this machine is in.
 */
class ShowCommandTest {
    @TempDir
    Path data;

    private void aCommitmentThatMovedAndWasDone() {
        assertThat(CliRun.run(data, "--today", "2024-06-07", "add", "--title", "Brief over klachtvoorzieningen",
                "--made-on", "2024-06-07", "--deadline", "voor de zomer van 2024", "--owner", "Fatima").exit).isZero();
        assertThat(CliRun.run(data, "--today", "2024-07-01", "edit", "1", "--latest", "2024-12-19").exit).isZero();
        CliRun done = CliRun.run(data, "--today", "2024-09-03", "status", "1", "afgedaan", "--by", "Kamerbrief 2024-0456");
        assertThat(done.exit).as(done.toString()).isZero();
    }

    @Test
    void the_history_is_in_dutch_words_newest_first_with_local_times() {
        aCommitmentThatMovedAndWasDone();

        CliRun show = CliRun.run(data, "show", "1");

        assertThat(show.exit).as(show.toString()).isZero();
        String history = show.out.substring(show.out.indexOf("Geschiedenis:"));
        assertThat(history).contains("3 september 2024 00:00", "Status: Openstaand → Afgedaan",
                "Afgedaan op: (leeg) → 3 sep. 2024", "Afgedaan met: (leeg) → Kamerbrief 2024-0456",
                "1 juli 2024 00:00", "Termijn verschoven van 4 jul. 2024 naar 19 dec. 2024",
                "7 juni 2024 00:00", "Toegevoegd: Brief over klachtvoorzieningen");
        assertThat(history.indexOf("Status:")).isLessThan(history.indexOf("Termijn verschoven"));
        assertThat(history.indexOf("Termijn verschoven")).isLessThan(history.indexOf("Toegevoegd"));
        // No codes, no UTC.
        assertThat(history).doesNotContain("OPEN", "DONE", "fulfilledOn", "deadline.latest", "->", "T00:00",
                "2024-07-04", "created");
    }

    @Test
    void the_same_in_english() {
        aCommitmentThatMovedAndWasDone();

        CliRun show = CliRun.run(data, "--lang", "en", "show", "1");

        assertThat(show.exit).as(show.toString()).isZero();
        assertThat(show.out).contains("History:", "3 September 2024 00:00", "Status: Open → Done",
                "Fulfilled on: (empty) → 3 Sept 2024", "Deadline moved from 4 Jul 2024 to 19 Dec 2024",
                "Added: Brief over klachtvoorzieningen");
    }

    @Test
    void one_save_shows_its_time_once_and_its_changes_beneath_each_other() {
        aCommitmentThatMovedAndWasDone();

        String out = CliRun.run(data, "show", "1").out;

        String status = out.lines().filter(l -> l.contains("Status: Openstaand")).findFirst().orElseThrow();
        String fulfilled = out.lines().filter(l -> l.contains("Afgedaan op: (leeg)")).findFirst().orElseThrow();
        assertThat(status).startsWith("3 september 2024 00:00");
        assertThat(fulfilled).startsWith(" ").endsWith("Afgedaan op: (leeg) → 3 sep. 2024");
        assertThat(fulfilled.indexOf("Afgedaan op")).isEqualTo(status.indexOf("Status"));
    }
}
