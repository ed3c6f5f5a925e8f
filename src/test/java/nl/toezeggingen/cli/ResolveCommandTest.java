package nl.toezeggingen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** resolve never counts a relative phrase from today: without --made-on it asks for it (issue 16, point 3). */
class ResolveCommandTest {
    @TempDir
    Path data;

    @Test
    void aRelativePhraseWithoutMadeOnAsksForIt() throws Exception {
        CliRun run = CliRun.run(data, "--today", "2024-06-07", "resolve", "binnen zes weken");
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("'binnen zes weken'").contains("--made-on").doesNotContain("Exception");
        assertThat(run.out).isEmpty();
        try (var files = Files.list(data)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".db"))).as("nothing written").isEmpty();
        }
    }

    @Test
    void aPhraseWithoutAYearAlsoNeedsIt() {
        CliRun run = CliRun.run(data, "--today", "2024-06-07", "resolve", "voor de zomer");
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("--made-on");
    }

    @Test
    void withMadeOnItCountsFromThatDay() {
        CliRun run = CliRun.run(data, "resolve", "binnen een half jaar", "--made-on", "2023-09-01");
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).startsWith("2024-03-01");
    }

    @Test
    void aPhraseWithItsOwnYearNeedsNoMadeOn() {
        CliRun run = CliRun.run(data, "--today", "2024-06-07", "resolve", "voor de zomer van 2024");
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).startsWith("2024-07-04");
    }

    @Test
    void aLeftoverIsQuotedAtExitTwo() {
        CliRun run = CliRun.run(data, "resolve", "voor de zomer of rond de kerst", "--made-on", "2024-03-05");
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("'of rond de kerst'");
    }
}
