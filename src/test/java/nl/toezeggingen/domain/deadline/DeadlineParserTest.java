package nl.toezeggingen.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every row of the table in DESIGN.md (section Deadlines), Dutch and English, with and without a year. */
class DeadlineParserTest {
    static final DeadlineParser PARSER = new DeadlineParser(ParliamentCalendarTest.shipped());
    static final String MEMO = "2024-06-07";

    @ParameterizedTest(name = "[{index}] \"{0}\" made on {1} -> {2} .. {3}, estimated {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # voor de zomer (van) 2024 / voor het zomerreces / before summer 2024
            voor de zomer van 2024                                | 2024-06-07 | -          | 2024-07-04 | false
            voor de zomer                                         | 2024-06-07 | -          | 2024-07-04 | false
            voor de zomer                                         | 2024-08-10 | -          | 2025-07-03 | true
            vóór de zomer in 2025                                 | 2024-06-07 | -          | 2025-07-03 | true
            VOOR DE ZOMER 2025                                    | 2024-06-07 | -          | 2025-07-03 | true
            voor het zomerreces                                   | 2024-06-07 | -          | 2024-07-04 | false
            uiterlijk voor de zomer van 2024                      | 2023-01-01 | -          | 2024-07-04 | false
            De Kamer wordt voor de zomer van 2025 geïnformeerd.   | 2024-06-07 | -          | 2025-07-03 | true
            voor de zomer van 2031                                | 2024-06-07 | -          | 2031-07-03 | true
            voor de zomer van 2023                                | 2023-01-10 | -          | 2023-07-06 | false
            before summer 2024                                    | 2024-06-07 | -          | 2024-07-04 | false
            before the summer recess                              | 2024-08-10 | -          | 2025-07-03 | true
            Before Summer                                         | 2024-06-07 | -          | 2024-07-04 | false
            # rond de zomer / deze zomer / zomer 2024 / summer 2024
            rond de zomer van dit jaar                            | 2024-06-07 | 2024-06-01 | 2024-09-02 | false
            deze zomer                                            | 2024-06-07 | 2024-06-01 | 2024-09-02 | false
            zomer 2024                                            | 2023-01-01 | 2024-06-01 | 2024-09-02 | false
            rond de zomer                                         | 2024-10-01 | 2025-06-01 | 2025-09-01 | true
            summer 2024                                           | 2023-01-01 | 2024-06-01 | 2024-09-02 | false
            this summer                                           | 2024-06-07 | 2024-06-01 | 2024-09-02 | false
            around the summer                                     | 2024-06-07 | 2024-06-01 | 2024-09-02 | false
            # na de zomer / after summer
            na de zomer                                           | 2024-06-07 | 2024-09-03 | 2024-10-31 | false
            na de zomer van 2031                                  | 2024-06-07 | 2031-09-02 | 2031-10-31 | true
            after summer                                          | 2024-11-01 | 2025-09-02 | 2025-10-31 | true
            after the summer recess 2024                          | 2024-06-07 | 2024-09-03 | 2024-10-31 | false
            # voor het kerstreces / before the Christmas recess
            voor het kerstreces                                   | 2024-06-07 | -          | 2024-12-19 | true
            voor het kerstreces van 2023                          | 2023-01-01 | -          | 2023-12-21 | false
            before the Christmas recess                           | 2024-12-25 | -          | 2025-12-18 | true
            before the Christmas recess 2031                      | 2024-06-07 | -          | 2031-12-18 | true
            # eind 2024 / einde van het jaar / dit jaar / end of 2024 / this year
            eind 2024                                             | 2024-06-07 | -          | 2024-12-31 | false
            uiterlijk eind 2024                                   | 2024-06-07 | -          | 2024-12-31 | false
            einde van het jaar                                    | 2024-06-07 | -          | 2024-12-31 | false
            einde van dit jaar                                    | 2025-03-01 | -          | 2025-12-31 | false
            dit jaar                                              | 2025-03-01 | -          | 2025-12-31 | false
            end of 2024                                           | 2024-06-07 | -          | 2024-12-31 | false
            by the end of the year                                | 2025-03-01 | -          | 2025-12-31 | false
            this year                                             | 2024-06-07 | -          | 2024-12-31 | false
            # (in de) laatste maanden van 2024
            in de laatste maanden van 2024                        | 2024-06-07 | 2024-10-01 | 2024-12-31 | false
            laatste maanden van het jaar                          | 2024-06-07 | 2024-10-01 | 2024-12-31 | false
            in the last months of 2025                            | 2024-06-07 | 2025-10-01 | 2025-12-31 | false
            # begin 2025 / early 2025
            begin 2025                                            | 2024-06-07 | 2025-01-01 | 2025-03-31 | false
            begin van het jaar                                    | 2024-06-07 | 2025-01-01 | 2025-03-31 | false
            begin volgend jaar                                    | 2024-06-07 | 2025-01-01 | 2025-03-31 | false
            early 2025                                            | 2024-06-07 | 2025-01-01 | 2025-03-31 | false
            # medio 2025 / mid 2025
            medio 2025                                            | 2024-06-07 | 2025-06-01 | 2025-07-31 | false
            medio van het jaar                                    | 2024-08-07 | 2025-06-01 | 2025-07-31 | false
            mid 2025                                              | 2024-06-07 | 2025-06-01 | 2025-07-31 | false
            mid-2025                                              | 2024-06-07 | 2025-06-01 | 2025-07-31 | false
            # voorjaar / spring
            voorjaar                                              | 2024-06-07 | 2025-03-01 | 2025-05-31 | false
            in het voorjaar van 2025                              | 2024-06-07 | 2025-03-01 | 2025-05-31 | false
            spring                                                | 2024-02-01 | 2024-03-01 | 2024-05-31 | false
            spring 2026                                           | 2024-06-07 | 2026-03-01 | 2026-05-31 | false
            # najaar / herfst / autumn
            najaar                                                | 2024-06-07 | 2024-09-01 | 2024-11-30 | false
            in het najaar                                         | 2024-12-01 | 2025-09-01 | 2025-11-30 | false
            herfst 2025                                           | 2024-06-07 | 2025-09-01 | 2025-11-30 | false
            autumn                                                | 2024-06-07 | 2024-09-01 | 2024-11-30 | false
            autumn 2025                                           | 2024-06-07 | 2025-09-01 | 2025-11-30 | false
            # Q3 2025 / derde kwartaal 2025
            Q3 2025                                               | 2024-06-07 | 2025-07-01 | 2025-09-30 | false
            derde kwartaal 2025                                   | 2024-06-07 | 2025-07-01 | 2025-09-30 | false
            vierde kwartaal                                       | 2024-06-07 | 2024-10-01 | 2024-12-31 | false
            Q4 2024                                               | 2024-06-07 | 2024-10-01 | 2024-12-31 | false
            q1                                                    | 2024-06-07 | 2025-01-01 | 2025-03-31 | false
            in the third quarter of 2025                          | 2024-06-07 | 2025-07-01 | 2025-09-30 | false
            # (in) maart 2025 / March 2025
            maart 2025                                            | 2024-06-07 | 2025-03-01 | 2025-03-31 | false
            in maart 2025                                         | 2024-06-07 | 2025-03-01 | 2025-03-31 | false
            in maart                                              | 2024-06-07 | 2025-03-01 | 2025-03-31 | false
            in juni                                               | 2024-06-07 | 2024-06-01 | 2024-06-30 | false
            March 2025                                            | 2024-06-07 | 2025-03-01 | 2025-03-31 | false
            in February                                           | 2024-06-07 | 2025-02-01 | 2025-02-28 | false
            # rond Prinsjesdag 2025
            rond Prinsjesdag 2025                                 | 2024-06-07 | 2025-09-09 | 2025-09-23 | false
            rond Prinsjesdag                                      | 2024-06-07 | 2024-09-10 | 2024-09-24 | false
            around Prinsjesdag 2026                               | 2024-06-07 | 2026-09-08 | 2026-09-22 | false
            # voor Prinsjesdag
            voor Prinsjesdag                                      | 2024-06-07 | -          | 2024-09-16 | false
            voor Prinsjesdag                                      | 2024-09-20 | -          | 2025-09-15 | false
            before Prinsjesdag 2025                               | 2024-06-07 | -          | 2025-09-15 | false
            # uiterlijk 1 juli 2025 / 1 juli 2025 / 2025-07-01 / 01-07-2025 / by 1 July 2025
            uiterlijk 1 juli 2025                                 | 2024-06-07 | -          | 2025-07-01 | false
            1 juli 2025                                           | 2024-06-07 | -          | 2025-07-01 | false
            2025-07-01                                            | 2024-06-07 | -          | 2025-07-01 | false
            01-07-2025                                            | 2024-06-07 | -          | 2025-07-01 | false
            1-7-2025                                              | 2024-06-07 | -          | 2025-07-01 | false
            1/7/2025                                              | 2024-06-07 | -          | 2025-07-01 | false
            by 1 July 2025                                        | 2024-06-07 | -          | 2025-07-01 | false
            July 1, 2025                                          | 2024-06-07 | -          | 2025-07-01 | false
            uiterlijk 1 juli                                      | 2024-06-07 | -          | 2024-07-01 | false
            op 3 juni                                             | 2024-06-07 | -          | 2025-06-03 | false
            op 3 juni                                             | 2024-06-03 | -          | 2024-06-03 | false
            # voor 3 juni (2024) / before 3 June
            voor 3 juni 2024                                      | 2024-01-01 | -          | 2024-06-02 | false
            vóór 3 juni                                           | 2024-06-07 | -          | 2025-06-02 | false
            before 3 June                                         | 2024-05-01 | -          | 2024-06-02 | false
            before 3 June 2025                                    | 2024-05-01 | -          | 2025-06-02 | false
            # binnen drie weken / within 3 weeks / binnen 10 dagen
            binnen drie weken                                     | 2024-06-07 | -          | 2024-06-28 | false
            within 3 weeks                                        | 2024-06-07 | -          | 2024-06-28 | false
            binnen 10 dagen                                       | 2024-06-07 | -          | 2024-06-17 | false
            binnen twee maanden                                   | 2024-06-07 | -          | 2024-08-07 | false
            binnen één jaar                                       | 2024-06-07 | -          | 2025-06-07 | false
            within a month                                        | 2024-06-07 | -          | 2024-07-07 | false
            # doorlopend / continu / ongoing / periodiek
            doorlopend                                            | 2024-06-07 | -          | -          | false
            continu                                               | 2024-06-07 | -          | -          | false
            ongoing                                               | 2024-06-07 | -          | -          | false
            Periodiek                                             | 2024-06-07 | -          | -          | false
            # beyond the table: other recesses, before a period, part of a month, half year, a year
            voor het meireces 2025                                | 2024-06-07 | -          | 2025-04-24 | true
            voor het herfstreces                                  | 2024-06-07 | -          | 2024-10-17 | true
            voor het meireces                                     | 2023-01-01 | -          | 2023-04-20 | false
            voor maart 2025                                       | 2024-06-07 | -          | 2025-02-28 | false
            voor het najaar                                       | 2024-06-07 | -          | 2024-08-31 | false
            before Q3 2025                                        | 2024-06-07 | -          | 2025-06-30 | false
            eind juni 2025                                        | 2024-06-07 | 2025-06-21 | 2025-06-30 | false
            voor eind juni 2025                                   | 2024-06-07 | 2025-06-21 | 2025-06-30 | false
            begin september                                       | 2024-06-07 | 2024-09-01 | 2024-09-10 | false
            mid June                                              | 2024-06-07 | 2024-06-11 | 2024-06-20 | false
            eerste helft van 2025                                 | 2024-06-07 | 2025-01-01 | 2025-06-30 | false
            second half of 2025                                   | 2024-06-07 | 2025-07-01 | 2025-12-31 | false
            in 2025                                               | 2024-06-07 | 2025-01-01 | 2025-12-31 | false
            volgend jaar                                          | 2024-06-07 | 2025-01-01 | 2025-12-31 | false
            voor 2026                                             | 2024-06-07 | -          | 2025-12-31 | false
            """)
    void resolvesEveryRowOfTheTable(String phrase, LocalDate madeOn, LocalDate earliest, LocalDate latest,
            boolean estimated) {
        Resolution resolution = PARSER.resolve(phrase, madeOn);
        assertThat(resolution.understood()).as("understood; refusal %s", resolution.refusal()).isTrue();
        assertThat(resolution.deadline().earliest()).as("earliest").isEqualTo(earliest);
        assertThat(resolution.deadline().latest()).as("latest").isEqualTo(latest);
        assertThat(resolution.deadline().estimated()).as("estimated").isEqualTo(estimated);
        assertThat(resolution.deadline().phrase()).isEqualTo(phrase.strip());
        assertThat(resolution.explanation()).isNotNull();
        assertThat(resolution.refusal()).isNull();
    }

    static Stream<Arguments> everyExample() {
        return DeadlineParser.forms().stream()
                .flatMap(form -> form.examples().stream().map(example -> Arguments.of(form, example)));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("everyExample")
    void everyExampleOfTheHelpTableIsUnderstood(PhraseForm form, String example) {
        Resolution resolution = PARSER.resolve(example, LocalDate.parse(MEMO));
        assertThat(resolution.understood()).as("refusal %s", resolution.refusal()).isTrue();
        assertThat(form.descriptionKey()).startsWith("deadline.form.");
    }

    @Test
    void theExplanationNamesTheRecessAndItsCertainty() {
        Resolution official = PARSER.resolve("voor de zomer van 2024", LocalDate.parse(MEMO));
        assertThat(official.explanation()).isEqualTo(Explanation.of("deadline.explain.beforeSummer",
                LocalDate.of(2024, 7, 4), LocalDate.of(2024, 7, 5), LocalDate.of(2024, 9, 2), 0));
        Resolution unverified = PARSER.resolve("voor de zomer in 2025", LocalDate.parse(MEMO));
        assertThat(unverified.explanation().args()).last().isEqualTo(Certainty.UNVERIFIED.ordinal());
        Resolution estimated = PARSER.resolve("voor de zomer van 2031", LocalDate.parse(MEMO));
        assertThat(estimated.explanation().args()).last().isEqualTo(Certainty.ESTIMATED.ordinal());
    }

    @Test
    void aUserRowMakesAnUnverifiedRecessOfficial() {
        ParliamentCalendar corrected = ParliamentCalendarTest.shipped()
                .withOverrides(ParliamentCalendar.parse("kalender.csv", "zomerreces,2025-07-04,2025-09-01,officieel"));
        Resolution resolution = new DeadlineParser(corrected).resolve("voor de zomer van 2025", LocalDate.parse(MEMO));
        assertThat(resolution.deadline().latest()).isEqualTo(LocalDate.of(2025, 7, 3));
        assertThat(resolution.deadline().estimated()).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            vaag                          | deadline.refused.unknown
            31-02-2025                    | deadline.refused.invalidDate
            2024-13-45                    | deadline.refused.invalidDate
            uiterlijk 31 februari 2025    | deadline.refused.invalidDate
            na maart                      | deadline.refused.openEnded
            voor het meireces van 2031    | deadline.refused.recessUnknown
            """)
    void nonsenseIsRefusedWithAReason(String phrase, String key) {
        Resolution resolution = PARSER.resolve(phrase, LocalDate.parse(MEMO));
        assertThat(resolution.understood()).isFalse();
        assertThat(resolution.refusal().key()).isEqualTo(key);
        assertThat(resolution.explanation()).isNull();
        assertThat(resolution.deadline().phrase()).isEqualTo(phrase);
        assertThat(resolution.deadline().latest()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void anEmptyPhraseIsRefused(String phrase) {
        assertThat(PARSER.resolve(phrase, LocalDate.parse(MEMO)).refusal().key()).isEqualTo("deadline.refused.empty");
        assertThat(PARSER.resolve(null, LocalDate.parse(MEMO)).refusal().key()).isEqualTo("deadline.refused.empty");
    }

    @Test
    void aPhraseThatNeedsTheMadeOnDateSaysSoWhenItIsMissing() {
        assertThat(PARSER.resolve("voor de zomer", null).refusal().key()).isEqualTo("deadline.refused.noMadeOn");
        assertThat(PARSER.resolve("voor de zomer van 2024", null).deadline().latest())
                .isEqualTo(LocalDate.of(2024, 7, 4));
    }
}
