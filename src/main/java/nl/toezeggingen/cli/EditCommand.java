package nl.toezeggingen.cli;

import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.Commitment;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

@Command(name = "edit")
final class EditCommand extends OneCommitmentCommand {
    @ArgGroup(exclusive = false, multiplicity = "1")
    FieldOptions fields;

    @Override
    public Integer call() {
        long number = commitmentId();
        try (Tracker tracker = root.openTracker()) {
            Commitment current = tracker.get(number).commitment();
            tracker.save(fields.applyTo(current, tracker, root.messages()));
            out().println(number);
        }
        return Cli.OK;
    }
}
