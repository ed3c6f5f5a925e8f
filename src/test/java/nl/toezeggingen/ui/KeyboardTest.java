package nl.toezeggingen.ui;

import static nl.toezeggingen.ui.MainWindowTest.commitment;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Status;
import org.junit.jupiter.api.Test;
import org.testfx.matcher.control.LabeledMatchers;

/** The keys a user who never touches the mouse relies on. */
class KeyboardTest extends WindowTestBase {

    @Test
    void ctrl_s_saves_the_form_from_any_field() throws Exception {
        seed(commitment("TZ-1", "Oude titel", Status.OPEN));
        startApp();
        waitForRows(1);
        selectRow("TZ-1");

        typeInto("#titleField", "Nieuwe titel");
        typeInto("#notesArea", "Besproken in het AO");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitUntil(() -> rows().get(0).commitment().title().equals("Nieuwe titel"));
        assertThat(stored()).extracting(Commitment::title, Commitment::notes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Nieuwe titel", "Besproken in het AO"));
    }

    @Test
    void escape_asks_then_puts_the_stored_values_back_and_saves_nothing() throws Exception {
        seed(commitment("TZ-1", "Oude titel", Status.OPEN));
        startApp();
        waitForRows(1);
        selectRow("TZ-1");

        typeInto("#titleField", "Half getypt");
        type(KeyCode.ESCAPE);
        // Escape never throws edits away unasked (issue 17): it asks first, Enter is not the default.
        waitUntil(() -> lookup(".confirm-dialog").tryQuery().isPresent());
        clickOn(lookup(".confirm-dialog .button").match(org.testfx.matcher.control.LabeledMatchers.hasText("Verwerpen"))
                .<javafx.scene.Node>query());

        waitUntil(() -> textOf("#titleField").equals("Oude titel"));
        assertThat(stored()).extracting(Commitment::title).containsExactly("Oude titel");
    }

    @Test
    void delete_in_the_table_asks_first_then_deletes() throws Exception {
        seed(commitment("TZ-1", "Blijft staan", Status.OPEN), commitment("TZ-2", "Gaat weg", Status.OPEN));
        startApp();
        waitForRows(2);
        selectRow("TZ-2");

        type(KeyCode.DELETE);
        assertThat(lookup(".confirm-dialog").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                .isEqualTo("Toezegging ‘Gaat weg’ verwijderen?");
        clickOn(lookup(".confirm-dialog .button").match(LabeledMatchers.hasText("Verwijderen")).<Button>query());

        waitForRows(1);
        assertThat(stored()).extracting(Commitment::title).containsExactly("Blijft staan");
    }

    @Test
    void delete_while_typing_in_a_field_deletes_a_letter_not_the_commitment() throws Exception {
        seed(commitment("TZ-1", "Titel", Status.OPEN));
        startApp();
        waitForRows(1);
        selectRow("TZ-1");

        clickOn("#titleField");
        type(KeyCode.HOME).type(KeyCode.DELETE);

        assertThat(lookup(".confirm-dialog").tryQuery()).isEmpty();
        assertThat(textOf("#titleField")).isEqualTo("itel");
    }

    @Test
    void f1_opens_the_help() throws Exception {
        startApp();
        waitUntil(() -> lookup("#emptyState").query().isVisible());

        type(KeyCode.F1);

        waitUntil(() -> lookup("#helpPage").tryQuery().isPresent());
        screenshot("help", "#helpPage");
    }
}
