package nl.toezeggingen.cli;

import java.util.concurrent.Callable;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.Commitment;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "add", description = "Legt een nieuwe toezegging vast en drukt haar nummer af.")
final class AddCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = false, multiplicity = "1")
    FieldOptions fields;

    @Override
    public Integer call() {
        try (Tracker tracker = root.openTracker()) {
            Commitment saved = tracker.save(fields.applyTo(Commitment.builder().build(), tracker, root.messages()));
            spec.commandLine().getOut().println(saved.id());
        }
        return Cli.OK;
    }
}
