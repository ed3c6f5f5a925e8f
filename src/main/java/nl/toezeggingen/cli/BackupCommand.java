package nl.toezeggingen.cli;

import java.nio.file.Path;
import nl.toezeggingen.app.LaunchOptions;
import nl.toezeggingen.app.Tracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup")
final class BackupCommand extends Subcommand {
    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cli.help.backup.out")
    String out;

    @Override
    public Integer call() {
        LaunchOptions options = root.options();
        // Opened without the start backup: this command makes the one copy that was asked for.
        try (Tracker tracker = options.openWithoutStartBackup()) {
            Path made = options.backups().now(tracker, out == null ? null : Path.of(out),
                    TerminalProgress.of(spec.commandLine().getErr(), root.messages()));
            out().println(root.messages().get("safety.backup.made", made.toAbsolutePath()));
        }
        return Cli.OK;
    }
}
