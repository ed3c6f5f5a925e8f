package nl.toezeggingen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.OverviewFormat;
import nl.toezeggingen.app.Overviews;
import nl.toezeggingen.app.SafeFiles;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.overview.Overview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The status overview in any of its forms; a thin dispatcher: format -> renderer, then stdout or a file. */
@Command(name = "export", description = "Het statusoverzicht als html, text, csv, xlsx, eml of json.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "html|text|csv|xlsx|eml|json", defaultValue = "text")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Schrijf naar dit bestand (verplicht voor xlsx).")
    Path out;

    @Option(names = "--grouped", description = "Groepeer per dossier en actielijn.")
    boolean grouped;

    @Mixin
    ScopeOptions scope;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        OverviewFormat chosen = OverviewFormat.parse(format).orElseThrow(() -> new BadInput(
                messages.get("cli.format.unknown", format, "html, text, csv, xlsx, eml, json")));
        if (out == null && !chosen.printable()) {
            throw new BadInput(messages.get("overview.out.needed", format));
        }
        try (Tracker tracker = root.openTracker()) {
            Overviews overviews = new Overviews(tracker, messages);
            Overview overview = overviews.build(scope.scope(messages), grouped);
            if (overview.isEmpty()) {
                throw new BadInput(messages.get("overview.empty", overviews.labels().scope(overview.scope())));
            }
            byte[] bytes = overviews.render(overview, chosen);
            if (out == null) {
                spec.commandLine().getOut().print(new String(bytes, StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
            } else {
                write(bytes, messages);
            }
        }
        return Cli.OK;
    }

    private void write(byte[] bytes, Messages messages) {
        try {
            SafeFiles.write(out, bytes);
        } catch (IOException e) {
            throw new BadInput(messages.get("overview.out.failed", out, reason(e, messages)));
        }
        spec.commandLine().getErr().println(messages.get("overview.written", out.toAbsolutePath()));
    }

    private static String reason(IOException e, Messages messages) {
        return e instanceof java.nio.file.NoSuchFileException ? messages.get("overview.out.noFolder")
                : e instanceof java.nio.file.AccessDeniedException ? messages.get("overview.out.denied")
                : String.valueOf(e.getMessage());
    }
}
