package nl.toezeggingen.cli;

import nl.toezeggingen.app.LaunchOptions;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.report.CommitmentText;
import nl.toezeggingen.report.history.HistoryWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show")
final class ShowCommand extends Subcommand {
    @Parameters(paramLabel = "ID", descriptionKey = "cli.help.id")
    String id;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        long number = Inputs.id(id, messages);
        LaunchOptions options = root.options();
        // The history's times in the zone of the program's clock, the one --today replays a day in.
        HistoryWords history = new HistoryWords(messages::get, messages.locale(), options.clock().getZone());
        try (Tracker tracker = options.openWithoutStartBackup()) {
            TrackedCommitment tracked = tracker.get(number);
            out().print(CommitmentText.details(tracked, history.entries(tracker.history(number)), messages::get));
            out().flush();
        }
        return Cli.OK;
    }
}
