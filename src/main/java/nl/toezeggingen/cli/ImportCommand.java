package nl.toezeggingen.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toezeggingen.app.ImportReport;
import nl.toezeggingen.app.Imports;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.ImportFormat;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import")
final class ImportCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.help.import.file")
    Path file;

    @Option(names = "--format", paramLabel = "csv|xlsx|json|tk", descriptionKey = "cli.help.import.format")
    String format;

    @Option(names = "--dry-run", descriptionKey = "cli.help.import.dryRun")
    boolean dryRun;

    @Option(names = "--map-status", paramLabel = "WOORD=STATUS", descriptionKey = "cli.help.import.mapStatus")
    List<String> mapStatus = new ArrayList<>();

    @Override
    public Integer call() {
        Messages messages = root.messages();
        ImportFormat chosen = format == null ? null : ImportFormat.parse(format)
                .orElseThrow(() -> new BadInput(messages.get("import.format.unknown", format)));
        Map<String, Status> words = statusWords(messages);
        ImportReport report;
        try (Tracker tracker = dryRun ? root.openToRead() : root.openTracker()) {
            Imports imports = tracker.imports(words);
            var progress = TerminalProgress.of(spec.commandLine().getErr(), messages);
            report = dryRun ? imports.check(file, chosen, progress) : imports.run(file, chosen, progress);
        }
        // Warnings go with the summary; a refused file's whole report goes to stderr.
        var lines = report.lines(messages);
        var out = report.accepted() ? out() : spec.commandLine().getErr();
        lines.forEach(out::println);
        out.println(report.summary(messages));
        if (!report.unknownStatusWords().isEmpty()) {
            out.println(messages.get("cli.import.mapHint", report.unknownStatusWords().get(0)));
        }
        out.flush();
        return report.accepted() ? Cli.OK : Cli.BAD_INPUT;
    }

    /** Every --map-status read before anything is opened: one that cannot be used stops the import. */
    private Map<String, Status> statusWords(Messages messages) {
        Map<String, Status> words = new LinkedHashMap<>();
        for (String given : mapStatus) {
            int is = given.lastIndexOf('=');
            String word = is < 0 ? null : Text.clean(given.substring(0, is));
            Optional<Status> status = is < 0 ? Optional.empty() : Status.parse(given.substring(is + 1));
            if (word == null || status.isEmpty()) {
                throw new BadInput(messages.get("cli.import.mapStatus.form", Text.printable(given)));
            }
            Status.parse(word).ifPresent(own -> {
                throw new BadInput(messages.get("cli.import.mapStatus.own", Text.printable(word), messages.status(own)));
            });
            words.put(word, status.get());
        }
        return words;
    }
}
