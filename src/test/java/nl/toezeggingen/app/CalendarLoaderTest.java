package nl.toezeggingen.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.toezeggingen.domain.deadline.CalendarFormatException;
import nl.toezeggingen.domain.deadline.Certainty;
import nl.toezeggingen.domain.deadline.RecessKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarLoaderTest {
    @TempDir
    Path data;

    @Test
    void withoutAUserFileTheShippedCalendarIsUsed() {
        var calendar = CalendarLoader.load(data);
        assertThat(calendar.rows()).hasSize(19);
        assertThat(calendar.summerRecess(2024).certainty()).isEqualTo(Certainty.OFFICIAL);
    }

    @Test
    void theUserFileCorrectsAndAdds() throws IOException {
        Files.writeString(data.resolve("kalender.csv"), """
                zomerreces,2025-07-04,2025-09-01,officieel
                meireces,2031-04-25,2031-05-12,onbevestigd
                """);
        var calendar = CalendarLoader.load(data);
        assertThat(calendar.summerRecess(2025).certainty()).isEqualTo(Certainty.OFFICIAL);
        assertThat(calendar.recess(RecessKind.MEIRECES, 2031)).isPresent();
        assertThat(calendar.rows()).hasSize(20);
        assertThat(calendar.isOwn(calendar.recess(RecessKind.MEIRECES, 2031).orElseThrow())).isTrue();
        assertThat(calendar.isOwn(calendar.summerRecess(2024))).isFalse();
    }

    @Test
    void theShippedSpringRecessOf2025RunsFromTheFridayBeforeTheHolidayOfRegionMidden() {
        var spring = CalendarLoader.load(data).recess(RecessKind.VOORJAARSRECES, 2025).orElseThrow();
        assertThat(spring.first()).isEqualTo(java.time.LocalDate.of(2025, 2, 21));
        assertThat(spring.last()).isEqualTo(java.time.LocalDate.of(2025, 3, 3));
        assertThat(spring.first().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.FRIDAY);
        assertThat(spring.last().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
    }

    @Test
    void aBrokenUserFileNamesItsPathAndLine() throws IOException {
        Path file = data.resolve("kalender.csv");
        Files.writeString(file, "# eigen\nzomerreces,2025-07-04,2025-09-01,officieel\nzomerreces,volgende week\n");
        assertThatThrownBy(() -> CalendarLoader.load(data))
                .isInstanceOfSatisfying(CalendarFormatException.class, e -> {
                    assertThat(e.sourceName()).isEqualTo(file.toString());
                    assertThat(e.lineNumber()).isEqualTo(3);
                    assertThat(e.getMessage()).contains(file.toString()).contains("line 3");
                });
    }

    @Test
    void aUserFileThatIsNotUtf8IsNamed() throws IOException {
        Path file = data.resolve("kalender.csv");
        Files.write(file, new byte[] {'z', (byte) 0xE9, (byte) 0xFF, '\n'});
        assertThatThrownBy(() -> CalendarLoader.load(data))
                .isInstanceOfSatisfying(CalendarFormatException.class, e -> {
                    assertThat(e.key()).isEqualTo("deadline.calendar.unreadable");
                    assertThat(e.sourceName()).isEqualTo(file.toString());
                });
    }
}
