package nl.toezeggingen.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.agenda.EventKind;
import nl.toezeggingen.domain.agenda.EventStatus;
import org.junit.jupiter.api.Test;

/** The calendar file form with moment rows beside the recess rows (issue 18, point 3). */
class CalendarSheetTest {
    @Test
    void reads_moments_in_the_forms_a_spreadsheet_saves() {
        CalendarSheet sheet = CalendarSheet.read("k.csv", """
                # eigen momenten
                moment,"Commissiedebat hoger onderwijs, deel 2",debat,12-3-2025,,officieel,Hoger onderwijs
                moment;Notaoverleg sociale veiligheid;debate;;;onbevestigd;OCW;"brief van 3 maart; agenda"
                Moment,Voorjaarsnota,begrotingsmoment,,2025-05-31,geschat
                zomerreces;2025-07-04;2025-09-01;officieel;recespagina
                """);
        assertThat(sheet.moments()).containsExactly(
                new Event(null, "Commissiedebat hoger onderwijs, deel 2", EventKind.DEBATE, LocalDate.of(2025, 3, 12),
                        LocalDate.of(2025, 3, 12), EventStatus.OFFICIAL, "Hoger onderwijs", null, false),
                new Event(null, "Notaoverleg sociale veiligheid", EventKind.DEBATE, null, null, EventStatus.UNCONFIRMED,
                        "OCW", "brief van 3 maart; agenda", false),
                new Event(null, "Voorjaarsnota", EventKind.BUDGET_MOMENT, null, LocalDate.of(2025, 5, 31),
                        EventStatus.ESTIMATED, null, null, false));
        assertThat(sheet.recesses()).containsExactly(new RecessRow(new Recess(RecessKind.ZOMERRECES,
                LocalDate.of(2025, 7, 4), LocalDate.of(2025, 9, 1), Certainty.OFFICIAL), "recespagina"));
    }

    @Test
    void what_it_writes_it_reads_back() {
        CalendarSheet sheet = new CalendarSheet(
                List.of(new RecessRow(new Recess(RecessKind.HERFSTRECES, LocalDate.of(2025, 10, 17),
                        LocalDate.of(2025, 10, 27), Certainty.UNVERIFIED), "bron, met komma")),
                List.of(new Event(null, "Debat \"nieuw\"; met tekens, veel", EventKind.OTHER, LocalDate.of(2025, 4, 1),
                        LocalDate.of(2025, 4, 10), EventStatus.UNCONFIRMED, " Dossier ", "#1 bron", false)));
        String text = sheet.write(List.of("kop"));
        assertThat(text).startsWith("# kop\n");
        assertThat(CalendarSheet.read("k.csv", text)).isEqualTo(sheet);
    }

    @Test
    void a_broken_moment_row_is_named_by_line() {
        assertThatThrownBy(() -> CalendarSheet.read("k.csv", "moment,Debat,debat\n"))
                .isInstanceOfSatisfying(CalendarFormatException.class, e -> {
                    assertThat(e.key()).isEqualTo("deadline.calendar.moment.columns");
                    assertThat(e.lineNumber()).isEqualTo(1);
                });
        assertThatThrownBy(() -> CalendarSheet.read("k.csv", "\nmoment,Debat,vergadering,,,officieel\n"))
                .isInstanceOfSatisfying(CalendarFormatException.class, e -> {
                    assertThat(e.key()).isEqualTo("deadline.calendar.moment.kind");
                    assertThat(e.lineNumber()).isEqualTo(2);
                });
        assertThatThrownBy(() -> CalendarSheet.read("k.csv", "moment, ,debat,,,officieel\n"))
                .isInstanceOfSatisfying(CalendarFormatException.class,
                        e -> assertThat(e.key()).isEqualTo("deadline.calendar.moment.name"));
        assertThatThrownBy(() -> CalendarSheet.read("k.csv", "moment,Debat,debat,2025-04-10,2025-04-01,officieel\n"))
                .isInstanceOfSatisfying(CalendarFormatException.class,
                        e -> assertThat(e.key()).isEqualTo("deadline.calendar.order"));
        assertThatThrownBy(() -> CalendarSheet.read("k.csv", "moment,Debat,debat,,,zeker\n"))
                .isInstanceOfSatisfying(CalendarFormatException.class,
                        e -> assertThat(e.key()).isEqualTo("deadline.calendar.moment.status"));
        assertThatThrownBy(() -> CalendarSheet.read("k.csv", "moment,Debat,debat,,,officieel\nmoment,debat ,debat,,,officieel\n"))
                .isInstanceOfSatisfying(CalendarFormatException.class, e -> {
                    assertThat(e.key()).isEqualTo("deadline.calendar.moment.duplicate");
                    assertThat(e.lineNumber()).isEqualTo(2);
                });
    }

    @Test
    void the_recess_calendar_ignores_moment_rows_and_keeps_each_rows_source() {
        ParliamentCalendar calendar = ParliamentCalendar.parse("k.csv",
                "moment,Debat,debat,,,officieel\nzomerreces,2025-07-04,2025-09-01,officieel,recespagina\n");
        Recess summer = calendar.summerRecess(2025);
        assertThat(calendar.source(summer)).contains("recespagina");
        ParliamentCalendar corrected = calendar.withOverrides(ParliamentCalendar.parse("eigen.csv",
                "zomerreces,2025-07-11,2025-09-08,officieel\n"));
        assertThat(corrected.source(corrected.summerRecess(2025))).as("the user's row names no source").isEmpty();
        assertThat(corrected.source(summer)).as("no longer a row of this calendar").isEmpty();
    }
}
