package nl.toezeggingen.domain.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventTest {
    private static final LocalDate MARCH_12 = LocalDate.of(2025, 3, 12);

    @Test
    void aNamedEventWithOrWithoutADateMayBeKept() {
        assertThat(Event.on("Commissiedebat hoger onderwijs", EventKind.DEBATE, MARCH_12, null).problems()).isEmpty();
        Event undated = Event.on("Notaoverleg Klimaatfonds", EventKind.DEBATE, null, EventStatus.UNCONFIRMED);
        assertThat(undated.problems()).isEmpty();
        assertThat(undated.hasDate()).isFalse();
        assertThat(undated.date()).isNull();
    }

    @Test
    void aDayIsAWindowOfOneDayAndALastDayAloneIsAWindow() {
        Event day = Event.on("debat", EventKind.DEBATE, MARCH_12, EventStatus.OFFICIAL);
        assertThat(day.date()).isEqualTo(MARCH_12);
        assertThat(day.isWindow()).isFalse();
        Event byThen = new Event(null, "nota", EventKind.LETTER, null, MARCH_12, null, null, null, false);
        assertThat(byThen.date()).isNull();
        assertThat(byThen.isWindow()).isTrue();
        assertThat(byThen.hasDate()).isTrue();
    }

    @Test
    void aNameIsRequired() {
        Event blank = Event.on("  \u001b ", EventKind.DEBATE, MARCH_12, null);
        assertThat(blank.problems()).extracting(Event.Problem::field, Event.Problem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Event.Field.NAME, "validation.event.name.empty"));
        assertThatThrownBy(blank::validated).isInstanceOf(InvalidEventException.class)
                .hasMessage("validation.event.name.empty");
    }

    @Test
    void datesStayInTheAllowedYearsAndInOrder() {
        Event typo = Event.on("debat", EventKind.DEBATE, LocalDate.of(20245, 3, 12), null);
        assertThat(typo.problems()).extracting(Event.Problem::key).containsExactly("validation.event.date.year",
                "validation.event.date.year");
        Event reversed = new Event(null, "debat", EventKind.DEBATE, MARCH_12, MARCH_12.minusDays(1), null, null,
                null, false);
        assertThat(reversed.problems()).extracting(Event.Problem::field, Event.Problem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Event.Field.LATEST, "validation.event.window.reversed"));
    }

    @Test
    void overLongTextIsRefusedAtItsField() {
        Event e = new Event(null, "x".repeat(501), null, null, null, null, "d".repeat(501), "s".repeat(1001), false);
        assertThat(e.problems()).extracting(Event.Problem::field)
                .containsExactly(Event.Field.NAME, Event.Field.DOSSIER, Event.Field.SOURCE);
    }

    @Test
    void theJsonWordsAreStable() {
        assertThat(java.util.Arrays.stream(EventKind.values()).map(EventKind::json))
                .containsExactly("debate", "budget", "letter", "election", "other");
        assertThat(java.util.Arrays.stream(EventStatus.values()).map(EventStatus::json))
                .containsExactly("officieel", "onbevestigd", "geschat");
        assertThat(EventStatus.ofJson("unverified")).contains(EventStatus.UNCONFIRMED);
        assertThat(EventKind.ofJson("budget")).contains(EventKind.BUDGET_MOMENT);
    }

    @Test
    void aMovedEventKeepsWhatItIs() {
        Event e = Event.on("debat", EventKind.DEBATE, MARCH_12, EventStatus.OFFICIAL).withId(7L);
        assertThat(e.movedTo(MARCH_12.plusDays(7))).isEqualTo(
                new Event(7L, "debat", EventKind.DEBATE, MARCH_12.plusDays(7), MARCH_12.plusDays(7),
                        EventStatus.OFFICIAL, null, null, false));
    }
}
