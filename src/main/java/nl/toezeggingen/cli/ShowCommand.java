package nl.toezeggingen.cli;

import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.report.CommitmentText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Eén toezegging, met haar geschiedenis.")
final class ShowCommand extends Subcommand {
    @Parameters(paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
        long number = Inputs.id(id, root.messages());
        try (Tracker tracker = root.openToRead()) {
            TrackedCommitment tracked = tracker.get(number);
            out().print(
                    CommitmentText.details(tracked, tracker.history(number), root.messages()::get));
            out().flush();
        }
        return Cli.OK;
    }
}
