package nl.toezeggingen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.toezeggingen.domain.deadline.DeadlineParser;
import nl.toezeggingen.domain.deadline.Explanation;
import nl.toezeggingen.domain.deadline.PhraseForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deadline language's keys exist in both languages and format into real sentences. */
class DeadlineMessagesTest {
    static final Messages DUTCH = new Messages(Messages.DUTCH);
    static final Messages ENGLISH = new Messages(Messages.ENGLISH);
    static final LocalDate MEMO = LocalDate.of(2024, 6, 7);

    @TempDir
    Path data;

    @Test
    void everyKeyTheDeadlinePackageUsesIsInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern key = Pattern.compile("\"(deadline\\.(?:explain|refused|calendar|form)\\.[A-Za-z]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/nl/toezeggingen"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(50);
        for (String k : keys) {
            assertThat(DUTCH.bundle().containsKey(k)).as("Dutch %s", k).isTrue();
            assertThat(ENGLISH.bundle().getLocale().getLanguage()).isEqualTo("en");
            assertThat(ENGLISH.bundle().containsKey(k)).as("English %s", k).isTrue();
        }
    }

    @Test
    void theExplanationReadsAsTheIssueAsks() {
        DeadlineParser parser = new DeadlineParser(CalendarLoader.load(data));
        Explanation official = parser.resolve("voor de zomer van 2024", MEMO).explanation();
        assertThat(text(DUTCH, official)).isEqualTo(
                "uiterlijk donderdag 4 juli 2024: laatste vergaderdag voor het zomerreces (5 juli t/m 2 september 2024)");
        assertThat(text(ENGLISH, official)).startsWith("by Thursday").contains("4 July 2024")
                .contains("summer recess (5 July to 2 September 2024)");
        Explanation unverified = parser.resolve("voor de zomer in 2025", MEMO).explanation();
        assertThat(text(DUTCH, unverified)).contains("2025").contains("(geschat: ");
        assertThat(text(ENGLISH, unverified)).contains("(estimated: ");
        assertThat(text(DUTCH, parser.resolve("binnen drie weken", MEMO).explanation()))
                .isEqualTo("uiterlijk vrijdag 28 juni 2024: 3 weken na 7 juni 2024, de datum van de toezegging");
        assertThat(text(ENGLISH, parser.resolve("binnen 1 dag", MEMO).explanation())).contains(": 1 day after");
        assertThat(text(DUTCH, parser.resolve("Q3 2025", MEMO).explanation()))
                .isEqualTo("1 juli 2025 t/m 30 september 2025: het derde kwartaal van 2025");
    }

    @Test
    void everyExampleAndRefusalFormatsInBothLanguages() {
        DeadlineParser parser = new DeadlineParser(CalendarLoader.load(data));
        for (PhraseForm form : DeadlineParser.forms()) {
            for (String example : form.examples()) {
                Explanation explanation = parser.resolve(example, MEMO).explanation();
                for (Messages messages : List.of(DUTCH, ENGLISH)) {
                    assertThat(text(messages, explanation)).as(example).doesNotContain("{").doesNotContain("deadline.");
                    assertThat(messages.get(form.descriptionKey())).doesNotStartWith("deadline.");
                }
            }
        }
        for (String nonsense : List.of("", "vaag", "31-02-2025", "na maart")) {
            Explanation refusal = parser.resolve(nonsense, MEMO).refusal();
            assertThat(text(DUTCH, refusal)).as(nonsense).doesNotContain("{").contains("2025");
            assertThat(text(ENGLISH, refusal)).as(nonsense).doesNotContain("{").contains("2025");
        }
        assertThat(text(DUTCH, parser.resolve("voor het meireces 2031", MEMO).refusal()))
                .startsWith("Het meireces van 2031 staat nog niet in de kalender").contains("kalender.csv");
        assertThat(text(DUTCH, parser.resolve("vaag", MEMO).refusal()))
                .startsWith("'vaag' is geen termijn").contains("voor de zomer van 2025").contains("binnen drie weken");
    }

    @Test
    void aCalendarErrorFormatsWithFileAndLine() {
        var error = new nl.toezeggingen.domain.deadline.CalendarFormatException("deadline.calendar.date",
                "C:\\data\\kalender.csv", 1200, "zomerreces,2025-02-31,2025-09-01,officieel", "not a date");
        assertThat(DUTCH.get(error.key(), error.args().toArray())).isEqualTo("C:\\data\\kalender.csv, regel 1200: "
                + "een datum klopt niet; schrijf bijvoorbeeld 2025-07-04 of 4-7-2025: "
                + "\"zomerreces,2025-02-31,2025-09-01,officieel\"");
    }

    private static String text(Messages messages, Explanation explanation) {
        return messages.get(explanation.key(), explanation.args().toArray());
    }
}
