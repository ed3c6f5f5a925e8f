package nl.toezeggingen.domain.deadline;

import static nl.toezeggingen.domain.deadline.DeadlineParserTest.PARSER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Deadline.Kind;
import nl.toezeggingen.domain.Recurrence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 16: vague phrases by the house rule, starts, recurring commitments and "op termijn". */
class DeadlineKindsTest {
    private static final LocalDate MADE_ON = LocalDate.of(2024, 6, 7);

    @ParameterizedTest(name = "[{index}] \"{0}\" is vague")
    @CsvSource(delimiter = '|', textBlock = """
            zo snel mogelijk                                   | zo snel mogelijk
            Zo spoedig mogelijk                                | zo spoedig mogelijk
            z.s.m.                                             | z.s.m.
            De minister stuurt de brief zsm.                   | z.s.m.
            binnenkort                                         | binnenkort
            op korte termijn                                   | op korte termijn
            De raad wordt spoedig nader geïnformeerd.          | spoedig
            in de komende periode                              | in de komende periode
            op zo kort mogelijke termijn                       | op zo kort mogelijke termijn
            as soon as possible                                | as soon as possible
            """)
    void vaguePhrasesAreDatedByTheHouseRuleAndMarkedEstimated(String phrase, String quoted) {
        Resolution r = PARSER.resolve(phrase, MADE_ON);
        assertThat(r.understood()).as("refusal %s", r.refusal()).isTrue();
        Deadline d = r.deadline();
        assertThat(d.kind()).isEqualTo(Kind.VAGUE);
        assertThat(d.latest()).isEqualTo(LocalDate.of(2024, 9, 7));
        assertThat(d.earliest()).isNull();
        assertThat(d.estimated()).isTrue();
        assertThat(r.explanation()).isEqualTo(Explanation.of("deadline.explain.vague", LocalDate.of(2024, 9, 7),
                quoted, 3, MADE_ON));
    }

    @Test
    void theHouseRuleIsTheUsersAndKeptWithinBounds() {
        DeadlineParser sixMonths = new DeadlineParser(ParliamentCalendarTest.shipped(), 6);
        assertThat(sixMonths.resolve("op korte termijn", MADE_ON).deadline().latest()).isEqualTo(LocalDate.of(2024, 12, 7));
        assertThatThrownBy(() -> new DeadlineParser(ParliamentCalendarTest.shipped(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeadlineParser(ParliamentCalendarTest.shipped(), 25))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aVaguePhraseNeedsTheDateOfTheCommitment() {
        Resolution r = PARSER.resolve("zo snel mogelijk", null);
        assertThat(r.understood()).isFalse();
        assertThat(r.refusal().key()).isEqualTo("deadline.refused.noMadeOn");
    }

    @Test
    void aFirmBoundBesideAVagueWordIsThePromise() {
        Resolution r = PARSER.resolve("zo snel mogelijk, in ieder geval voor de zomer van 2025", MADE_ON);
        assertThat(r.deadline().kind()).isEqualTo(Kind.DATE);
        assertThat(r.deadline().latest()).isEqualTo(LocalDate.of(2025, 7, 3));
    }

    @Test
    void hasteCountedFromAnotherMomentIsNotCountedFromTheCommitment() {
        assertThat(PARSER.resolve("zo snel mogelijk na ontvangst van het advies", MADE_ON).understood()).isFalse();
        Resolution afterSummer = PARSER.resolve("z.s.m. na de zomer", MADE_ON);
        assertThat(afterSummer.understood()).isFalse();
        assertThat(afterSummer.refusal().args()).contains("zsm");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" has no deadline")
    @CsvSource(delimiter = '|', textBlock = """
            op termijn                                        | op termijn
            Op termijn wordt bezien of de regeling uitbreidt. | op termijn
            op lange termijn                                  | op lange termijn
            """)
    void opTermijnNamesNoMoment(String phrase, String quoted) {
        Resolution r = PARSER.resolve(phrase, null);
        assertThat(r.understood()).isTrue();
        assertThat(r.deadline().kind()).isEqualTo(Kind.NONE);
        assertThat(r.deadline().hasDate()).isFalse();
        assertThat(r.explanation()).isEqualTo(Explanation.of("deadline.explain.inDueCourse", quoted));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" starts on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            vanaf 2026                                      | 2026-01-01
            vanaf 1 september 2024                          | 2024-09-01
            Met ingang van 1 januari 2027 geldt de regeling. | 2027-01-01
            vanaf maart 2025                                | 2025-03-01
            from Q3 2025                                    | 2025-07-01
            na 1 januari 2025                               | 2025-01-02
            """)
    void aStartHasAFirstDayAndNoLastOne(String phrase, LocalDate first) {
        Resolution r = PARSER.resolve(phrase, MADE_ON);
        assertThat(r.understood()).as("refusal %s", r.refusal()).isTrue();
        assertThat(r.deadline().kind()).isEqualTo(Kind.START);
        assertThat(r.deadline().earliest()).isEqualTo(first);
        assertThat(r.deadline().latest()).isNull();
    }

    @Test
    void uiterlijkVanafIsALastDay() {
        Resolution r = PARSER.resolve("uiterlijk vanaf 1 januari 2024", LocalDate.of(2023, 5, 1));
        assertThat(r.deadline().kind()).isEqualTo(Kind.DATE);
        assertThat(r.deadline().latest()).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" recurs {1}, next {2}")
    @CsvSource(delimiter = '|', textBlock = """
            jaarlijks                                          | YEARLY       | 2025-06-07
            De Kamer wordt ieder jaar geïnformeerd.            | YEARLY       | 2025-06-07
            halfjaarlijks                                      | HALF_YEARLY  | 2024-12-07
            twee keer per jaar                                 | HALF_YEARLY  | 2024-12-07
            elk kwartaal                                       | QUARTERLY    | 2024-09-07
            Eens per kwartaal informeren via een rapportage    | QUARTERLY    | 2024-09-07
            maandelijks                                        | MONTHLY      | 2024-07-07
            tweejaarlijks                                      | TWO_YEARLY   | 2026-06-07
            biennially                                         | TWO_YEARLY   | 2026-06-07
            four times a year                                  | QUARTERLY    | 2024-09-07
            iedere drie jaar                                   | THREE_YEARLY | 2027-06-07
            jaarlijks vóór het zomerreces                      | YEARLY       | 2024-07-04
            jaarlijks in mei                                   | YEARLY       | 2025-05-31
            """)
    void recurringPhrasesGiveTheNextOccurrence(String phrase, Recurrence recurrence, LocalDate next) {
        Resolution r = PARSER.resolve(phrase, MADE_ON);
        assertThat(r.understood()).as("refusal %s", r.refusal()).isTrue();
        assertThat(r.deadline().kind()).isEqualTo(Kind.RECURRING);
        assertThat(r.deadline().recurrence()).isEqualTo(recurrence);
        assertThat(r.deadline().latest()).isEqualTo(next);
        assertThat(r.deadline().earliest()).isNull();
    }

    @Test
    void aRecurrenceWithoutAMomentIsEstimatedAndSaysFromWhen() {
        Resolution r = PARSER.resolve("jaarlijks", MADE_ON);
        assertThat(r.deadline().estimated()).isTrue();
        assertThat(r.explanation()).isEqualTo(Explanation.of("deadline.explain.recurring", LocalDate.of(2025, 6, 7),
                "jaarlijks", 12, MADE_ON, 0));
    }

    @Test
    void theNextOccurrenceFollowsTheOneThatWasDone() {
        // Done early, on 20 June 2024, for the recess of July 2024: the next is the one before the 2025 recess.
        Resolution moment = PARSER.next("jaarlijks vóór het zomerreces", MADE_ON, LocalDate.of(2024, 7, 4),
                LocalDate.of(2024, 6, 20));
        assertThat(moment.deadline().latest()).isEqualTo(LocalDate.of(2025, 7, 3));
        // Done late, in September 2024: still the 2025 recess, not the one already gone.
        Resolution late = PARSER.next("jaarlijks vóór het zomerreces", MADE_ON, LocalDate.of(2024, 7, 4),
                LocalDate.of(2024, 9, 2));
        assertThat(late.deadline().latest()).isEqualTo(LocalDate.of(2025, 7, 3));
        // Without a moment: the period after the day it was done.
        Resolution period = PARSER.next("elk kwartaal", MADE_ON, LocalDate.of(2024, 9, 7), LocalDate.of(2024, 9, 1));
        assertThat(period.deadline().latest()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(period.explanation().args()).endsWith(1);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" recurs without a date")
    @CsvSource(textBlock = """
            periodiek
            De Kamer wordt regelmatig geïnformeerd.
            """)
    void periodicHasNoNextDate(String phrase) {
        Resolution r = PARSER.resolve(phrase, null);
        assertThat(r.understood()).isTrue();
        assertThat(r.deadline().kind()).isEqualTo(Kind.RECURRING);
        assertThat(r.deadline().recurrence()).isEqualTo(Recurrence.PERIODIC);
        assertThat(r.deadline().hasDate()).isFalse();
    }

    @Test
    void aYearlyReportIsADocumentNotARecurrence() {
        // Refused until the agenda came (issue 18); now it is the next report, an event waiting for its date.
        Resolution r = PARSER.resolve("in de jaarlijkse rapportage", MADE_ON);
        assertThat(r.deadline().kind()).isEqualTo(Kind.EVENT);
        assertThat(r.deadline().hasDate()).isFalse();
    }

    @Test
    void datesAloneDecideTheOrdinaryKinds() {
        assertThat(new Deadline("x", null, LocalDate.of(2025, 1, 1), false).kind()).isEqualTo(Kind.DATE);
        assertThat(new Deadline("x", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1), false).kind())
                .isEqualTo(Kind.WINDOW);
        assertThat(new Deadline("x", LocalDate.of(2024, 1, 1), null, false).kind()).isEqualTo(Kind.START);
        assertThat(Deadline.NONE.kind()).isEqualTo(Kind.NONE);
        // A stored kind that the dates contradict gives way to them; only vague and recurring are the phrase's.
        assertThat(new Deadline("x", null, LocalDate.of(2025, 1, 1), false, Kind.WINDOW, null).kind())
                .isEqualTo(Kind.DATE);
        assertThat(new Deadline("x", null, null, false, Kind.RECURRING, null).recurrence())
                .isEqualTo(Recurrence.PERIODIC);
    }
}
