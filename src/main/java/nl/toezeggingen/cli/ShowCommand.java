package nl.toezeggingen.cli;

import java.util.Optional;
import nl.toezeggingen.app.LaunchOptions;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.DeletedCommitment;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.report.CommitmentText;
import nl.toezeggingen.report.history.HistoryWords;
import picocli.CommandLine.Command;

@Command(name = "show")
final class ShowCommand extends OneCommitmentCommand {
    @Override
    public Integer call() {
        Messages messages = root.messages();
        long number = commitmentId();
        LaunchOptions options = root.options();
        // The history's times in the zone of the program's clock, the one --today replays a day in.
        HistoryWords history = new HistoryWords(messages::get, messages.locale(), options.clock().getZone());
        try (Tracker tracker = options.openWithoutStartBackup()) {
            Optional<DeletedCommitment> binned = tracker.findDeleted(number);
            TrackedCommitment tracked = binned.isPresent()
                    ? new TrackedCommitment(binned.get().commitment(),
                            Urgency.of(binned.get().commitment(), tracker.today(), tracker.horizonDays()))
                    : tracker.get(number);
            // A deleted one is shown all the same, its history too, after the sentence that says how to get it back.
            binned.ifPresent(d -> out().println(inBin(d, history, messages)));
            out().print(CommitmentText.details(tracked, history.entries(tracker.history(number)), messages::get,
                    tracker.commitmentContext()));
            out().flush();
        }
        return Cli.OK;
    }

    private static String inBin(DeletedCommitment d, HistoryWords history, Messages messages) {
        String id = String.valueOf(d.commitment().id());
        String when = history.when(d.deletedAt());
        return d.deletedBy() == null || d.deletedBy().isBlank()
                ? messages.get("cli.show.inBin.nobody", when, id)
                : messages.get("cli.show.inBin", when, d.deletedBy(), id);
    }
}
