package nl.toezeggingen.cli;

import java.util.concurrent.Callable;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.report.CommitmentText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", description = "Eén toezegging, met haar geschiedenis.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
        long number = Inputs.id(id, root.messages());
        try (Tracker tracker = root.openTracker()) {
            TrackedCommitment tracked = tracker.get(number);
            spec.commandLine().getOut().print(
                    CommitmentText.details(tracked, tracker.history(number), root.messages()::get));
            spec.commandLine().getOut().flush();
        }
        return Cli.OK;
    }
}
