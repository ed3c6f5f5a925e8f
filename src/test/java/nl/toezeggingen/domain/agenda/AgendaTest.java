package nl.toezeggingen.domain.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaTest {
    private static final LocalDate MADE_ON = LocalDate.of(2025, 1, 14);
    private static final Event HOGER = Event.on("Commissiedebat hoger onderwijs", EventKind.DEBATE,
            LocalDate.of(2025, 3, 12), EventStatus.OFFICIAL);
    private static final Event HOGER_EN_WETENSCHAP = Event.on("Commissiedebat hoger onderwijs en wetenschap",
            EventKind.DEBATE, null, null);
    private static final Agenda AGENDA = Agenda.of(List.of(HOGER_EN_WETENSCHAP, HOGER));

    @Test
    void findsTheEventByTheWordsOfAPhrase() {
        assertThat(AGENDA.find("het commissiedebat hoger onderwijs", MADE_ON)).isEqualTo(new Agenda.Found(HOGER));
        assertThat(AGENDA.find("vóór het Commissiedebat Hoger-Onderwijs.", MADE_ON)).isEqualTo(new Agenda.Found(HOGER));
        assertThat(AGENDA.find("het commissiedebat hoger onderwijs en wetenschap", MADE_ON))
                .isEqualTo(new Agenda.Found(HOGER_EN_WETENSCHAP));
    }

    @Test
    void aPhraseThatNamesLessThanTheWholeNameFindsNothing() {
        assertThat(AGENDA.find("het commissiedebat", MADE_ON)).isInstanceOf(Agenda.NotFound.class);
        assertThat(AGENDA.find("het commissiedebat hoger", MADE_ON)).isInstanceOf(Agenda.NotFound.class);
        assertThat(AGENDA.find("het notaoverleg", MADE_ON)).isInstanceOf(Agenda.NotFound.class);
        assertThat(Agenda.empty().find("het commissiedebat hoger onderwijs", MADE_ON)).isInstanceOf(Agenda.NotFound.class);
    }

    @Test
    void twoEventsOfTheSameNameAheadAreAmbiguous() {
        Event march = Event.on("Commissiedebat onderwijs", EventKind.DEBATE, LocalDate.of(2025, 3, 12), null);
        Event october = Event.on("Commissiedebat onderwijs", EventKind.DEBATE, LocalDate.of(2025, 10, 8), null);
        Agenda agenda = Agenda.of(List.of(march, october));
        assertThat(agenda.find("voor het commissiedebat onderwijs", MADE_ON))
                .isEqualTo(new Agenda.Ambiguous(List.of(march, october)));
        // One of them already lay behind when the promise was made: the other is meant.
        assertThat(agenda.find("voor het commissiedebat onderwijs", LocalDate.of(2025, 4, 1)))
                .isEqualTo(new Agenda.Found(october));
    }

    @Test
    void theUsersOwnDayForAShippedMomentWinsOverTheRule() {
        Event own = Event.on("voorjaarsnota", EventKind.BUDGET_MOMENT, LocalDate.of(2025, 4, 15), EventStatus.OFFICIAL);
        Agenda agenda = Agenda.of(List.of(own));
        assertThat(agenda.fixed("Voorjaarsnota", 2025)).contains(own);
        assertThat(agenda.fixed("Voorjaarsnota", 2026).orElseThrow().rule()).isTrue();
        assertThat(agenda.inYear(2025)).extracting(Event::name).containsExactly("voorjaarsnota",
                "Verantwoordingsdag", "Prinsjesdag", "Miljoenennota", "Najaarsnota");
    }

    @Test
    void wordsLeaveOutArticlesPrepositionsAndAccents() {
        assertThat(Agenda.words("Vóór het Notaoverleg over de Klimaatwet")).containsExactly("notaoverleg", "klimaatwet");
    }
}
