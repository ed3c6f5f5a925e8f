package nl.toezeggingen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import nl.toezeggingen.app.Messages;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
    private long now;
    private final StringWriter written = new StringWriter();
    private final TerminalProgress progress = new TerminalProgress(new PrintWriter(written, true),
            Messages.forLanguage("nl"), () -> now);

    @Test
    void saysNothingInTheFirstSecondThenOneLineRewrittenInPlace() {
        progress.at("progress.import.checking", 500, 100_000);
        assertThat(written.toString()).as("work done within a second shows no line").isEmpty();

        now = 1_500_000_000L;
        progress.at("progress.import.checking", 45_000, 100_000);
        now += 10_000_000L;
        progress.at("progress.import.checking", 45_500, 100_000);
        assertThat(written.toString()).as("at most five lines a second").startsWith("\rRegel 45.000 van 100.000 gecontroleerd")
                .doesNotContain("45.500");

        now += 300_000_000L;
        progress.at("progress.import.saving", 100_000, 100_000);
        assertThat(written.toString()).contains("\r100.000 van 100.000 toezeggingen opgeslagen").endsWith(System.lineSeparator());
    }

    @Test
    void noLineWithoutATerminal() {
        // The tests run with their output captured, as a script or a pipe would: System.console() is null.
        assertThat(TerminalProgress.of(new PrintWriter(written), Messages.forLanguage("nl")))
                .isSameAs(nl.toezeggingen.app.Progress.NONE);
    }
}
