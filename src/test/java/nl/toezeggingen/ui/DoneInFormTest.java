package nl.toezeggingen.ui;

import static nl.toezeggingen.ui.MainWindowTest.commitment;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Status;
import org.junit.jupiter.api.Test;

/** Issue 17, point 5 and 9: Afgedaan is done with something on a day; Tab leaves a text area; dossiers complete. */
class DoneInFormTest extends WindowTestBase {

    @Test
    void choosing_afgedaan_fills_today_and_puts_the_cursor_at_the_document() throws Exception {
        seed(commitment("TZ-1", "Brief over de regiegroep", Status.IN_PROGRESS));
        startApp();
        waitForRows(1);
        selectRow("TZ-1");
        choose("#statusBox", "Afgedaan");

        DatePicker fulfilledOn = lookup("#fulfilledOnPicker").query();
        waitUntil(() -> lookup("#fulfilledByField").query().isFocused());
        assertThat(fulfilledOn.getValue()).isEqualTo(TODAY);
        assertThat(fulfilledOn.getEditor().getText()).isEqualTo("5-7-2024");
        write("Kamerbrief 2024-0456");
        push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> lookup("#saveButton").queryButton().isDisabled());

        Commitment stored = stored().get(0);
        assertThat(stored.status()).isEqualTo(Status.DONE);
        assertThat(stored.fulfilledOn()).isEqualTo(TODAY);
        assertThat(stored.fulfilledBy()).isEqualTo("Kamerbrief 2024-0456");
    }

    @Test
    void a_date_already_given_is_kept_when_afgedaan_is_chosen() throws Exception {
        seed(commitment("TZ-1", "Brief over de regiegroep", Status.IN_PROGRESS).toBuilder()
                .fulfilledOn(LocalDate.of(2024, 6, 20)).build());
        startApp();
        waitForRows(1);
        selectRow("TZ-1");
        choose("#statusBox", "Deels afgedaan");
        waitUntil(() -> lookup("#fulfilledByField").query().isFocused());
        assertThat(((DatePicker) lookup("#fulfilledOnPicker").query()).getValue()).isEqualTo(LocalDate.of(2024, 6, 20));
    }

    @Test
    void the_calendar_marks_the_programs_today_not_the_computers() throws Exception {
        // A date in the month of the test's today, so the calendar opens on that month.
        seed(commitment("TZ-1", "Brief over de regiegroep", Status.PARTLY_DONE).toBuilder()
                .fulfilledOn(LocalDate.of(2024, 7, 2)).build());
        startApp();
        waitForRows(1);
        selectRow("TZ-1");
        DatePicker fulfilledOn = lookup("#fulfilledOnPicker").query();
        reveal(fulfilledOn);
        interact(fulfilledOn::show);
        waitUntil(() -> !lookup(".date-cell.today").queryAll().isEmpty());

        // The form's today is the test's 5 July 2024 (the tracker's clock), years before the computer's.
        assertThat(lookup(".date-cell.today").queryAll()).hasSize(1)
                .allSatisfy(cell -> assertThat(((javafx.scene.control.DateCell) cell).getItem()).isEqualTo(TODAY));
        interact(fulfilledOn::hide);
    }

    @Test
    void tab_leaves_the_text_and_the_notes_without_typing_a_tab() throws Exception {
        startApp();
        clickOn("#newButton");
        TextArea text = lookup("#textArea").query();
        reveal(text);
        clickOn(text);
        write("De minister zegt toe");
        push(KeyCode.TAB);
        waitUntil(() -> !text.isFocused());
        assertThat(text.getText()).isEqualTo("De minister zegt toe");
        TextArea notes = lookup("#notesArea").query();
        reveal(notes);
        clickOn(notes);
        push(KeyCode.SHIFT, KeyCode.TAB);
        waitUntil(() -> !notes.isFocused());
        assertThat(notes.getText()).isEmpty();
    }

    @Test
    void dossier_completes_to_a_value_already_in_the_register() throws Exception {
        seed(commitment("TZ-1", "Brief over de regiegroep", Status.OPEN));
        startApp();
        waitForRows(1);
        clickOn("#newButton");
        javafx.scene.control.ComboBox<?> dossier = lookup("#dossierBox").query();
        reveal(dossier);
        clickOn(dossier.getEditor());
        write("veilig");
        waitUntil(() -> lookup(".auto-complete-popup .list-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("Sociale veiligheid")).tryQuery().isPresent());
        clickOn(lookup(".auto-complete-popup .list-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("Sociale veiligheid")).<javafx.scene.Node>query());
        waitUntil(() -> "Sociale veiligheid".equals(dossier.getEditor().getText()));
    }
}
