package nl.toezeggingen.cli;

import java.time.LocalDate;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "status")
final class StatusCommand extends OneCommitmentCommand {
    @Parameters(index = "1", paramLabel = "STATUS", arity = "1..*", descriptionKey = "cli.help.status.status")
    java.util.List<String> status;

    @Option(names = "--on", paramLabel = "DATE", descriptionKey = "cli.help.status.on")
    String on;

    @Option(names = "--by", paramLabel = "DOCUMENT", descriptionKey = "cli.help.status.by")
    String by;

    @Option(names = "--final", descriptionKey = "cli.help.status.final")
    boolean last;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        long number = commitmentId();
        Status newStatus = Inputs.status(String.join(" ", status), messages);
        try (Tracker tracker = root.openTracker()) {
            LocalDate day = Inputs.date(on, messages);
            Commitment changed = last ? tracker.closeForGood(number, newStatus, day, by)
                    : tracker.changeStatus(number, newStatus, day, by);
            if (newStatus == Status.DONE && changed.status() != Status.DONE) {
                // A recurring commitment: this time is done, the next one is planned.
                out().println(messages.get("cli.status.nextOccurrence", String.valueOf(changed.id()),
                        changed.deadline().latest()));
            } else {
                out().println(messages.get("cli.status.changed", String.valueOf(changed.id()),
                        messages.status(changed.status())));
            }
        }
        return Cli.OK;
    }
}
