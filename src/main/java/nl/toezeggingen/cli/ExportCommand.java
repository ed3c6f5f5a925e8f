package nl.toezeggingen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import nl.toezeggingen.app.AnnexFormat;
import nl.toezeggingen.app.Annexes;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.OverviewFormat;
import nl.toezeggingen.app.Overviews;
import nl.toezeggingen.app.SafeFiles;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.overview.Overview;
import nl.toezeggingen.domain.overview.Scope;
import nl.toezeggingen.domain.rappel.Annex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The status overview in any of its forms, the timeline as a picture, or the rappel's annex (docx, pdf). A thin dispatcher: format ->
 * renderer, then stdout or a file; each format's work lives in its own class.
 */
@Command(name = "export")
final class ExportCommand extends Subcommand {
    private static final String FORMATS = "html, text, csv, xlsx, eml, json, png, docx, pdf";

    @Option(names = "--format", paramLabel = "html|text|csv|xlsx|eml|json|png|docx|pdf", defaultValue = "text",
            descriptionKey = "cli.help.export.format")
    String format;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cli.help.export.out")
    Path out;

    @Option(names = "--grouped", descriptionKey = "cli.help.export.grouped")
    boolean grouped;

    @Mixin
    ScopeOptions scope;

    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "cli.help.export.from")
    String from;

    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "cli.help.export.to")
    String to;

    @Option(names = "--width", paramLabel = "PX", descriptionKey = "cli.help.export.width")
    Integer width;

    @Option(names = "--on", paramLabel = "DATE", descriptionKey = "cli.help.export.on")
    String on;

    @Option(names = "--draft", descriptionKey = "cli.help.export.draft")
    boolean draft;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        refuseOwnFile(out);
        Optional<AnnexFormat> annex = AnnexFormat.parse(format);
        if (annex.isPresent()) {
            return annex(annex.get(), messages);
        }
        if (on != null || draft) {
            throw new BadInput(messages.get("annex.only"));
        }
        if (format.toLowerCase(Locale.ROOT).equals("png")) {
            return picture(messages);
        }
        OverviewFormat chosen = OverviewFormat.parse(format).orElseThrow(() -> new BadInput(
                messages.get("cli.format.unknown", format, FORMATS)));
        if (out == null && !chosen.printable()) {
            throw new BadInput(messages.get("overview.out.needed", format));
        }
        try (Tracker tracker = root.openToRead()) {
            Overviews overviews = tracker.overviews(messages, PngExport.pictures(messages)::whole);
            Overview overview = overviews.build(scope.scope(messages), grouped);
            if (overview.isEmpty()) {
                throw new BadInput(messages.get("overview.empty", overviews.labels().scope(overview.scope())));
            }
            byte[] bytes = overviews.render(overview, chosen);
            if (out == null) {
                out().print(new String(bytes, StandardCharsets.UTF_8));
                out().flush();
            } else {
                write(bytes, messages, "overview.written");
            }
        }
        return Cli.OK;
    }

    /** The rappel's annex: the open commitments in scope, one table per dossier (issue 19). */
    private int annex(AnnexFormat chosen, Messages messages) {
        if (out == null) {
            throw new BadInput(messages.get("overview.out.needed", format));
        }
        LocalDate reference = Inputs.date(on, messages);
        Scope wanted = scope.scope(messages);
        try (Tracker tracker = root.openToRead()) {
            Annexes annexes = new Annexes(tracker, messages);
            Annex made = annexes.build(wanted, reference == null ? tracker.today() : reference, draft);
            if (made.isEmpty()) {
                throw new BadInput(messages.get("annex.empty", annexes.scopeWords(wanted)));
            }
            write(annexes.render(made, chosen), messages, "annex.written");
        }
        return Cli.OK;
    }

    private int picture(Messages messages) {
        LocalDate first = Inputs.date(from, messages);
        LocalDate last = Inputs.date(to, messages);
        PngExport.check(out, first, last, width, messages);
        try (Tracker tracker = root.openToRead()) {
            PngExport.write(tracker, out, first, last, width, messages);
        }
        return Cli.OK;
    }

    private void write(byte[] bytes, Messages messages, String writtenKey) {
        try {
            SafeFiles.write(out, bytes);
        } catch (IOException e) {
            throw new BadInput(messages.get("overview.out.failed", out, messages.reason(e)));
        }
        spec.commandLine().getErr().println(messages.get(writtenKey, out.toAbsolutePath()));
    }
}
