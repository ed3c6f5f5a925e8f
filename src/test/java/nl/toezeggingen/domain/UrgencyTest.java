package nl.toezeggingen.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UrgencyTest {
    private static final LocalDate DUE = LocalDate.of(2024, 7, 4);
    private static final Deadline BEFORE_SUMMER = new Deadline("voor de zomer van 2024", null, DUE, false);

    @Test
    void overdueTheDayAfterTheLastDay() {
        assertThat(Urgency.of(BEFORE_SUMMER, Status.OPEN, DUE, 14)).isEqualTo(Urgency.DUE_SOON);
        assertThat(Urgency.of(BEFORE_SUMMER, Status.OPEN, DUE.plusDays(1), 14)).isEqualTo(Urgency.OVERDUE);
    }

    @Test
    void dueSoonWithinTheHorizonInclusive() {
        assertThat(Urgency.of(BEFORE_SUMMER, Status.IN_PROGRESS, DUE.minusDays(14), 14)).isEqualTo(Urgency.DUE_SOON);
        assertThat(Urgency.of(BEFORE_SUMMER, Status.IN_PROGRESS, DUE.minusDays(15), 14)).isEqualTo(Urgency.ON_TRACK);
        assertThat(Urgency.of(BEFORE_SUMMER, Status.OPEN, DUE.minusDays(1), 0)).isEqualTo(Urgency.ON_TRACK);
    }

    @Test
    void closedWinsOverEverything() {
        assertThat(Urgency.of(BEFORE_SUMMER, Status.DONE, DUE.plusYears(1), 14)).isEqualTo(Urgency.CLOSED);
        assertThat(Urgency.of(BEFORE_SUMMER, Status.LAPSED, DUE.plusYears(1), 14)).isEqualTo(Urgency.CLOSED);
    }

    @Test
    void partlyDoneStillCounts() {
        assertThat(Urgency.of(BEFORE_SUMMER, Status.PARTLY_DONE, DUE.plusDays(3), 14)).isEqualTo(Urgency.OVERDUE);
    }

    @Test
    void noDateMeansNoDeadlineEvenWithAPhrase() {
        Deadline ongoing = new Deadline("doorlopend", null, null, false);
        assertThat(Urgency.of(ongoing, Status.OPEN, DUE, 14)).isEqualTo(Urgency.NO_DEADLINE);
        assertThat(Urgency.of(Deadline.NONE, Status.OPEN, DUE, 14)).isEqualTo(Urgency.NO_DEADLINE);
    }
}
