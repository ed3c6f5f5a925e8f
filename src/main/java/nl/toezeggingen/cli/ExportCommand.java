package nl.toezeggingen.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Tracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Dispatches {@code export} by format; each format's work lives in its own class (PngExport, ...). */
@Command(name = "export", description = "Schrijft het statusoverzicht, alle gegevens of de tijdlijn (png) weg.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(names = "--format", paramLabel = "png", required = true)
    String format;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Option(names = "--from", paramLabel = "DATE", description = "png: eerste dag in beeld.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "png: laatste dag in beeld.")
    String to;

    @Option(names = "--width", paramLabel = "PX", description = "png: breedte in pixels (standaard 1600).")
    Integer width;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        if (!format.toLowerCase(Locale.ROOT).equals("png")) {
            throw new BadInput(messages.get("cli.format.unknown", format, "png"));
        }
        LocalDate first = Inputs.date(from, messages);
        LocalDate last = Inputs.date(to, messages);
        PngExport.check(out, first, last, width, messages);
        try (Tracker tracker = root.openTracker()) {
            PngExport.write(tracker, out, first, last, width, messages);
        }
        return Cli.OK;
    }
}
