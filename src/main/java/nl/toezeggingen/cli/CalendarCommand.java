package nl.toezeggingen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.toezeggingen.app.CalendarTransfer;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.SafeFiles;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.deadline.CalendarSheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The meeting calendar as a file: `calendar export` and `calendar import FILE`, in the form of kalender.csv. */
@Command(name = "calendar", subcommands = {CalendarCommand.Export.class, CalendarCommand.Import.class})
final class CalendarCommand extends Subcommand {
    @Override
    public Integer call() {
        // `calendar` alone is incomplete: what it can do, on stderr with exit 2, like `event`.
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.BAD_INPUT;
    }

    /** What `calendar export` and `calendar import` share: the program's options and their output. */
    abstract static class Part implements Callable<Integer> {
        @ParentCommand
        CalendarCommand calendar;

        @Spec
        CommandSpec spec;
    }

    @Command(name = "export")
    static final class Export extends Part {
        @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cli.help.calendar.out")
        Path out;

        @Override
        public Integer call() {
            Messages messages = calendar.root.messages();
            calendar.refuseOwnFile(out);
            String text;
            try (Tracker tracker = calendar.root.openToRead()) {
                text = tracker.calendarFiles().export();
            }
            if (out == null) {
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
                return Cli.OK;
            }
            try {
                SafeFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new BadInput(messages.get("overview.out.failed", out, messages.reason(e)));
            }
            spec.commandLine().getErr().println(messages.get("cli.calendar.written", out.toAbsolutePath()));
            return Cli.OK;
        }
    }

    @Command(name = "import")
    static final class Import extends Part {
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.help.calendar.file")
        Path file;

        @Option(names = "--dry-run", descriptionKey = "cli.help.calendar.dryRun")
        boolean dryRun;

        @Override
        public Integer call() {
            Messages messages = calendar.root.messages();
            if (!Files.isRegularFile(file)) {
                throw new BadInput(messages.get("cli.calendar.noFile", file.toAbsolutePath()));
            }
            try (Tracker tracker = dryRun ? calendar.root.openToRead() : calendar.root.openTracker()) {
                CalendarTransfer files = tracker.calendarFiles();
                // Read whole before anything changes: a broken line (file and line named) imports nothing.
                CalendarSheet sheet = files.read(file);
                CalendarTransfer.Imported done = dryRun ? files.check(sheet)
                        : files.importSheet(sheet, file.getFileName().toString());
                var out = spec.commandLine().getOut();
                out.println(messages.get(dryRun ? "cli.calendar.checked" : "cli.calendar.imported",
                        done.recessesChanged(), done.momentsAdded(), done.momentsChanged(), done.moved().size()));
                MovesText.print(out, done.moved(), messages);
                out.flush();
            }
            return Cli.OK;
        }
    }
}
