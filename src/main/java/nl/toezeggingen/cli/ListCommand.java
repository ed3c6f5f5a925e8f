package nl.toezeggingen.cli;

import java.util.concurrent.Callable;
import nl.toezeggingen.app.Tracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "list", description = "Alle toezeggingen.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|csv|json", defaultValue = "text")
    ListFormat format;

    @Override
    public Integer call() {
        try (Tracker tracker = root.openTracker()) {
            spec.commandLine().getOut().print(format.render(tracker.list(), root.messages()));
            spec.commandLine().getOut().flush();
        }
        return Cli.OK;
    }
}
