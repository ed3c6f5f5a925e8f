package nl.toezeggingen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of command line picocli cannot read is told in the user's language, never in picocli's English. */
class ParseErrorsTest {
    /** Words of picocli's own messages; none may reach a user. */
    private static final String[] PICOCLI_ENGLISH = {"Unknown option", "Unmatched argument", "Missing required",
        "Invalid value", "is not an int", "expected one of", "expected only one match", "should be specified only once",
        "Expected parameter", "Did you mean:", "Possible solutions", "Error:", "Exception", "\tat "};

    @TempDir
    Path data;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --foo                              | 'toezeggingen' kent de optie --foo niet.
            --foo=bar                          | 'toezeggingen' kent de optie --foo niet.
            list --foo --bar                   | 'list' kent de opties --foo, --bar niet. Bedoelt u --format?
            add --titel x                      | 'add' kent de optie --titel niet. Bedoelt u --title?
            lijst                              | 'lijst' is geen opdracht. Bedoelt u list?
            show 1 2                           | Bij 'show' is '2' te veel.
            show                               | Bij 'show' ontbreekt nog ID.
            status 1                           | Bij 'status' ontbreekt nog STATUS.
            add                                | Geef bij 'add' minstens één veld op, bijvoorbeeld --title.
            edit 1                             | Geef bij 'edit' minstens één veld op, bijvoorbeeld --title.
            list --format                      | Na --format ontbreekt de waarde.
            add --title --owner x              | Na --title ontbreekt de waarde.
            list --format xml                  | 'xml' kan niet bij --format. Kies uit: text, csv, json.
            export --format png --width x      | Bij --width hoort een heel getal, niet 'x'.
            export --format png --width 99999999999 | Bij --width hoort een heel getal, niet '99999999999'.
            export --out a --out b             | --out staat er meer dan eens; geef het één keer op.
            add --title a --title b            | --title staat er meer dan eens; geef het één keer op.
            add --title a --owner=b --owner c  | --owner staat er meer dan eens; geef het één keer op.
            """)
    void eachKindIsToldInDutch(String args, String message) {
        CliRun run = CliRun.run(data, args.split(" "));
        assertRefused(run, message);
        assertThat(run.err).contains("Zie 'toezeggingen --help'");
    }

    /** Numbers and dates that options take as text are read by Inputs, with its own messages. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            overdue --within x                 | 'x' is geen geldig aantal dagen.
            overdue --within 99999999999       | '99999999999' is geen geldig aantal dagen.
            add --title x --made-on gisteren   | 'gisteren' is geen geldige datum.
            export --format png --out t.png --from 2025-02-30 | '2025-02-30' is geen geldige datum.
            show x                             | 'x' is geen nummer van een toezegging.
            """)
    void valuesReadAsTextGetOurMessagesToo(String args, String message) {
        assertRefused(CliRun.run(data, args.split(" ")), message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --lang en --foo                    | 'toezeggingen' has no option --foo.
            --lang=en list --foo               | 'list' has no option --foo.
            --lang en show                     | 'show' still needs ID.
            --lang en list --format xml        | 'xml' is not possible for --format. Choose from: text, csv, json.
            --lang en export --width x         | --width needs a whole number, not 'x'.
            --lang en add --title a --title b  | --title is given more than once; give it once.
            --lang en lijst                    | 'lijst' is not a command. Did you mean list?
            """)
    void langEnGivesEnglish(String args, String message) {
        CliRun run = CliRun.run(data, args.split(" "));
        assertRefused(run, message);
        assertThat(run.err).contains("See 'toezeggingen --help'");
    }

    @Test
    void theDataFolderGivenTwiceIsNamed() {
        // CliRun gives --data once already.
        CliRun run = CliRun.run(data, "--data", data.toString(), "list");
        assertRefused(run, "--data staat er meer dan eens; geef het één keer op.");
    }

    @Test
    void aMissingLanguageIsToldInDutch() {
        assertRefused(CliRun.run(data, "--lang"), "Na --lang ontbreekt de waarde.");
    }

    private static void assertRefused(CliRun run, String message) {
        assertThat(run.exit).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err).as(run.toString()).contains(message).doesNotContain(PICOCLI_ENGLISH);
        assertThat(run.out).as(run.toString()).isEmpty();
    }
}
