package nl.toezeggingen.cli;

import nl.toezeggingen.app.Tracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list")
final class ListCommand extends Subcommand {
    @Option(names = "--format", paramLabel = "text|csv|json", defaultValue = "text",
            descriptionKey = "cli.help.list.format")
    ListFormat format;

    @Override
    public Integer call() {
        try (Tracker tracker = root.openToRead()) {
            if (format == ListFormat.JSON) {
                ListFormat.writeJson(tracker::forEach, out()); // streamed: a large register is never held whole
            } else {
                out().print(format.render(tracker.list(), root.messages()));
            }
            out().flush();
        }
        return Cli.OK;
    }
}
