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
        assertThat(text(DUTCH, official)).isEqualTo("Uiterlijk donderdag 4 juli 2024: de laatste vergaderdag voor het"
                + " zomerreces, dat loopt van 5 juli t/m 2 september 2024.");
        assertThat(text(ENGLISH, official)).isEqualTo("By Thursday, 4 July 2024: the last sitting day before the summer"
                + " recess, which runs from 5 July to 2 September 2024.");
        Explanation unverified = parser.resolve("voor de zomer in 2025", MEMO).explanation();
        assertThat(text(DUTCH, unverified)).isEqualTo("Uiterlijk donderdag 3 juli 2025: de laatste vergaderdag voor het"
                + " zomerreces, dat loopt van 4 juli t/m 1 september 2025 volgens de meegeleverde kalender.");
        assertThat(text(ENGLISH, unverified)).endsWith("to 1 September 2025 according to the calendar shipped with the app.");
        assertThat(text(DUTCH, parser.resolve("voor de zomer van 2031", MEMO).explanation()))
                .endsWith("dat loopt van 4 juli t/m 1 september 2031 volgens de vuistregel, want het staat niet in de kalender.");
        assertThat(text(DUTCH, parser.resolve("binnen drie weken", MEMO).explanation()))
                .isEqualTo("Uiterlijk vrijdag 28 juni 2024: 3 weken na 7 juni 2024, de datum van de toezegging.");
        assertThat(text(ENGLISH, parser.resolve("binnen 1 dag", MEMO).explanation())).contains(": 1 day after");
        assertThat(text(DUTCH, parser.resolve("Q3 2025", MEMO).explanation()))
                .isEqualTo("Van 1 juli 2025 t/m 30 september 2025: het derde kwartaal van 2025.");
        assertThat(text(DUTCH, parser.resolve("voor de zomer of uiterlijk 1 september 2025", MEMO).explanation()))
                .isEqualTo("Uiterlijk maandag 1 september 2025: met 'voor de zomer' (4 juli 2024) of 'uiterlijk 1 september"
                        + " 2025' (1 september 2025) is de toezegging op tijd, dus telt de laatste van de twee.");
    }

    /** Issue 16: one sentence each, and nothing that "has not yet been confirmed" once it has long passed. */
    @Test
    void everyExplanationIsOneSentenceThatNeverCallsARecessNotYetConfirmed() {
        for (Messages messages : List.of(DUTCH, ENGLISH)) {
            for (String key : messages.bundle().keySet()) {
                String pattern = messages.bundle().getString(key);
                assertThat(pattern.toLowerCase(java.util.Locale.ROOT)).as(key)
                        .doesNotContain("nog niet bevestigd").doesNotContain("nog niet vastgesteld")
                        .doesNotContain("not yet confirmed").doesNotContain("not yet set");
                if (key.startsWith("deadline.explain.")) {
                    assertThat(pattern).as(key).endsWith(".").doesNotContain(";").matches("^(?:[A-Z]|\\{).*");
                }
            }
        }
    }

    @Test
    void aRecessThatHasPassedIsNamedByItsCalendarNotAsUnconfirmed() throws IOException {
        DeadlineParser parser = new DeadlineParser(CalendarLoader.load(data));
        // The kerstreces 2024 has long passed; its row in the shipped calendar is unverified.
        String past = text(DUTCH, parser.resolve("voor het kerstreces", MEMO).explanation());
        assertThat(past).isEqualTo("Uiterlijk donderdag 19 december 2024: de laatste vergaderdag voor het kerstreces,"
                + " dat loopt van 20 december 2024 t/m 13 januari 2025 volgens de meegeleverde kalender.");
        String afterSpring = text(DUTCH, parser.resolve("na het voorjaarsreces 2025", MEMO).explanation());
        assertThat(afterSpring).isEqualTo("Van 4 maart 2025 t/m 24 april 2025: na het voorjaarsreces en voor het meireces"
                + " begint, volgens de meegeleverde kalender.");
        Files.writeString(data.resolve(CalendarLoader.USER_FILE), "kerstreces,2024-12-20,2025-01-13,onbevestigd\n");
        DeadlineParser own = new DeadlineParser(CalendarLoader.load(data));
        assertThat(text(DUTCH, own.resolve("voor het kerstreces", MEMO).explanation()))
                .endsWith("t/m 13 januari 2025 volgens uw kalender.csv.");
        assertThat(text(ENGLISH, own.resolve("voor het kerstreces", MEMO).explanation()))
                .endsWith("to 13 January 2025 according to your kalender.csv.");
    }

    @Test
    void everyExampleAndRefusalFormatsInBothLanguages() {
        DeadlineParser parser = new DeadlineParser(CalendarLoader.load(data));
        for (PhraseForm form : DeadlineParser.forms()) {
            for (String example : form.examples()) {
                Explanation explanation = parser.resolve(example, MEMO).explanation();
                for (Messages messages : List.of(DUTCH, ENGLISH)) {
                    assertThat(text(messages, explanation)).as(example).doesNotContain("{").doesNotContain("deadline.")
                            .endsWith(".").doesNotContain(";").doesNotContain("..");
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
