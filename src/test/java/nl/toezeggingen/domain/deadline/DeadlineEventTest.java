package nl.toezeggingen.domain.deadline;

import static nl.toezeggingen.domain.deadline.DeadlineParserTest.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Deadline.Kind;
import nl.toezeggingen.domain.agenda.Agenda;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.agenda.EventKind;
import nl.toezeggingen.domain.agenda.EventStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 18: deadlines tied to a debate, a budget moment, a letter or an election. */
class DeadlineEventTest {
    private static final LocalDate MADE_ON = LocalDate.of(2025, 1, 14);
    private static final LocalDate MARCH_12 = LocalDate.of(2025, 3, 12);
    private static final Event HOGER = Event.on("Commissiedebat hoger onderwijs", EventKind.DEBATE, MARCH_12,
            EventStatus.OFFICIAL).withId(4L);
    private static final Event NOTAOVERLEG = Event.on("Notaoverleg Klimaatfonds", EventKind.DEBATE, null, null)
            .withId(5L);
    private static final DeadlineParser WITH_AGENDA = new DeadlineParser(ParliamentCalendarTest.shipped(),
            DeadlineParser.DEFAULT_VAGUE_MONTHS, Agenda.of(List.of(HOGER, NOTAOVERLEG)));

    @ParameterizedTest(name = "[{index}] \"{0}\" waits for the date of \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            voor het commissiedebat hoger onderwijs                       | commissiedebat hoger onderwijs
            Vóór het Commissiedebat Arbeidsmarktbeleid                   | Commissiedebat Arbeidsmarktbeleid
            voorafgaand aan het plenair debat over de Voorjaarsnota      | plenair debat over de Voorjaarsnota
            voor het notaoverleg                                         | notaoverleg
            bij het wetgevingsoverleg over de jaarverslagen              | wetgevingsoverleg over de jaarverslagen
            voor de begrotingsbehandeling                                | begrotingsbehandeling
            voor de raadsvergadering                                     | raadsvergadering
            na de raadsbehandeling                                       | raadsbehandeling
            voorafgaand aan de Raad Buitenlandse Zaken                   | Raad Buitenlandse Zaken
            voorafgaand aan de Europese Raad                             | Europese Raad
            voor de verkiezingen                                         | verkiezingen
            bij de volgende evaluatie van de wet                         | volgende evaluatie van de wet
            in de volgende voortgangsbrief                               | volgende voortgangsbrief
            in de voortgangsrapportage                                   | voortgangsrapportage
            in de volgende rapportage                                    | volgende rapportage
            in het uitvoeringsprogramma                                  | uitvoeringsprogramma
            in de jaarlijkse rapportage                                  | jaarlijkse rapportage
            in de brief over de stikstofaanpak                           | brief over de stikstofaanpak
            in de begroting 2026                                         | begroting 2026
            rond het tweeminutendebat                                    | tweeminutendebat
            ruim voor het commissiedebat onderwijs                       | commissiedebat onderwijs
            De minister zegt toe de Kamer vóór de begrotingsbehandeling een brief te sturen. | begrotingsbehandeling
            """)
    void anEventTheAgendaLacksWaitsForItsDate(String phrase, String name) {
        Resolution r = PARSER.resolve(phrase, MADE_ON);
        assertThat(r.understood()).as("refusal %s", r.refusal()).isTrue();
        Deadline d = r.deadline();
        assertThat(d.kind()).isEqualTo(Kind.EVENT);
        assertThat(d.earliest()).isNull();
        assertThat(d.latest()).isNull();
        assertThat(d.event()).isEqualTo(new Deadline.EventRef(null, name));
        assertThat(r.event().name()).isEqualTo(name);
        assertThat(r.event().hasDate()).isFalse();
        assertThat(r.explanation().key()).isEqualTo("deadline.explain.event.waiting");
        assertThat(r.explanation().args().get(1)).isEqualTo(name);
    }

    @Test
    void beforeADatedEventIsTheDayBeforeIt() {
        Resolution r = WITH_AGENDA.resolve("voor het commissiedebat hoger onderwijs", MADE_ON);
        assertThat(r.deadline()).isEqualTo(new Deadline("voor het commissiedebat hoger onderwijs", null,
                MARCH_12.minusDays(1), false, Kind.EVENT, null, new Deadline.EventRef(4L, "Commissiedebat hoger onderwijs")));
        assertThat(r.event()).isEqualTo(HOGER);
        assertThat(r.explanation()).isEqualTo(Explanation.of("deadline.explain.event.before", MARCH_12.minusDays(1),
                "voor het commissiedebat hoger onderwijs", "Commissiedebat hoger onderwijs", MARCH_12, 0));
    }

    @Test
    void atAfterAndAroundADatedEvent() {
        assertThat(WITH_AGENDA.resolve("bij het commissiedebat hoger onderwijs", MADE_ON).deadline().latest())
                .isEqualTo(MARCH_12);
        Deadline after = WITH_AGENDA.resolve("na het commissiedebat hoger onderwijs", MADE_ON).deadline();
        assertThat(after.earliest()).isEqualTo(MARCH_12.plusDays(1));
        assertThat(after.latest()).isNull();
        assertThat(after.kind()).isEqualTo(Kind.EVENT);
        Deadline around = WITH_AGENDA.resolve("rond het commissiedebat hoger onderwijs", MADE_ON).deadline();
        assertThat(around.earliest()).isEqualTo(MARCH_12.minusDays(7));
        assertThat(around.latest()).isEqualTo(MARCH_12.plusDays(7));
        Deadline well = WITH_AGENDA.resolve("ruim voor het commissiedebat hoger onderwijs", MADE_ON).deadline();
        assertThat(well.latest()).isEqualTo(MARCH_12.minusDays(1));
        assertThat(well.estimated()).as("ruim says not how much earlier").isTrue();
    }

    @Test
    void theAgendasLongerNameWinsOverTheNameTheParserReads() {
        Event both = Event.on("Commissiedebat hoger onderwijs en wetenschap", EventKind.DEBATE,
                LocalDate.of(2025, 4, 2), EventStatus.OFFICIAL);
        DeadlineParser parser = new DeadlineParser(ParliamentCalendarTest.shipped(), 3, Agenda.of(List.of(HOGER, both)));
        assertThat(parser.resolve("voor het commissiedebat hoger onderwijs en wetenschap", MADE_ON).event())
                .isEqualTo(both);
        assertThat(parser.resolve("De Kamer krijgt de brief voor het commissiedebat hoger onderwijs.", MADE_ON).event())
                .isEqualTo(HOGER);
        assertThat(parser.resolve("in de volgende voortgangsbrief", MADE_ON).event().id()).isNull();
    }

    @Test
    void anUnconfirmedEventGivesAnEstimate() {
        Event unconfirmed = Event.on("Commissiedebat hoger onderwijs", EventKind.DEBATE, MARCH_12,
                EventStatus.UNCONFIRMED);
        DeadlineParser parser = new DeadlineParser(ParliamentCalendarTest.shipped(), 3, Agenda.of(List.of(unconfirmed)));
        Resolution r = parser.resolve("voor het commissiedebat hoger onderwijs", MADE_ON);
        assertThat(r.deadline().estimated()).isTrue();
        assertThat(r.explanation().args().get(4)).isEqualTo(1);
    }

    @Test
    void anAgendaEventWithoutADateWaitsAndKeepsItsId() {
        Resolution r = WITH_AGENDA.resolve("voor het notaoverleg klimaatfonds", MADE_ON);
        assertThat(r.deadline().kind()).isEqualTo(Kind.EVENT);
        assertThat(r.deadline().latest()).isNull();
        assertThat(r.deadline().event()).isEqualTo(new Deadline.EventRef(5L, "Notaoverleg Klimaatfonds"));
        assertThat(r.explanation()).isEqualTo(Explanation.of("deadline.explain.event.waiting",
                "voor het notaoverleg klimaatfonds", "Notaoverleg Klimaatfonds"));
    }

    @Test
    void twoEventsOfTheSameNameAreNotGuessedBetween() {
        Event march = Event.on("Commissiedebat onderwijs", EventKind.DEBATE, MARCH_12, null);
        Event october = Event.on("Commissiedebat onderwijs", EventKind.DEBATE, LocalDate.of(2025, 10, 8), null);
        DeadlineParser parser = new DeadlineParser(ParliamentCalendarTest.shipped(), 3, Agenda.of(List.of(march, october)));
        Resolution r = parser.resolve("voor het commissiedebat onderwijs", MADE_ON);
        assertThat(r.understood()).isTrue();
        assertThat(r.deadline().kind()).isEqualTo(Kind.EVENT);
        assertThat(r.deadline().latest()).isNull();
        assertThat(r.explanation()).isEqualTo(Explanation.of("deadline.explain.event.ambiguous",
                "voor het commissiedebat onderwijs", "commissiedebat onderwijs", 2));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" made on {1} -> {2}, estimated {3}")
    @CsvSource(delimiter = '|', textBlock = """
            bij de Voorjaarsnota                | 2024-11-12 | 2025-05-31 | true
            in de Voorjaarsnota 2024            | 2025-01-14 | 2024-05-31 | true
            voor de Voorjaarsnota               | 2025-01-14 | 2025-05-30 | true
            bij de Najaarsnota                  | 2024-06-19 | 2024-11-30 | true
            bij de Najaarsnota                  | 2024-12-02 | 2025-11-30 | true
            bij de Miljoenennota                | 2025-03-11 | 2025-09-16 | false
            in de Miljoenennota 2026            | 2025-03-11 | 2025-09-16 | false
            voor Verantwoordingsdag             | 2025-01-14 | 2025-05-20 | false
            op Verantwoordingsdag 2024          | 2025-01-14 | 2024-05-15 | false
            """)
    void theShippedMomentsFollowTheirRule(String phrase, LocalDate madeOn, LocalDate latest, boolean estimated) {
        Resolution r = PARSER.resolve(phrase, madeOn);
        assertThat(r.understood()).as("refusal %s", r.refusal()).isTrue();
        assertThat(r.deadline().kind()).isEqualTo(Kind.EVENT);
        assertThat(r.deadline().latest()).isEqualTo(latest);
        assertThat(r.deadline().estimated()).isEqualTo(estimated);
        assertThat(r.event().rule()).isTrue();
    }

    @Test
    void theUsersOwnDayForTheVoorjaarsnotaWins() {
        Event own = Event.on("Voorjaarsnota", EventKind.BUDGET_MOMENT, LocalDate.of(2025, 4, 15), EventStatus.OFFICIAL);
        DeadlineParser parser = new DeadlineParser(ParliamentCalendarTest.shipped(), 3, Agenda.of(List.of(own)));
        Deadline d = parser.resolve("voor de Voorjaarsnota", MADE_ON).deadline();
        assertThat(d.latest()).isEqualTo(LocalDate.of(2025, 4, 14));
        assertThat(d.estimated()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is still refused")
    @CsvSource(delimiter = '|', textBlock = """
            voor het commissiedebat van 12 maart
            voor het commissiedebat hoger onderwijs in maart
            na overleg met de sector
            in de brief
            na ontvangst van het advies van de Raad van State
            voor het commissiedebat zomerreces
            voor de zomer of voor het commissiedebat
            """)
    void aPhraseOnlyHalfUnderstoodIsRefused(String phrase) {
        Resolution r = PARSER.resolve(phrase, MADE_ON);
        assertThat(r.understood()).as("resolved to %s", r.deadline()).isFalse();
    }

    @Test
    void aYearlyCommitmentStaysRecurringWhenNoEventHoldsTheWord() {
        assertThat(PARSER.resolve("De minister stuurt jaarlijks een rapportage.", MADE_ON).deadline().kind())
                .isEqualTo(Kind.RECURRING);
        assertThat(PARSER.resolve("jaarlijks vóór het zomerreces", MADE_ON).deadline().kind()).isEqualTo(Kind.RECURRING);
    }

    @Test
    void prinsjesdagKeepsItsOwnRulesAndKind() {
        Deadline d = PARSER.resolve("voor Prinsjesdag 2025", MADE_ON).deadline();
        assertThat(d.latest()).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(d.kind()).isEqualTo(Kind.DATE);
    }

    @Test
    void anEventWordWhereTheCommitmentWasMadeIsNoDeadline() {
        // "in het debat" names where it was promised; only "voor/bij/na/tijdens ..." a debate is a deadline.
        assertThat(PARSER.resolve("In het debat van vandaag is dit besproken.", MADE_ON).understood()).isFalse();
    }

    @Test
    void theJsonWordOfTheKindIsEvent() {
        assertThat(Kind.EVENT.json()).isEqualTo("event");
        assertThat(Kind.ofJson("event")).contains(Kind.EVENT);
        assertThat(new Deadline("x", null, null, false, Kind.DATE, null, new Deadline.EventRef(1L, "x")).event())
                .as("only an event deadline carries an event").isNull();
    }
}
