package nl.toezeggingen.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Commitment.Field;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Problem;
import nl.toezeggingen.domain.Status;
import org.junit.jupiter.api.Test;

/** The form's model without a stage: load, dirty, build back, undo and redo across fields. */
class CommitmentFormTest {
    private final Commitment stored = Commitment.builder().id(7L).reference("TZ-1").title("Brief over de regiegroep")
            .status(Status.IN_PROGRESS).madeOn(LocalDate.of(2024, 6, 7)).dependsOn(3L)
            .deadline(new Deadline("eind 2024", null, LocalDate.of(2024, 12, 31), false)).build();

    @Test
    void loads_every_field_and_builds_the_same_commitment_back() {
        CommitmentForm form = new CommitmentForm();
        form.load(stored);
        assertThat(form.text(Field.TITLE)).isEqualTo("Brief over de regiegroep");
        assertThat(form.text(Field.STATUS)).isEqualTo("IN_PROGRESS");
        assertThat(form.text(Field.DEADLINE_LATEST)).isEqualTo("31-12-2024");
        assertThat(form.text(Field.DEPENDS_ON)).isEqualTo("3");
        assertThat(form.isDirty()).isFalse();
        List<Problem> problems = new ArrayList<>();
        assertThat(form.build(problems)).isEqualTo(stored);
        assertThat(problems).isEmpty();
    }

    @Test
    void typing_a_value_back_makes_the_form_clean_again() {
        CommitmentForm form = new CommitmentForm();
        form.load(stored);
        form.field(Field.TITLE).set("Brief over de regiegroep!");
        assertThat(form.isDirty()).isTrue();
        form.field(Field.TITLE).set("Brief over de regiegroep");
        assertThat(form.isDirty()).isFalse();
    }

    @Test
    void undo_goes_back_field_by_field_and_redo_forward_again() {
        CommitmentForm form = new CommitmentForm();
        form.load(stored);
        // Typing in one field is one step; another field starts the next.
        form.field(Field.TITLE).set("Brief");
        form.field(Field.TITLE).set("Brief over");
        form.endTyping();
        form.field(Field.DEADLINE_PHRASE).set("voor de zomer");
        assertThat(form.canUndoProperty().get()).isTrue();

        assertThat(form.undo()).isTrue();
        assertThat(form.text(Field.DEADLINE_PHRASE)).isEqualTo("eind 2024");
        assertThat(form.lastUndone()).isEqualTo(Field.DEADLINE_PHRASE);
        assertThat(form.undo()).isTrue();
        assertThat(form.text(Field.TITLE)).isEqualTo("Brief over de regiegroep");
        assertThat(form.isDirty()).isFalse();
        assertThat(form.undo()).isFalse();

        assertThat(form.redo()).isTrue();
        assertThat(form.text(Field.TITLE)).isEqualTo("Brief over");
        assertThat(form.redo()).isTrue();
        assertThat(form.text(Field.DEADLINE_PHRASE)).isEqualTo("voor de zomer");
        assertThat(form.isDirty()).isTrue();
        assertThat(form.canRedoProperty().get()).isFalse();
    }

    @Test
    void a_new_edit_after_undo_ends_the_redo_and_loading_ends_both() {
        CommitmentForm form = new CommitmentForm();
        form.load(stored);
        form.field(Field.OWNER).set("A. Jansen");
        form.undo();
        form.field(Field.NOTES).set("Navragen bij DGHO");
        assertThat(form.redo()).isFalse();
        form.load(stored);
        assertThat(form.undo()).isFalse();
    }

    @Test
    void what_follows_from_an_edit_is_part_of_it_not_a_step_of_its_own() {
        CommitmentForm form = new CommitmentForm();
        form.load(null);
        form.field(Field.DEADLINE_PHRASE).set("voor de zomer van 2025");
        form.quietly(() -> form.field(Field.DEADLINE_LATEST).set("4-7-2025"));
        assertThat(form.isDirty()).isTrue();
        form.undo();
        assertThat(form.text(Field.DEADLINE_PHRASE)).isEmpty();
        assertThat(form.undo()).isFalse();
    }

    @Test
    void a_date_that_cannot_be_read_is_a_problem_at_its_field() {
        CommitmentForm form = new CommitmentForm();
        form.load(stored);
        form.field(Field.MADE_ON).set("31-2-2024");
        List<Problem> problems = new ArrayList<>();
        assertThat(form.build(problems)).isNull();
        assertThat(problems).extracting(Problem::field).containsExactly(Field.MADE_ON);
    }
}
