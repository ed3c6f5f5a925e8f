package nl.toezeggingen.report.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.agenda.EventKind;
import nl.toezeggingen.domain.agenda.EventStatus;
import nl.toezeggingen.domain.agenda.FixedMoments;
import nl.toezeggingen.report.timeline.EventMarks.Mark;
import nl.toezeggingen.report.timeline.EventMarks.Placed;
import org.junit.jupiter.api.Test;

/** The agenda's moments on the axis: one line a day, where its day is, named as far as the room allows. */
class EventMarksTest {
    private static final TimelineMetrics M = TimelineMetrics.DEFAULT;
    /** 240 px of lane headers, then 2 px a day from 1 January 2025. */
    private static final TimeAxis AXIS = new TimeAxis(LocalDate.of(2025, 1, 1).toEpochDay(), 2, 240);
    private static final double RIGHT = 1100;

    private static Event debate(long id, String name, String date) {
        return Event.on(name, EventKind.DEBATE, date == null ? null : LocalDate.parse(date), EventStatus.UNCONFIRMED)
                .withId(id);
    }

    private static List<Placed> place(List<Event> events, List<EventMarks.Span> taken) {
        return EventMarks.place(EventMarks.of(events), AXIS, 240, RIGHT, M, taken);
    }

    private static String label(List<Placed> placed, String startOfName) {
        return placed.stream().filter(p -> p.mark().name().startsWith(startOfName)).findFirst().orElseThrow().label();
    }

    @Test
    void one_mark_a_day_in_the_order_of_the_days_and_none_for_an_event_without_a_date() {
        List<Mark> marks = EventMarks.of(List.of(
                debate(1, "Commissiedebat hoger onderwijs", "2025-03-12"),
                debate(2, "Notaoverleg zonder datum", null),
                debate(3, "Plenair debat", "2025-02-04"),
                debate(4, "Begrotingsbehandeling", "2025-03-12")));

        assertThat(marks).extracting(Mark::date)
                .containsExactly(LocalDate.of(2025, 2, 4), LocalDate.of(2025, 3, 12));
        assertThat(marks.get(1).name()).isEqualTo("Commissiedebat hoger onderwijs, Begrotingsbehandeling");
    }

    @Test
    void a_line_stands_in_the_middle_of_its_day_as_the_today_line() {
        List<Placed> placed = place(List.of(debate(1, "Commissiedebat hoger onderwijs", "2025-03-12")), List.of());

        long day = LocalDate.of(2025, 3, 12).toEpochDay();
        assertThat(placed).hasSize(1);
        assertThat(placed.get(0).x()).isCloseTo(AXIS.x(day + 0.5), within(1e-9));
        // 70 days after the axis starts, at 2 px a day.
        assertThat(placed.get(0).x()).isCloseTo(240 + 70 * 2 + 1, within(1e-9));
        assertThat(placed.get(0).label()).isEqualTo("Commissiedebat hoger onderwijs");
    }

    @Test
    void a_name_is_shortened_before_the_next_line_and_left_out_when_the_next_one_is_too_close() {
        List<Placed> placed = place(List.of(
                debate(1, "Commissiedebat hoger onderwijs", "2025-03-01"),
                // 25 days later: 50 px, room for a few letters only.
                debate(2, "Wetgevingsoverleg jeugd", "2025-03-26"),
                // 2 days later: 4 px, no room for a name at all.
                debate(3, "Notaoverleg stikstof", "2025-03-28"),
                debate(4, "Plenair debat", "2025-09-01")), List.of());

        assertThat(label(placed, "Commissiedebat")).endsWith("…").hasSizeLessThan(30)
                .startsWith("Comm");
        assertThat(label(placed, "Wetgevingsoverleg")).isEmpty();
        assertThat(label(placed, "Notaoverleg")).isEqualTo("Notaoverleg stikstof");
        assertThat(label(placed, "Plenair")).isEqualTo("Plenair debat");
        // No name runs into the next line.
        double letter = EventMarks.letterWidth(M);
        for (int i = 0; i + 1 < placed.size(); i++) {
            if (placed.get(i).label().isEmpty()) {
                continue;
            }
            double end = placed.get(i).x() + EventMarks.labelOffset(M) + placed.get(i).label().length() * letter;
            assertThat(end).as(placed.get(i).mark().name()).isLessThan(placed.get(i + 1).x());
        }
    }

    @Test
    void the_users_own_moment_keeps_its_name_beside_a_shipped_one_and_the_shipped_one_gives_way() {
        Event prinsjesdag = FixedMoments.of("Prinsjesdag", 2025).orElseThrow();
        List<Placed> placed = place(List.of(debate(1, "Commissiedebat hoger onderwijs", "2025-09-10"), prinsjesdag,
                FixedMoments.of("Verantwoordingsdag", 2025).orElseThrow(),
                debate(2, "Notaoverleg", "2025-05-26")), List.of());

        // Six days (12 px) before Prinsjesdag: the debate's name runs across its line, Prinsjesdag is left unnamed.
        assertThat(label(placed, "Commissiedebat")).isEqualTo("Commissiedebat hoger onderwijs");
        assertThat(label(placed, "Prinsjesdag")).isEmpty();
        // Five days before a debate of the user's, the shipped moment has no room either; the debate keeps its name.
        assertThat(label(placed, "Verantwoordingsdag")).isEmpty();
        assertThat(label(placed, "Notaoverleg")).isEqualTo("Notaoverleg");
        // Alone, a shipped moment is named.
        assertThat(label(place(List.of(prinsjesdag), List.of()), "Prinsjesdag")).isEqualTo("Prinsjesdag");
    }

    @Test
    void a_year_heading_keeps_its_room() {
        Event debate = debate(1, "Commissiedebat hoger onderwijs", "2025-03-01");
        double x = EventMarks.x(EventMarks.of(List.of(debate)).get(0), AXIS);

        // A heading some 30 px right of the line: the name stops before it.
        String shortened = label(place(List.of(debate), List.of(new EventMarks.Span(x + 40, x + 70))), "Comm");
        assertThat(shortened).endsWith("…").hasSizeLessThan(8);
        // A heading over where the name would start: the name is left out.
        assertThat(label(place(List.of(debate), List.of(new EventMarks.Span(x - 5, x + 30))), "Comm")).isEmpty();
        // A heading to the left of the line is no matter.
        assertThat(label(place(List.of(debate), List.of(new EventMarks.Span(x - 60, x - 20))), "Comm"))
                .isEqualTo("Commissiedebat hoger onderwijs");
    }

    @Test
    void only_the_marks_in_view_are_placed_and_the_last_name_stops_at_the_edge() {
        List<Placed> placed = place(List.of(
                debate(1, "Voor de lanes", "2024-11-01"),
                debate(2, "Kort voor de rand van het beeld, met een lange naam", "2026-02-01"),
                debate(3, "Ver na de rand", "2027-01-01")), List.of());

        assertThat(placed).extracting(p -> p.mark().name()).containsExactly(
                "Kort voor de rand van het beeld, met een lange naam");
        Placed last = placed.get(0);
        assertThat(last.x() + EventMarks.labelOffset(M) + last.label().length() * EventMarks.letterWidth(M))
                .isLessThanOrEqualTo(RIGHT);
        assertThat(last.label()).endsWith("…");
    }

    @Test
    void a_shipped_rule_and_an_estimate_say_so() {
        Event prinsjesdag = FixedMoments.of("Prinsjesdag", 2025).orElseThrow();
        Event voorjaarsnota = FixedMoments.of("Voorjaarsnota", 2025).orElseThrow();
        List<Mark> marks = EventMarks.of(List.of(prinsjesdag, voorjaarsnota,
                debate(1, "Commissiedebat", "2025-09-16")));

        Mark may = marks.get(0);
        Mark september = marks.get(1);
        assertThat(may.rule()).isTrue();
        assertThat(may.estimated()).isTrue();
        assertThat(september.date()).isEqualTo(LocalDate.of(2025, 9, 16));
        assertThat(september.rule()).as("the user's own debate shares Prinsjesdag's line").isFalse();
        assertThat(september.estimated()).isFalse();
    }

    @Test
    void the_layout_keeps_the_marks_of_its_data_and_a_filter_keeps_them_too() {
        TimelineData data = new TimelineData(List.of(), List.of(), TimelineLayoutTest.TODAY, java.util.Map.of(),
                List.of(debate(1, "Commissiedebat hoger onderwijs", "2025-03-12")));

        assertThat(new TimelineLayout(data, Set.of()).marks()).extracting(Mark::name)
                .containsExactly("Commissiedebat hoger onderwijs");
        assertThat(new TimelineLayout(data.only(List.of()), Set.of()).marks()).hasSize(1);
    }
}
