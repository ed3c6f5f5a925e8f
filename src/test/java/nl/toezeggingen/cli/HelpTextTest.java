package nl.toezeggingen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The help of the command line comes from the message bundles: Dutch by default, English with --lang en. */
class HelpTextTest {
    @TempDir
    Path data;

    /** What the help printed, its lines joined: picocli wraps at 80 columns. */
    private String help(String... args) {
        CliRun run = CliRun.run(data, args);
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.err).as(run.toString()).isEmpty();
        return run.out.replaceAll("\\s+", " ");
    }

    @Test
    void theHelpIsDutchByDefault() {
        assertThat(help("--help")).startsWith("Gebruik: toezeggingen")
                .contains("Houdt de toezeggingen van bewindspersonen aan de Kamer bij.")
                .contains("Opdrachten:")
                .contains("Legt een nieuwe toezegging vast en drukt haar nummer af.")
                .contains("Toont deze hulp en stopt.")
                .doesNotContain("Usage:", "Show this help message");
        assertThat(help("add", "--help")).startsWith("Gebruik: toezeggingen add")
                .contains("Legt een nieuwe toezegging vast en drukt haar nummer af.")
                .contains("De termijn zoals uitgesproken, bijvoorbeeld \"voor de zomer van 2025\".");
        assertThat(help("export", "-h"))
                .contains("Het statusoverzicht als html, text, csv, xlsx, eml of json, de tijdlijn als png, of de bijlage bij het rappel als docx of pdf.")
                .contains("Groepeer per dossier en actielijn.");
    }

    @Test
    void langEnGivesTheHelpInEnglish() {
        assertThat(help("--lang", "en", "--help")).startsWith("Usage: toezeggingen")
                .contains("Keeps track of the commitments ministers made to parliament.")
                .contains("Commands:")
                .contains("Records a new commitment and prints its number.")
                .contains("Shows this help and exits.")
                .doesNotContain("Houdt de toezeggingen", "Gebruik:");
        assertThat(help("--lang", "en", "add", "--help")).startsWith("Usage: toezeggingen add")
                .contains("Records a new commitment and prints its number.")
                .contains("The deadline as it was spoken, for example \"before summer 2025\".")
                .doesNotContain("De termijn zoals uitgesproken");
        assertThat(help("--lang=en", "export", "--help"))
                .contains("The status overview as html, text, csv, xlsx, eml or json, the timeline as png, or the rappel annex as docx or pdf.")
                .contains("Group by dossier and action line.")
                .doesNotContain("Groepeer");
    }

    /**
     * Each file on its own, without the Dutch file behind the English one as the running program has it: a key
     * missing from either file leaves a command, option or parameter without words here.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/i18n/messages.properties", "/i18n/messages_en.properties"})
    void everyCommandOptionAndParameterIsDescribedInBothLanguages(String file) throws IOException {
        CommandLine line = new CommandLine(new RootCommand(options -> {
            throw new AssertionError("only the help is read");
        }));
        line.setResourceBundle(alone(file));
        List<String> undescribed = new ArrayList<>();
        walk(line, undescribed);
        assertThat(undescribed).as(file).isEmpty();
    }

    @Test
    void theWalkFindsEveryCommand() {
        CommandLine line = new CommandLine(new RootCommand(options -> { }));
        assertThat(line.getSubcommands()).hasSizeGreaterThanOrEqualTo(12).containsKeys("add", "export", "import");
        assertThat(line.getSubcommands().get("add").getCommandSpec().options()).hasSizeGreaterThan(10);
    }

    private static void walk(CommandLine line, List<String> undescribed) {
        CommandSpec spec = line.getCommandSpec();
        String name = spec.qualifiedName();
        if (blank(spec.usageMessage().description())) {
            undescribed.add(name);
        }
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec arg : args) {
            if (blank(arg.description())) {
                undescribed.add(name + " " + (arg instanceof OptionSpec option ? option.longestName()
                        : arg.paramLabel()));
            }
        }
        line.getSubcommands().values().forEach(sub -> walk(sub, undescribed));
    }

    private static boolean blank(String[] lines) {
        return lines.length == 0 || String.join("", lines).isBlank();
    }

    private static ResourceBundle alone(String file) throws IOException {
        try (InputStream in = HelpTextTest.class.getResourceAsStream(file)) {
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }
}
