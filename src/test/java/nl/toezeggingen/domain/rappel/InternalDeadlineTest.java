package nl.toezeggingen.domain.rappel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InternalDeadlineTest {
    @Test
    void counts_back_working_days_over_weekends() {
        // Thursday 3 July 2025 (the day before the summer recess): ten working days back is Thursday 19 June.
        assertThat(InternalDeadline.before(LocalDate.of(2025, 7, 3), 10)).isEqualTo(LocalDate.of(2025, 6, 19));
        // Monday: one working day back is the Friday before.
        assertThat(InternalDeadline.before(LocalDate.of(2025, 7, 7), 1)).isEqualTo(LocalDate.of(2025, 7, 4));
        assertThat(InternalDeadline.before(LocalDate.of(2025, 7, 7), 0)).isEqualTo(LocalDate.of(2025, 7, 7));
        assertThat(InternalDeadline.before(null, 10)).isNull();
    }

    @Test
    void refuses_a_count_out_of_range() {
        assertThatThrownBy(() -> InternalDeadline.before(LocalDate.of(2025, 7, 7), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InternalDeadline.before(LocalDate.of(2025, 7, 7), 61))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
