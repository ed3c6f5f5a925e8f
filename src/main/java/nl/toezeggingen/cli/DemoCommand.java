package nl.toezeggingen.cli;

import java.util.concurrent.Callable;
import nl.toezeggingen.app.Tracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", description = "Laadt het demo-dossier (sociale veiligheid ho&w); tweemaal voegt niets toe.")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Tracker tracker = root.openTracker()) {
            int added = tracker.loadDemo();
            spec.commandLine().getOut().println(root.messages().get("cli.demo.added", added));
        }
        return Cli.OK;
    }
}
