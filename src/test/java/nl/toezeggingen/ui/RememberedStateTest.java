package nl.toezeggingen.ui;

import static nl.toezeggingen.ui.MainWindowTest.commitment;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import nl.toezeggingen.domain.Status;
import org.junit.jupiter.api.Test;

/** What the user set up in the window is there again after a restart on the same data. */
class RememberedStateTest extends WindowTestBase {

    @Test
    void column_width_order_and_search_come_back_after_a_restart() throws Exception {
        seed(commitment("TZ-1", "Kamerbrief voortgang", Status.OPEN), commitment("TZ-2", "Onderzoek", Status.OPEN));
        startApp();
        waitForRows(2);
        TableColumn<nl.toezeggingen.domain.TrackedCommitment, ?> title = column("titleColumn");
        double before = title.getWidth();
        interact(() -> {
            table().resizeColumn(title, -80);
            TableColumn<nl.toezeggingen.domain.TrackedCommitment, ?> line = column("lineColumn");
            table().getColumns().remove(line);
            table().getColumns().add(0, line);
        });
        waitUntil(() -> title.getWidth() < before - 20);
        double narrowed = title.getWidth();
        typeInto("#searchField", "Onderzoek");
        waitForRows(1);

        stopApp();
        startApp();

        waitUntil(() -> rows().size() == 1);
        assertThat(lookup("#searchField").<TextField>query().getText()).isEqualTo("Onderzoek");
        // The width the user gave is the column's own again; how the table shares out room left over
        // depends on which columns fit (ColumnFit), so the preferred width is what must come back.
        waitUntil(() -> Math.abs(column("titleColumn").getPrefWidth() - narrowed) < 2);
        assertThat(table().getColumns().get(0).getId()).isEqualTo("lineColumn");
    }

    @Test
    void sort_order_timeline_and_its_zoom_come_back_after_a_restart() throws Exception {
        seed(commitment("TZ-1", "Alfa", Status.OPEN), commitment("TZ-2", "Bravo", Status.OPEN));
        startApp();
        waitForRows(2);
        interact(() -> {
            TableColumn<nl.toezeggingen.domain.TrackedCommitment, ?> title = column("titleColumn");
            title.setSortType(TableColumn.SortType.DESCENDING);
            table().getSortOrder().setAll(java.util.List.of(title));
        });
        nl.toezeggingen.ui.timeline.TimelineView timeline = lookup(".timeline-view").query();
        clickOn("Maand");
        double monthScale = timeline.pxPerDay();

        stopApp();
        startApp();
        waitForRows(2);
        waitUntil(() -> !table().getSortOrder().isEmpty() && "titleColumn".equals(table().getSortOrder().get(0).getId()));
        assertThat(table().getSortOrder().get(0).getSortType()).isEqualTo(TableColumn.SortType.DESCENDING);
        assertThat(rows().get(0).commitment().title()).isEqualTo("Bravo");
        nl.toezeggingen.ui.timeline.TimelineView again = lookup(".timeline-view").query();
        waitUntil(() -> Math.abs(again.pxPerDay() - monthScale) < 0.01);

        // Put away, it stays away.
        clickOn("Beeld").clickOn("Tijdlijn tonen");
        waitUntil(() -> lookup(".timeline-view").tryQuery().isEmpty());
        stopApp();
        startApp();
        waitForRows(2);
        waitUntil(() -> lookup(".timeline-view").tryQuery().isEmpty());
    }

    private TableColumn<nl.toezeggingen.domain.TrackedCommitment, ?> column(String id) {
        return table().getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }
}
