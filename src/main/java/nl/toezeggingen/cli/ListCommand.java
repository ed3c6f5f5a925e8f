package nl.toezeggingen.cli;

import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.report.CommitmentJson;
import nl.toezeggingen.report.CommitmentText;
import nl.toezeggingen.report.history.HistoryWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list")
final class ListCommand extends Subcommand {
    @Option(names = "--format", paramLabel = "text|csv|json", defaultValue = "text",
            descriptionKey = "cli.help.list.format")
    ListFormat format;

    @Option(names = "--deleted", descriptionKey = "cli.help.list.deleted")
    boolean deleted;

    @Override
    public Integer call() {
        if (deleted && format == ListFormat.CSV) {
            throw new BadInput(root.messages().get("cli.list.deleted.format"));
        }
        try (Tracker tracker = root.openToRead()) {
            if (deleted) {
                printBin(tracker);
            } else if (format == ListFormat.JSON) {
                // streamed: a large register is never held whole
                ListFormat.writeJson(tracker::forEach, tracker.commitmentContext(), out());
            } else {
                out().print(format.render(tracker.list(), root.messages(), tracker.commitmentContext()));
            }
            out().flush();
        }
        return Cli.OK;
    }

    private void printBin(Tracker tracker) {
        if (format == ListFormat.JSON) {
            out().println(CommitmentJson.deletedArray(tracker.deleted(), tracker.today(), tracker.horizonDays(),
                    tracker.commitmentContext()));
            return;
        }
        var messages = root.messages();
        // Times as show prints them: in the zone of the program's clock.
        HistoryWords words = new HistoryWords(messages::get, messages.locale(), root.options().clock().getZone());
        out().print(CommitmentText.bin(tracker.deleted(), messages::get, words::when));
    }
}
