package nl.toezeggingen.cli;

import nl.toezeggingen.app.Tracker;
import picocli.CommandLine.Command;

@Command(name = "demo")
final class DemoCommand extends Subcommand {
    @Override
    public Integer call() {
        try (Tracker tracker = root.openTracker()) {
            int added = tracker.loadDemo();
            out().println(root.messages().get("cli.demo.added", added));
        }
        return Cli.OK;
    }
}
