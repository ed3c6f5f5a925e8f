package nl.toezeggingen.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlineTest {
    private static final LocalDate MARCH = LocalDate.of(2025, 3, 1);
    private static final LocalDate SEPTEMBER = LocalDate.of(2025, 9, 1);

    @Test
    void startIsTheWindowsFirstDayOrTheSingleDate() {
        assertThat(new Deadline(null, MARCH, SEPTEMBER, false).start()).isEqualTo(MARCH);
        assertThat(Deadline.on(SEPTEMBER).start()).isEqualTo(SEPTEMBER);
        assertThat(Deadline.NONE.start()).isNull();
    }

    @Test
    void earliestAfterLatestStartsOnTheLastDay() {
        assertThat(new Deadline(null, SEPTEMBER, MARCH, false).start()).isEqualTo(MARCH);
        assertThat(new Deadline(null, MARCH, MARCH, false).start()).isEqualTo(MARCH);
    }
}
