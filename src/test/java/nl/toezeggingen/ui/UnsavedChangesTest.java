package nl.toezeggingen.ui;

import static nl.toezeggingen.ui.MainWindowTest.commitment;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Status;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;

/** Issue 17, point 2: an edit in the form is never lost without the question "Wijzigingen opslaan?". */
class UnsavedChangesTest extends WindowTestBase {

    private void twoCommitmentsAndAnEdit() throws Exception {
        seed(commitment("TZ-1", "Brief over de regiegroep", Status.OPEN),
                commitment("TZ-2", "Onderzoek naar meldpunten", Status.OPEN));
        startApp();
        waitForRows(2);
        selectRow("TZ-1");
        assertThat(textOf("#headline")).isEqualTo("Toezegging bewerken");
        assertThat(lookup("#saveButton").queryButton().isDisabled()).as("nothing to save yet").isTrue();
        typeInto("#phraseField", "voor het kerstreces");
        assertThat(textOf("#headline")).isEqualTo("Toezegging bewerken · gewijzigd");
        assertThat(lookup("#saveButton").queryButton().isDisabled()).isFalse();
    }

    /** A click on another row, without waiting for it to be selected: the question comes first. */
    private void clickRow(String reference) {
        clickOn(lookup(".table-cell").match(LabeledMatchers.hasText(reference)).<Node>query());
    }

    private Optional<Button> questionButton(String text) {
        return lookup(".unsaved-dialog .button").match(LabeledMatchers.hasText(text)).tryQuery();
    }

    private void answer(String text) throws Exception {
        waitUntil(() -> questionButton(text).isPresent());
        screenshot("unsaved-question", questionButton(text).get());
        clickOn(questionButton(text).get());
    }

    /** The edit moved a dated deadline, so saving it asks "uitstel of correctie?" (issue 19): here a correction. */
    private void asCorrection() {
        waitUntil(() -> lookup(".postpone-question").tryQuery().isPresent());
        clickOn("Correctie (tikfout)");
    }

    private Commitment storedWith(String reference) throws Exception {
        return stored().stream().filter(c -> reference.equals(c.reference())).findFirst().orElseThrow();
    }

    @Test
    void another_row_with_unsaved_edits_asks_and_annuleren_keeps_the_edits_and_the_row() throws Exception {
        twoCommitmentsAndAnEdit();
        clickRow("TZ-2");
        answer("Annuleren");
        assertThat(textOf("#titleField")).isEqualTo("Brief over de regiegroep");
        assertThat(textOf("#phraseField")).isEqualTo("voor het kerstreces");
        assertThat(table().getSelectionModel().getSelectedItem().commitment().reference()).isEqualTo("TZ-1");
        assertThat(storedWith("TZ-1").deadline().phrase()).isEqualTo("eind 2024");
    }

    @Test
    void niet_opslaan_moves_on_and_leaves_the_stored_commitment_as_it_was() throws Exception {
        twoCommitmentsAndAnEdit();
        clickRow("TZ-2");
        answer("Niet opslaan");
        waitUntil(() -> textOf("#titleField").equals("Onderzoek naar meldpunten"));
        assertThat(textOf("#headline")).isEqualTo("Toezegging bewerken");
        assertThat(storedWith("TZ-1").deadline().phrase()).isEqualTo("eind 2024");
    }

    @Test
    void opslaan_saves_then_moves_on() throws Exception {
        twoCommitmentsAndAnEdit();
        clickRow("TZ-2");
        answer("Opslaan");
        asCorrection();
        waitUntil(() -> textOf("#titleField").equals("Onderzoek naar meldpunten"));
        assertThat(table().getSelectionModel().getSelectedItem().commitment().reference()).isEqualTo("TZ-2");
        assertThat(storedWith("TZ-1").deadline().phrase()).isEqualTo("voor het kerstreces");
    }

    @Test
    void a_new_commitment_with_unsaved_edits_asks_first() throws Exception {
        twoCommitmentsAndAnEdit();
        clickOn("#newButton");
        answer("Annuleren");
        assertThat(textOf("#phraseField")).isEqualTo("voor het kerstreces");
        clickOn("#newButton");
        answer("Niet opslaan");
        waitUntil(() -> textOf("#headline").equals("Nieuwe toezegging"));
        assertThat(textOf("#phraseField")).isEmpty();
    }

    @Test
    void escape_never_throws_edits_away_unasked() throws Exception {
        twoCommitmentsAndAnEdit();
        clickOn("#phraseField");
        push(KeyCode.ESCAPE);
        waitUntil(() -> lookup(".confirm-dialog").tryQuery().isPresent());
        clickOn(lookup(".confirm-dialog .button").match(LabeledMatchers.hasText("Annuleren")).<Node>query());
        assertThat(textOf("#phraseField")).isEqualTo("voor het kerstreces");
        clickOn("#phraseField");
        push(KeyCode.ESCAPE);
        waitUntil(() -> lookup(".confirm-dialog").tryQuery().isPresent());
        clickOn(lookup(".confirm-dialog .button").match(LabeledMatchers.hasText("Verwerpen")).<Node>query());
        waitUntil(() -> textOf("#phraseField").equals("eind 2024"));
        assertThat(textOf("#headline")).isEqualTo("Toezegging bewerken");
    }

    @Test
    void closing_the_window_with_unsaved_edits_asks_and_annuleren_keeps_it_open() throws Exception {
        twoCommitmentsAndAnEdit();
        Stage stage = FxToolkit.registerPrimaryStage();
        javafx.application.Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        answer("Annuleren");
        assertThat(stage.isShowing()).isTrue();
        javafx.application.Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        answer("Opslaan");
        asCorrection();
        waitUntil(() -> !stage.isShowing());
        assertThat(storedWith("TZ-1").deadline().phrase()).isEqualTo("voor het kerstreces");
    }
}
