package nl.toezeggingen.ui;

import static nl.toezeggingen.ui.MainWindowTest.commitment;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ListView;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.Status;
import org.junit.jupiter.api.Test;

/** Issue 17, point 4: the form shows the selected commitment's history, newest first, in words. */
class HistoryInWindowTest extends WindowTestBase {

    @Test
    void the_history_of_the_selected_commitment_is_in_sight_and_follows_a_save() throws Exception {
        seed(commitment("TZ-1", "Brief over de regiegroep", Status.OPEN));
        try (Tracker tracker = options.openTracker()) {
            long id = tracker.list().get(0).commitment().id();
            tracker.changeStatus(id, Status.IN_PROGRESS, null, null);
        }
        startApp();
        waitForRows(1);
        assertThat(lookup("#historySection").query().isVisible()).as("a new form has no history").isFalse();
        selectRow("TZ-1");
        waitUntil(() -> history().getItems().toString().contains("In uitvoering"));
        screenshot("history-in-form", "#historySection");

        typeInto("#phraseField", "voor het kerstreces");
        clickOn("#saveButton");
        // A moved deadline asks whether it is a postponement (issue 19); a correction is an ordinary change.
        waitUntil(() -> lookup(".postpone-question").tryQuery().isPresent());
        clickOn("Correctie (tikfout)");
        waitUntil(() -> history().getItems().toString().contains("voor het kerstreces"));
        assertThat(history().getItems().get(0).lines().stream().anyMatch(l -> l.deadlineMove()))
                .as("the newest entry is the deadline move").isTrue();
    }

    private ListView<nl.toezeggingen.report.history.HistoryEntry> history() {
        return lookup("#historySection .list-view").query();
    }
}
