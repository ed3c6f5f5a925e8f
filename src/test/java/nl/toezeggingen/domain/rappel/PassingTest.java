package nl.toezeggingen.domain.rappel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Status;
import org.junit.jupiter.api.Test;

/** Which other deadline is passing, at the edges: the day itself, the horizon, the Kamer's own overdue. */
class PassingTest {
    static final LocalDate KAMER = LocalDate.of(2025, 7, 10);
    static final LocalDate INTERNAL = LocalDate.of(2025, 6, 26);

    private static Commitment open(LocalDate latest) {
        return Commitment.builder().title("Brief").status(Status.OPEN)
                .deadline(new Deadline(latest.toString(), null, latest, false)).build();
    }

    private static Passing.Kind kind(Commitment c, LocalDate internal, Deadline told, LocalDate today, int horizon) {
        return Passing.of(c, internal, told, today, horizon).map(Passing::kind).orElse(null);
    }

    @Test
    void theInternalDayItselfIsNotLateTheDayAfterIs() {
        assertThat(kind(open(KAMER), INTERNAL, null, INTERNAL, 0)).isEqualTo(Passing.Kind.INTERNAL_SOON);
        assertThat(kind(open(KAMER), INTERNAL, null, INTERNAL.plusDays(1), 0)).isEqualTo(Passing.Kind.INTERNAL_LATE);
        assertThat(kind(open(KAMER), INTERNAL, null, INTERNAL.minusDays(15), 14)).isNull();
        assertThat(kind(open(KAMER), INTERNAL, null, INTERNAL.minusDays(14), 14)).isEqualTo(Passing.Kind.INTERNAL_SOON);
    }

    @Test
    void onceTheKamersOwnDeadlineHasPassedThatIsWhatIsLate() {
        assertThat(kind(open(KAMER), INTERNAL, null, KAMER, 14)).isEqualTo(Passing.Kind.INTERNAL_LATE);
        assertThat(kind(open(KAMER), INTERNAL, null, KAMER.plusDays(1), 14)).isNull();
        Deadline told = new Deadline("2025-06-15", null, LocalDate.of(2025, 6, 15), false);
        assertThat(kind(open(KAMER), INTERNAL, told, KAMER.plusDays(1), 14)).isNull();
    }

    @Test
    void theDeadlineTheKamerWasToldComesBeforeTheInternalOne() {
        Deadline told = new Deadline("2025-06-15", null, LocalDate.of(2025, 6, 15), false);
        Commitment moved = open(LocalDate.of(2025, 12, 1));
        assertThat(kind(moved, LocalDate.of(2025, 11, 17), told, LocalDate.of(2025, 6, 16), 14))
                .isEqualTo(Passing.Kind.KAMER_NOT_TOLD);
        assertThat(kind(moved, LocalDate.of(2025, 11, 17), told, LocalDate.of(2025, 6, 15), 14))
                .isEqualTo(Passing.Kind.KAMER_NOT_TOLD_SOON);
        assertThat(kind(moved, LocalDate.of(2025, 11, 17), told, LocalDate.of(2025, 5, 31), 14)).isNull();
    }

    @Test
    void aClosedOneHasNothingPassing() {
        Commitment done = open(KAMER).toBuilder().status(Status.DONE).build();
        assertThat(kind(done, INTERNAL, null, INTERNAL.plusDays(1), 14)).isNull();
    }
}
