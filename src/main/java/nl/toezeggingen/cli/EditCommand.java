package nl.toezeggingen.cli;

import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.Commitment;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "edit")
final class EditCommand extends Subcommand {
    @Parameters(paramLabel = "ID", descriptionKey = "cli.help.id")
    String id;

    @ArgGroup(exclusive = false, multiplicity = "1")
    FieldOptions fields;

    @Override
    public Integer call() {
        long number = Inputs.id(id, root.messages());
        try (Tracker tracker = root.openTracker()) {
            Commitment current = tracker.get(number).commitment();
            tracker.save(fields.applyTo(current, tracker, root.messages()));
            out().println(number);
        }
        return Cli.OK;
    }
}
