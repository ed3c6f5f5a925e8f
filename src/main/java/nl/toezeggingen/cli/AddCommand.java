package nl.toezeggingen.cli;

import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.Commitment;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

@Command(name = "add")
final class AddCommand extends Subcommand {
    @ArgGroup(exclusive = false, multiplicity = "1")
    FieldOptions fields;

    @Override
    public Integer call() {
        try (Tracker tracker = root.openTracker()) {
            Commitment saved = tracker.save(fields.applyTo(Commitment.builder().build(), tracker, root.messages()));
            out().println(saved.id());
        }
        return Cli.OK;
    }
}
