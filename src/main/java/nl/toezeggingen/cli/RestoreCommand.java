package nl.toezeggingen.cli;

import java.nio.file.Path;
import nl.toezeggingen.app.Backups;
import nl.toezeggingen.app.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "restore")
final class RestoreCommand extends Subcommand {
    @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.restore.file")
    String file;

    @Override
    public Integer call() {
        Messages m = root.messages();
        Backups.Restored restored = root.options().backups().restore(Path.of(file),
                TerminalProgress.of(spec.commandLine().getErr(), root.messages()));
        var out = out();
        out.println(m.get("safety.restore.done", restored.from().toAbsolutePath()));
        if (restored.previousKeptAs() != null) {
            out.println(m.get(restored.previousWasDamaged() ? "safety.restore.damagedAside" : "safety.restore.previousKept",
                    restored.previousKeptAs().toAbsolutePath()));
        }
        return Cli.OK;
    }
}
