package nl.toezeggingen.cli;

import java.nio.file.Path;
import nl.toezeggingen.app.ImportReport;
import nl.toezeggingen.app.Imports;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.ImportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Leest een lijst in (CSV, Excel, JSON, Tweede Kamer-data): alle regels of geen.")
final class ImportCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--format", paramLabel = "csv|xlsx|json|tk",
            description = "Zonder: geraden uit de naam en de inhoud van het bestand.")
    String format;

    @Option(names = "--dry-run", description = "Alleen controleren en melden; er wordt niets opgeslagen.")
    boolean dryRun;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        ImportFormat chosen = format == null ? null : ImportFormat.parse(format)
                .orElseThrow(() -> new BadInput(messages.get("import.format.unknown", format)));
        ImportReport report;
        try (Tracker tracker = dryRun ? root.openToRead() : root.openTracker()) {
            Imports imports = new Imports(tracker);
            var progress = TerminalProgress.of(spec.commandLine().getErr(), messages);
            report = dryRun ? imports.check(file, chosen, progress) : imports.run(file, chosen, progress);
        }
        // Warnings go with the summary; a refused file's whole report goes to stderr.
        var lines = report.lines(messages);
        var out = report.accepted() ? out() : spec.commandLine().getErr();
        lines.forEach(out::println);
        out.println(report.summary(messages));
        out.flush();
        return report.accepted() ? Cli.OK : Cli.BAD_INPUT;
    }
}
