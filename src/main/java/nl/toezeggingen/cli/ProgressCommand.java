package nl.toezeggingen.cli;

import java.time.LocalDate;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Rappel;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.rappel.ProgressEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `progress ID TEXT [--on DATE]`: a dated stand-van-zaken entry ("concept bij DGHO"). */
@Command(name = "progress")
final class ProgressCommand extends OneCommitmentCommand {
    @Parameters(index = "1", paramLabel = "TEXT", arity = "1..*", descriptionKey = "cli.help.progress.text")
    java.util.List<String> text;

    @Option(names = "--on", paramLabel = "DATE", descriptionKey = "cli.help.progress.on")
    String on;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        long number = commitmentId();
        LocalDate day = Inputs.date(on, messages);
        try (Tracker tracker = root.openTracker()) {
            ProgressEntry entry = tracker.rappel().progress(number, String.join(" ", text), day);
            out().println(messages.get("cli.progress.done", String.valueOf(number), entry.on(), entry.text()));
        } catch (Rappel.Refused refused) {
            throw new BadInput(RappelNotes.text(refused.notes(), messages));
        }
        return Cli.OK;
    }
}
