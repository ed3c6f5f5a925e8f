package nl.toezeggingen.cli;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import nl.toezeggingen.app.LaunchOptions;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Tracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "toezeggingen", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Houdt de toezeggingen van bewindspersonen aan de Kamer bij. Zonder opdracht opent het venster.",
        subcommands = {DemoCommand.class, ListCommand.class, ShowCommand.class, AddCommand.class, EditCommand.class,
                StatusCommand.class, OverdueCommand.class, ResolveCommand.class, ExportCommand.class})
final class RootCommand implements Callable<Integer> {
    private final Consumer<LaunchOptions> window;

    @Option(names = "--data", paramLabel = "DIR", description = "Map met de gegevens (ook: TOEZEGGINGEN_DATA).")
    String data;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "Doe alsof het vandaag deze dag is.")
    String today;

    @Option(names = "--lang", paramLabel = "nl|en", description = "Taal van meldingen en venster.")
    String lang;

    RootCommand(Consumer<LaunchOptions> window) {
        this.window = window;
    }

    Messages messages() {
        return Messages.forLanguage(lang);
    }

    LaunchOptions options() {
        Messages messages = messages();
        if (lang != null && !lang.equalsIgnoreCase("nl") && !lang.equalsIgnoreCase("en")) {
            throw new BadInput(messages.get("cli.lang.unknown", lang));
        }
        return LaunchOptions.of(data, Inputs.date(today, messages), lang);
    }

    Tracker openTracker() {
        return options().openTracker();
    }

    @Override
    public Integer call() {
        window.accept(options());
        return Cli.OK;
    }
}
