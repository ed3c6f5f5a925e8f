package nl.toezeggingen.cli;

import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Rappel;
import nl.toezeggingen.app.Tracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `postpone ID --to DATE|PHRASE --reason TEXT [--informed-by DOCUMENT]`: a postponement, kept in the history. */
@Command(name = "postpone")
final class PostponeCommand extends OneCommitmentCommand {
    @Option(names = "--to", paramLabel = "DATE|PHRASE", descriptionKey = "cli.help.postpone.to")
    String to;

    @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "cli.help.postpone.reason")
    String reason;

    @Option(names = "--informed-by", paramLabel = "DOCUMENT", descriptionKey = "cli.help.postpone.informedBy")
    String informedBy;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        long number = commitmentId();
        // Asked for before the data is opened: a postponement without a reason is no postponement.
        if (reason == null || reason.isBlank()) {
            throw new BadInput(messages.get("rappel.postpone.reason.empty"));
        }
        if (to == null || to.isBlank()) {
            throw new BadInput(messages.get("rappel.postpone.to.empty"));
        }
        try (Tracker tracker = root.openTracker()) {
            Rappel.Postponed done = tracker.rappel().postpone(number, to, reason, informedBy);
            out().println(messages.get("cli.postpone.done", String.valueOf(number),
                    done.postponement().from().latest(), done.postponement().to().latest(),
                    done.postponement().from().latest() == null ? 0 : 1));
            for (Rappel.Note warning : done.warnings()) {
                spec.commandLine().getErr().println(messages.note(warning));
            }
        } catch (Rappel.Refused refused) {
            throw new BadInput(RappelNotes.text(refused.notes(), messages));
        }
        return Cli.OK;
    }
}
