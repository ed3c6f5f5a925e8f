package nl.toezeggingen.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms of issue 16 (periods, ranges, weeks, X of Y, every recess) and its rule: never silently wrong. */
class DeadlineRealRecordsTest {
    static final DeadlineParser PARSER = DeadlineParserTest.PARSER;

    @ParameterizedTest(name = "[{index}] \"{0}\" made on {1} -> {2} .. {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            binnen een half jaar                                  | 2023-09-01 | -          | 2024-03-01
            over een half jaar                                    | 2024-05-15 | -          | 2024-11-15
            na een half jaar                                      | 2024-05-15 | -          | 2024-11-15
            binnen zes maanden                                    | 2024-01-31 | -          | 2024-07-31
            binnen 6 maanden                                      | 2024-08-31 | -          | 2025-02-28
            binnen anderhalf jaar                                 | 2024-06-07 | -          | 2025-12-07
            binnen een kwartaal                                   | 2024-06-07 | -          | 2024-09-07
            over drie weken                                       | 2024-06-07 | -          | 2024-06-28
            na 10 dagen                                           | 2024-06-07 | -          | 2024-06-17
            binnen 2 jaar                                         | 2024-06-07 | -          | 2026-06-07
            binnen 2 à 3 weken                                    | 2024-06-07 | -          | 2024-06-28
            2 tot 3 maanden                                       | 2024-06-07 | -          | 2024-09-07
            binnen twee tot drie maanden                          | 2024-06-07 | -          | 2024-09-07
            over 2-3 jaar                                         | 2018-06-12 | -          | 2021-06-12
            week 12 2025                                          | 2024-06-07 | 2025-03-17 | 2025-03-23
            in week 12 van 2025                                   | 2025-01-28 | 2025-03-17 | 2025-03-23
            in week 12                                            | 2025-01-28 | 2025-03-17 | 2025-03-23
            in week 12                                            | 2025-06-01 | 2026-03-16 | 2026-03-22
            voor week 12                                          | 2025-01-28 | -          | 2025-03-16
            week 1 2026                                           | 2025-06-01 | 2025-12-29 | 2026-01-04
            halverwege mei                                        | 2025-01-28 | 2025-05-11 | 2025-05-20
            halverwege 2025                                       | 2024-06-07 | 2025-06-01 | 2025-07-31
            in de loop van 2025                                   | 2024-10-08 | -          | 2025-12-31
            in de loop van het jaar                               | 2024-10-08 | -          | 2024-12-31
            in de loop van deze maand                             | 2024-10-08 | -          | 2024-10-31
            uiterlijk in maart 2025                               | 2024-11-14 | -          | 2025-03-31
            voor de zomer of uiterlijk 1 september                | 2024-03-05 | -          | 2024-09-01
            voor de zomer of rond 1 juni                          | 2024-03-05 | -          | 2024-07-04
            eind 2024 of begin 2025                               | 2024-05-02 | -          | 2025-03-31
            in mei of juni                                        | 2025-01-28 | -          | 2025-06-30
            Q3/Q4 2024                                            | 2024-02-01 | -          | 2024-12-31
            rond 1 juni                                           | 2025-02-18 | 2025-05-25 | 2025-06-08
            voor het meireces                                     | 2024-01-10 | -          | 2024-04-25
            na het meireces                                       | 2024-01-10 | 2024-05-14 | 2024-07-04
            na het voorjaarsreces 2024                            | 2024-01-10 | 2024-02-27 | 2024-04-25
            na het herfstreces                                    | 2023-09-01 | 2023-10-24 | 2023-12-21
            na het kerstreces van 2023                            | 2023-09-01 | 2024-01-16 | 2024-02-15
            voor het reces                                        | 2024-03-01 | -          | 2024-04-25
            na het reces                                          | 2024-06-01 | 2024-09-03 | 2024-10-31
            voor het reces                                        | 2024-09-20 | -          | 2024-10-17
            in het derde of vierde kwartaal van 2025              | 2024-11-19 | -          | 2025-12-31
            van januari tot en met maart 2025                     | 2024-11-26 | 2025-01-01 | 2025-03-31
            september-oktober 2025                                | 2025-04-29 | 2025-09-01 | 2025-10-31
            tussen mei en juli                                    | 2025-01-10 | 2025-05-01 | 2025-07-31
            13 t/m 15 juni                                        | 2023-05-26 | 2023-06-13 | 2023-06-15
            tussen 1 en 15 maart 2025                             | 2025-01-07 | 2025-03-01 | 2025-03-15
            in deze of de volgende maand                          | 2024-11-19 | -          | 2024-12-31
            volgende maand                                        | 2024-12-19 | 2025-01-01 | 2025-01-31
            deze maand                                            | 2024-12-19 | 2024-12-01 | 2024-12-31
            binnen de komende twee maanden                        | 2024-06-07 | -          | 2024-08-07
            in week 10 of 11                                      | 2025-01-28 | -          | 2025-03-16
            week 10-11 2025                                       | 2025-01-28 | 2025-03-03 | 2025-03-16
            na het krokusreces 2024                               | 2024-01-10 | 2024-02-27 | 2024-04-25
            vóór vrijdag 31 oktober 2025                          | 2025-09-17 | -          | 2025-10-30
            op 16 januari volgend jaar                            | 2024-06-07 | -          | 2025-01-16
            Over twee jaar wordt bezien of de regeling werkt.     | 2024-06-07 | -          | 2026-06-07
            """)
    void understandsTheFormsOfRealRecords(String phrase, LocalDate madeOn, LocalDate earliest, LocalDate latest) {
        Resolution resolution = PARSER.resolve(phrase, madeOn);
        assertThat(resolution.understood()).as("understood; refusal %s", resolution.refusal()).isTrue();
        assertThat(resolution.deadline().earliest()).as("earliest").isEqualTo(earliest);
        assertThat(resolution.deadline().latest()).as("latest").isEqualTo(latest);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is refused, quoting \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            voor de zomer of rond de kerst                        | of rond de kerst
            in de zomer van 2027 of eerder                        | of eerder
            kort na de zomer                                      | kort
            de Kamer wordt voor de zomer geïnformeerd, tenzij het advies later komt | tenzij het advies later
            We gaan jaarlijks monitoren en een keer in de vijf jaar is er een evaluatie | vijf jaar
            vanaf de zomer                                        | vanaf de zomer
            jaarlijks voor het commissiedebat                     | commissiedebat
            elk kwartaal voor de 15e                              | 15e
            voor de zomer en uiterlijk in week 30                 | uiterlijk in week 30
            voor de zomer of in het derde                         | of in het derde
            """)
    void aTimeWordLeftOverIsRefusedAndQuoted(String phrase, String quoted) {
        Resolution resolution = PARSER.resolve(phrase, LocalDate.of(2024, 6, 7));
        assertThat(resolution.understood()).as("understood as %s", resolution.deadline()).isFalse();
        assertThat(resolution.refusal().key()).isEqualTo("deadline.refused.leftover");
        assertThat((String) resolution.refusal().args().get(1)).contains(quoted);
    }

    @org.junit.jupiter.api.Test
    void aWeekdayThatDoesNotFitTheDateIsRefused() {
        Resolution resolution = PARSER.resolve("op donderdag 31 oktober 2025", LocalDate.of(2025, 9, 1));
        assertThat(resolution.refusal().key()).isEqualTo("deadline.refused.weekday");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            voor de zomer of uiterlijk 1 september                | 2024-09-01 | 2024-07-04
            """)
    void theLaterOfTwoNamesBoth(String phrase, LocalDate later, LocalDate first) {
        Resolution resolution = PARSER.resolve(phrase, LocalDate.of(2024, 3, 5));
        assertThat(resolution.explanation().key()).isEqualTo("deadline.explain.either");
        assertThat(resolution.explanation().args()).containsExactly(later, "voor de zomer", first,
                "uiterlijk 1 september", later);
    }
}
