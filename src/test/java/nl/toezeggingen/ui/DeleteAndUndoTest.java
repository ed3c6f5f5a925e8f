package nl.toezeggingen.ui;

import static nl.toezeggingen.ui.MainWindowTest.commitment;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.Status;
import org.junit.jupiter.api.Test;
import org.testfx.matcher.control.LabeledMatchers;

/** Issue 17, point 3: a delete can be undone from the status bar, and later from the bin, with its history. */
class DeleteAndUndoTest extends WindowTestBase {

    private void deleteTz1() throws Exception {
        seed(commitment("TZ-1", "Brief over de regiegroep", Status.OPEN),
                commitment("TZ-2", "Onderzoek naar meldpunten", Status.OPEN));
        startApp();
        waitForRows(2);
        selectRow("TZ-1");
        clickOn(table());
        push(KeyCode.DELETE);
        waitUntil(() -> lookup(".confirm-dialog .button").match(LabeledMatchers.hasText("Verwijderen")).tryQuery().isPresent());
        clickOn(lookup(".confirm-dialog .button").match(LabeledMatchers.hasText("Verwijderen")).<Node>query());
        waitForRows(1);
    }

    @Test
    void ongedaan_maken_in_the_status_bar_puts_it_back_with_its_history() throws Exception {
        deleteTz1();
        assertThat(textOf(".status-text")).isEqualTo("‘Brief over de regiegroep’ is verwijderd.");
        screenshot("undo-delete");
        clickOn("#undoDeleteButton");
        waitForRows(2);
        waitUntil(() -> textOf("#titleField").equals("Brief over de regiegroep"));
        assertThat(lookup("#undoDeleteButton").query().isVisible()).isFalse();
        try (Tracker tracker = openAfterStop()) {
            long id = tracker.list().stream().filter(t -> "TZ-1".equals(t.commitment().reference())).findFirst()
                    .orElseThrow().commitment().id();
            assertThat(tracker.history(id)).extracting(c -> c.field()).contains("deleted");
            assertThat(tracker.deleted()).isEmpty();
        }
    }

    @Test
    void the_bin_in_the_view_menu_restores_it_after_the_offer_is_gone() throws Exception {
        deleteTz1();
        // Something else in the status bar ends the offer; the bin still has it.
        clickOn("#newButton");
        typeInto("#titleField", "Nog een toezegging");
        clickOn("#saveButton");
        waitForRows(2);
        assertThat(lookup("#undoDeleteButton").query().isVisible()).isFalse();
        clickOn("Beeld").clickOn("Verwijderde toezeggingen…");
        waitUntil(() -> lookup(".table-cell").match(LabeledMatchers.hasText("Brief over de regiegroep")).tryQuery().isPresent());
        clickOn(lookup(".table-cell").match(LabeledMatchers.hasText("Brief over de regiegroep")).<Node>query());
        clickOn("#restoreButton");
        waitUntil(() -> lookup(".bin-empty").tryQuery().map(Node::isVisible).orElse(false));
        push(KeyCode.ESCAPE);
        waitUntil(() -> lookup(".bin-dialog").tryQuery().isEmpty());
        waitForRows(3);
    }

    private Tracker openAfterStop() throws Exception {
        stopApp();
        return options.openTracker();
    }
}
