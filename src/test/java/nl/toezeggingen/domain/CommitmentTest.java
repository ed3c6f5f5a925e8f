package nl.toezeggingen.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CommitmentTest {
    private final Commitment valid = Commitment.builder()
            .title("Kamer informeren")
            .madeOn(LocalDate.of(2024, 6, 7))
            .deadline(new Deadline("voor de zomer van 2025", null, LocalDate.of(2025, 7, 3), true))
            .build();

    @Test
    void aTitledCommitmentWithASensibleDeadlineHasNoProblems() {
        assertThat(valid.problems()).isEmpty();
        assertThat(valid.status()).isEqualTo(Status.OPEN);
    }

    @Test
    void blankTextIsAbsent() {
        Commitment c = valid.toBuilder().title("   ").owner(" ").build();
        assertThat(c.title()).isNull();
        assertThat(c.owner()).isNull();
        assertThat(c.problems()).extracting(Problem::field).containsExactly(Commitment.Field.TITLE);
    }

    @Test
    void aDueDateBeforeTheDayItWasMadeIsRefusedAtTheLatestField() {
        Commitment c = valid.toBuilder().deadline(Deadline.on(LocalDate.of(2024, 6, 6))).build();
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(Commitment.Field.DEADLINE_LATEST);
            assertThat(p.key()).isEqualTo("validation.deadline.beforeMadeOn");
            assertThat(p.args()).containsExactly(LocalDate.of(2024, 6, 6), LocalDate.of(2024, 6, 7));
        });
    }

    @Test
    void aWindowMustNotBeBackwards() {
        Commitment c = valid.toBuilder()
                .deadline(new Deadline("x", LocalDate.of(2025, 8, 1), LocalDate.of(2025, 7, 1), false)).build();
        assertThat(c.problems()).extracting(Problem::key).containsExactly("validation.deadline.earliestAfterLatest");
    }

    @Test
    void aCommitmentCannotWaitOnItself() {
        Commitment c = valid.toBuilder().id(5L).dependsOn(5L).build();
        assertThat(c.problems()).extracting(Problem::field).containsExactly(Commitment.Field.DEPENDS_ON);
    }

    @Test
    void theBuilderKeepsEveryField() {
        Commitment full = new Commitment(1L, "TZ202404-101", "t", "x", "d", "l", Status.PARTLY_DONE,
                new Deadline("p", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), true), LocalDate.of(2023, 1, 1),
                "debat", "minister", "owner", 2L, LocalDate.of(2024, 1, 5), "brief", "notes", Chamber.EERSTE_KAMER,
                "vaste commissie voor OCW", java.util.List.of("A. Jansen (GL-PvdA)"));
        assertThat(full.toBuilder().build()).isEqualTo(full);
    }
}
