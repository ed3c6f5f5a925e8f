package nl.toezeggingen.cli;

import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.TrackedCommitment;
import picocli.CommandLine.Command;

/** Puts a deleted commitment back from the bin; refusals (unknown id, not deleted, reference taken) exit 2. */
@Command(name = "undelete")
final class UndeleteCommand extends OneCommitmentCommand {
    @Override
    public Integer call() {
        Messages messages = root.messages();
        long number = commitmentId();
        try (Tracker tracker = root.openTracker()) {
            TrackedCommitment back = tracker.undelete(number);
            out().println(messages.get("cli.undelete.done", String.valueOf(back.commitment().id()),
                    back.commitment().title()));
        }
        return Cli.OK;
    }
}
