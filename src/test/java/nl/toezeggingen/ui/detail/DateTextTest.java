package nl.toezeggingen.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.toezeggingen.domain.Commitment.Field;
import org.junit.jupiter.api.Test;

class DateTextTest {
    private static final LocalDate JULY_4 = LocalDate.of(2024, 7, 4);

    @Test
    void reads_iso_and_dutch_dates() {
        assertThat(DateText.parse("2024-07-04")).contains(JULY_4);
        assertThat(DateText.parse("4-7-2024")).contains(JULY_4);
        assertThat(DateText.parse("04-07-2024")).contains(JULY_4);
        assertThat(DateText.parse(" 4/7/2024 ")).contains(JULY_4);
        assertThat(DateText.parse("4.7.2024")).contains(JULY_4);
        assertThat(DateText.parse("  ")).isEmpty();
    }

    @Test
    void refuses_impossible_dates() {
        assertThatThrownBy(() -> DateText.parse("2024-13-45")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> DateText.parse("31-2-2024")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> DateText.parse("morgen")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void refuses_a_year_outside_1900_to_2200_and_says_why() {
        assertThatThrownBy(() -> DateText.parse("0000-01-01")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> DateText.parse("1-1-+99999")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> DateText.parse("31-12-1899")).isInstanceOf(DateTimeParseException.class);
        assertThat(DateText.parse("1-1-1900")).contains(LocalDate.of(1900, 1, 1));
        assertThat(DateText.parse("31-12-2200")).contains(LocalDate.of(2200, 12, 31));

        assertThat(DateText.problem(Field.MADE_ON, " 0000-01-01 ").key()).isEqualTo("validation.date.yearTyped");
        assertThat(DateText.problem(Field.MADE_ON, "morgen").key()).isEqualTo("validation.date.invalid");
        assertThat(new DateText(() -> JULY_4).fromString("1-1-0000")).isEqualTo(JULY_4);
    }

    @Test
    void keeps_the_date_it_had_and_remembers_what_it_refused() {
        DateText converter = new DateText(() -> JULY_4);

        assertThat(converter.fromString("2024-13-45")).isEqualTo(JULY_4);
        assertThat(converter.refusedProperty().get()).isEqualTo("2024-13-45");

        assertThat(converter.fromString("1-8-2024")).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(converter.refusedProperty().get()).isNull();
        assertThat(converter.toString(JULY_4)).isEqualTo("4-7-2024");
    }
}
