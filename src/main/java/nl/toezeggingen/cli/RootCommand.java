package nl.toezeggingen.cli;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import nl.toezeggingen.app.DataDirectory;
import nl.toezeggingen.app.LaunchOptions;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Tracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root of the command line. Every help text (descriptions, headings) comes from the message bundle,
 * in the language of --lang ({@link Cli#run} hands picocli the bundle once --lang is read): the keys are
 * {@code toezeggingen[.COMMAND].usage.description} for a command and {@code cli.help.*} for an option.
 */
@Command(name = "toezeggingen", versionProvider = Version.class,
        subcommands = {DemoCommand.class, ListCommand.class, ShowCommand.class, AddCommand.class, EditCommand.class,
                StatusCommand.class, OverdueCommand.class, ResolveCommand.class, ExportCommand.class,
                BackupCommand.class, RestoreCommand.class, ImportCommand.class, UndeleteCommand.class,
                EventsCommand.class, EventCommand.class, CalendarCommand.class, PostponeCommand.class,
                ProgressCommand.class, InternalCommand.class, InternalRuleCommand.class})
final class RootCommand implements Callable<Integer> {
    private final Consumer<LaunchOptions> window;

    @Option(names = "--data", paramLabel = "DIR", descriptionKey = "cli.help.data")
    String data;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.help.today")
    String today;

    @Option(names = "--lang", paramLabel = "nl|en", descriptionKey = "cli.help.lang")
    String lang;

    /** Inherited, so every command answers --help with its own options. */
    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, descriptionKey = "cli.help.help")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, descriptionKey = "cli.help.version")
    boolean version;

    RootCommand(Consumer<LaunchOptions> window) {
        this.window = window;
    }

    Messages messages() {
        return Messages.forLanguage(lang);
    }

    LaunchOptions options() {
        return launchOptions(data, today, lang);
    }

    static LaunchOptions launchOptions(String data, String today, String lang) {
        Messages messages = Messages.forLanguage(lang);
        if (lang != null && !lang.equalsIgnoreCase("nl") && !lang.equalsIgnoreCase("en")) {
            throw new BadInput(messages.get("cli.lang.unknown", lang));
        }
        LaunchOptions options = LaunchOptions.of(data, Inputs.date(today, messages), lang);
        if (!DataDirectory.usable(options.dataDirectory())) {
            throw new BadInput(messages.get("data.unusablePath", options.dataDirectory().toAbsolutePath()));
        }
        return options;
    }

    /** The data folder named by the options, for messages about it; the default one when they are unusable. */
    java.nio.file.Path dataFolder() {
        return DataDirectory.resolve(data);
    }

    /** For a command that changes the data: a start backup first, when anything changed since the last one. */
    Tracker openTracker() {
        return options().openTracker();
    }

    /** For a command that only reads: no start backup, so running it never turns the backups over. */
    Tracker openToRead() {
        return options().openWithoutStartBackup();
    }

    @Override
    public Integer call() {
        window.accept(options());
        return Cli.OK;
    }
}
