package nl.toezeggingen.cli;

import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "status", description = "Zet de status van een toezegging (Engelse of Nederlandse woorden).")
final class StatusCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Parameters(index = "1", paramLabel = "STATUS", arity = "1..*",
            description = "Bijvoorbeeld: afgedaan, \"deels afgedaan\", in_progress, voldaan.")
    java.util.List<String> status;

    @Option(names = "--on", paramLabel = "DATE", description = "Datum van afdoening (standaard vandaag).")
    String on;

    @Option(names = "--by", paramLabel = "DOCUMENT", description = "Het document (meestal een Kamerbrief) waarmee het is afgedaan.")
    String by;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        long number = Inputs.id(id, messages);
        Status newStatus = Inputs.status(String.join(" ", status), messages);
        try (Tracker tracker = root.openTracker()) {
            Commitment changed = tracker.changeStatus(number, newStatus, Inputs.date(on, messages), by);
            out().println(messages.get("cli.status.changed", String.valueOf(changed.id()),
                    messages.status(changed.status())));
        }
        return Cli.OK;
    }
}
