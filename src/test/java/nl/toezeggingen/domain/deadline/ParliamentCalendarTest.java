package nl.toezeggingen.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParliamentCalendarTest {

    static ParliamentCalendar shipped() {
        try (InputStream in = ParliamentCalendarTest.class.getResourceAsStream("/nl/toezeggingen/calendar/recesses.csv")) {
            return ParliamentCalendar.parse("recesses.csv", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "ZOMERRECES, 2018, 2018-07-06, 2018-09-03, UNVERIFIED",
            "ZOMERRECES, 2022, 2022-07-08, 2022-09-05, UNVERIFIED",
            "MEIRECES, 2023, 2023-04-21, 2023-05-08, OFFICIAL",
            "KERSTRECES, 2023, 2023-12-22, 2024-01-15, OFFICIAL",
            "ZOMERRECES, 2024, 2024-07-05, 2024-09-02, OFFICIAL",
            "HERFSTRECES, 2024, 2024-10-18, 2024-10-28, UNVERIFIED",
            "KERSTRECES, 2024, 2024-12-20, 2025-01-13, UNVERIFIED",
            // Friday 21 February to Monday 3 March: the Kamer sat on Tuesday 18 February 2025 (rd.nl, 25 February).
            "VOORJAARSRECES, 2025, 2025-02-21, 2025-03-03, UNVERIFIED",
            "ZOMERRECES, 2027, 2027-07-09, 2027-09-06, UNVERIFIED",
            "ZOMERRECES, 2021, 2021-07-09, 2021-09-06, UNVERIFIED",
    })
    void theShippedFileHoldsTheRowsOfTheReference(RecessKind kind, int year, LocalDate first, LocalDate last,
            Certainty certainty) {
        assertThat(shipped().recess(kind, year)).contains(new Recess(kind, first, last, certainty));
    }

    @Test
    void theShippedFileHoldsNineteenRows() {
        assertThat(shipped().rows()).hasSize(19);
    }

    @Test
    void theEstimateRuleReproducesEverySummerAndChristmasRowOfTheReference() {
        var rows = shipped().rows().stream()
                .filter(r -> r.kind() == RecessKind.ZOMERRECES || r.kind() == RecessKind.KERSTRECES)
                .toList();
        assertThat(rows).hasSize(12);
        for (Recess row : rows) {
            Recess estimate = ParliamentCalendar.estimate(row.kind(), row.year()).orElseThrow();
            assertThat(estimate.first()).as("start of %s %d", row.kind(), row.year()).isEqualTo(row.first());
            assertThat(estimate.last()).as("end of %s %d", row.kind(), row.year()).isEqualTo(row.last());
            assertThat(estimate.certainty()).isEqualTo(Certainty.ESTIMATED);
        }
    }

    @Test
    void aYearTheFileLacksIsEstimated() {
        Recess summer = shipped().summerRecess(2031);
        assertThat(summer).isEqualTo(new Recess(RecessKind.ZOMERRECES, LocalDate.of(2031, 7, 4),
                LocalDate.of(2031, 9, 1), Certainty.ESTIMATED));
        assertThat(shipped().christmasRecess(2031).first()).isEqualTo(LocalDate.of(2031, 12, 19));
        assertThat(shipped().recess(RecessKind.ZOMERRECES, 2031)).isEmpty();
        assertThat(shipped().recessOrEstimate(RecessKind.MEIRECES, 2031)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2024, 2024-09-17", "2025, 2025-09-16", "2026, 2026-09-15", "2023, 2023-09-19"})
    void prinsjesdagIsTheThirdTuesdayOfSeptember(int year, LocalDate expected) {
        assertThat(ParliamentCalendar.empty().prinsjesdag(year)).isEqualTo(expected);
    }

    @Test
    void userRowsReplaceTheSameRecessAndAddOthers() {
        ParliamentCalendar user = ParliamentCalendar.parse("kalender.csv", """
                # mijn correcties
                zomerreces;2025-07-04;2025-09-01;officieel
                zomerreces;4-7-2031;1-9-2031;onbevestigd;eigen schatting
                """);
        ParliamentCalendar merged = shipped().withOverrides(user);
        assertThat(merged.summerRecess(2025).certainty()).isEqualTo(Certainty.OFFICIAL);
        assertThat(merged.summerRecess(2031).certainty()).isEqualTo(Certainty.UNVERIFIED);
        assertThat(merged.summerRecess(2024)).isEqualTo(shipped().summerRecess(2024));
        assertThat(merged.rows()).hasSize(20);
        assertThat(shipped().summerRecess(2025).certainty()).as("the shipped calendar is unchanged")
                .isEqualTo(Certainty.UNVERIFIED);
        assertThat(merged.isOwn(merged.summerRecess(2031))).isTrue();
        assertThat(merged.isOwn(merged.summerRecess(2024))).as("a shipped row").isFalse();
        assertThat(merged.isOwn(merged.summerRecess(2040))).as("an estimate").isFalse();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "deadline.calendar.columns | zomerreces,2025-07-04,2025-09-01",
            "deadline.calendar.kind | winterreces,2025-07-04,2025-09-01,officieel",
            "deadline.calendar.date | zomerreces,2025-02-31,2025-09-01,officieel",
            "deadline.calendar.date | zomerreces,4 juli,2025-09-01,officieel",
            "deadline.calendar.order | zomerreces,2025-09-01,2025-07-04,officieel",
            "deadline.calendar.certainty | zomerreces,2025-07-04,2025-09-01,misschien",
    })
    void aBrokenLineIsNamedBySourceAndLine(String key, String line) {
        String content = "# kop\n\nkerstreces,2025-12-19,2026-01-12,officieel\n" + line + "\n";
        assertThatThrownBy(() -> ParliamentCalendar.parse("/data/kalender.csv", content))
                .isInstanceOfSatisfying(CalendarFormatException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.sourceName()).isEqualTo("/data/kalender.csv");
                    assertThat(e.lineNumber()).isEqualTo(4);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).startsWith("/data/kalender.csv, line 4: ").endsWith(line);
                });
    }

    @Test
    void aSecondRowForTheSameRecessInOneFileIsRefused() {
        assertThatThrownBy(() -> ParliamentCalendar.parse("k.csv",
                "zomerreces,2025-07-04,2025-09-01,officieel\r\nzomerreces,2025-07-11,2025-09-08,officieel"))
                .isInstanceOfSatisfying(CalendarFormatException.class, e -> {
                    assertThat(e.key()).isEqualTo("deadline.calendar.duplicate");
                    assertThat(e.lineNumber()).isEqualTo(2);
                });
    }

    @Test
    void aByteOrderMarkFromASpreadsheetIsIgnored() {
        assertThat(ParliamentCalendar.parse("k.csv", "\uFEFFzomerreces,2025-07-04,2025-09-01,official").rows())
                .hasSize(1);
    }
}
