package nl.toezeggingen.ui;

import static nl.toezeggingen.ui.MainWindowTest.commitment;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.toezeggingen.app.Setting;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.TrackedCommitment;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;

/** Issue 17, points 2, 6 and 7: undo in the form, a laptop's width, several at once, my own commitments. */
class WorkbenchTest extends WindowTestBase {

    private void three() {
        seed(commitment("TZ-1", "Brief over de regiegroep", Status.OPEN).toBuilder().owner("A. Jansen").build(),
                commitment("TZ-2", "Onderzoek naar meldpunten", Status.IN_PROGRESS).toBuilder().owner("B. de Vries").build(),
                commitment("TZ-3", "Evaluatie van de wet", Status.DONE).toBuilder().owner("a. jansen").build());
    }

    @Test
    void ctrl_z_undoes_the_form_field_by_field_and_ctrl_y_redoes() throws Exception {
        three();
        startApp();
        waitForRows(3);
        selectRow("TZ-1");
        typeInto("#titleField", "Brief over de regiegroep en de aanpak");
        typeInto("#phraseField", "voor het kerstreces");
        assertThat(textOf("#headline")).endsWith("gewijzigd");

        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> textOf("#phraseField").equals("eind 2024"));
        assertThat(textOf("#titleField")).isEqualTo("Brief over de regiegroep en de aanpak");
        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> textOf("#titleField").equals("Brief over de regiegroep"));
        assertThat(textOf("#headline")).isEqualTo("Toezegging bewerken");
        assertThat(lookup("#saveButton").queryButton().isDisabled()).isTrue();

        push(KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> textOf("#titleField").equals("Brief over de regiegroep en de aanpak"));
        assertThat(textOf("#headline")).endsWith("gewijzigd");
    }

    @Test
    void the_form_folds_away_and_comes_back_with_enter_on_a_row() throws Exception {
        three();
        startApp();
        waitForRows(3);
        double narrow = table().getWidth();
        clickOn("#foldButton");
        waitUntil(() -> lookup("#detailRoot").tryQuery().map(node -> node.getScene() == null).orElse(true)
                || !lookup("#detailRoot").query().isVisible() || table().getWidth() > narrow + 100);
        assertThat(table().getWidth()).isGreaterThan(narrow + 100);

        selectRow("TZ-2");
        push(KeyCode.ENTER);
        waitUntil(() -> table().getWidth() < narrow + 10 && lookup("#titleField").query().isFocused());
        assertThat(textOf("#titleField")).isEqualTo("Onderzoek naar meldpunten");

        push(KeyCode.CONTROL, KeyCode.D);
        waitUntil(() -> table().getWidth() > narrow + 100);
    }

    @Test
    void at_1366_and_groter_the_columns_that_matter_stay_in_sight() throws Exception {
        three();
        try (Tracker tracker = options.openTracker()) {
            tracker.settings().put(Setting.TEXT_SIZE, TextSize.LARGER.setting());
        }
        startApp();
        waitForRows(3);
        Stage stage = FxToolkit.registerPrimaryStage();
        // The tests' screen is a 1366 x 768 laptop (headless.geometry in the build); the window fills it.
        assertThat(stage.getWidth()).isLessThanOrEqualTo(1366);
        waitUntil(() -> look().textSize() == TextSize.LARGER);
        waitUntil(() -> essentialInSight());
        assertThat(column("ownerColumn").isVisible()).as("folded for lack of room").isFalse();
        // The table comes first: the timeline above it takes no more than about half of the height.
        javafx.scene.control.SplitPane left = lookup("#leftSplit").query();
        waitUntil(() -> left.getItems().size() == 2 && lookup("#timelinePane").tryQuery().isPresent());
        assertThat(table().getHeight()).isGreaterThanOrEqualTo(left.getHeight() * 0.5);
        screenshot("groter-1366-form-open");

        clickOn("#foldButton");
        // The form's width goes to the table: Termijn comes back (Eigenaar needs more than 1366 at Groter).
        waitUntil(() -> column("deadlineColumn").isVisible());
        assertThat(essentialInSight()).isTrue();
        screenshot("groter-1366-form-folded");
    }

    private boolean essentialInSight() {
        double right = table().localToScene(table().getLayoutBounds()).getMaxX();
        return List.of("referenceColumn", "titleColumn", "dueColumn", "statusColumn", "urgencyColumn").stream()
                .allMatch(id -> {
                    TableColumn<TrackedCommitment, ?> column = column(id);
                    Node header = table().lookup(".column-header." + "table-column" + "#" + id);
                    return column.isVisible() && (header == null
                            || header.localToScene(header.getLayoutBounds()).getMaxX() <= right + 1);
                });
    }

    private TableColumn<TrackedCommitment, ?> column(String id) {
        return table().getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    @Test
    void niet_afgedaan_and_mijn_toezeggingen_filter_together() throws Exception {
        three();
        try (Tracker tracker = options.openTracker()) {
            tracker.settings().put(Setting.OWN_NAME, "A. Jansen");
        }
        startApp();
        waitForRows(3);
        choose("#statusFilter", "Niet afgedaan");
        waitForRows(2);
        clickOn("#mineButton");
        waitForRows(1);
        assertThat(rows().get(0).commitment().reference()).isEqualTo("TZ-1");
        choose("#statusFilter", "Alle statussen");
        waitForRows(2);
        assertThat(rows()).extracting(t -> t.commitment().reference()).containsExactlyInAnyOrder("TZ-1", "TZ-3");
    }

    @Test
    void three_at_once_are_done_with_one_letter_in_one_go() throws Exception {
        three();
        startApp();
        waitForRows(3);
        selectRow("TZ-1");
        press(KeyCode.CONTROL);
        clickOn(lookup(".table-cell").match(LabeledMatchers.hasText("TZ-2")).<Node>query());
        release(KeyCode.CONTROL);
        waitUntil(() -> table().getSelectionModel().getSelectedItems().size() == 2);
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        waitUntil(() -> lookup("#statusChangeBy").tryQuery().isPresent());
        screenshot("status-change", "#statusChangeBy");
        clickOn("#statusChangeBy").write("Kamerbrief 2024-0456");
        clickOn(lookup(".status-change-dialog .button").match(LabeledMatchers.hasText("Wijzigen")).<Node>query());
        waitUntil(() -> textOf(".status-text").startsWith("2 toezeggingen hebben nu de status Afgedaan"));

        List<Commitment> stored = stored();
        for (String reference : List.of("TZ-1", "TZ-2")) {
            Commitment c = stored.stream().filter(s -> reference.equals(s.reference())).findFirst().orElseThrow();
            assertThat(c.status()).isEqualTo(Status.DONE);
            assertThat(c.fulfilledOn()).isEqualTo(TODAY);
            assertThat(c.fulfilledBy()).isEqualTo("Kamerbrief 2024-0456");
        }
        try (Tracker tracker = options.openTracker()) {
            long id = stored.stream().filter(s -> "TZ-1".equals(s.reference())).findFirst().orElseThrow().id();
            assertThat(tracker.history(id)).filteredOn(change -> "status".equals(change.field())).hasSize(1);
        }
    }
}
