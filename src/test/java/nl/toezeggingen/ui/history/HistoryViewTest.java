package nl.toezeggingen.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Change;
import nl.toezeggingen.report.history.HistoryEntry;
import nl.toezeggingen.report.history.HistoryWords;
import nl.toezeggingen.testing.Screenshots;
import nl.toezeggingen.ui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The history list on its own, with entries made from stored changes and no data folder: rows per save,
 * newest first, the moved deadline marked, the placeholder, nothing cut off at the width the form has
 * on a 1366x768 screen, light and dark, at the largest text size too.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryViewTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** About what the form beside the table gets on a 1366x768 screen. */
    private static final double WIDTH = 440;
    private static final double HEIGHT = 560;

    private HistoryView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        view = HistoryView.load(Messages.forLanguage("nl"));
        scene = new Scene((Parent) view.root(), WIDTH, HEIGHT);
        look(false);
        stage.setScene(scene);
        stage.show();
    }

    /**
     * The window's look on this scene only (Primer per scene, our palette), so no other test's window
     * inherits it: the same sheets Theme puts on every scene.
     */
    private void look(boolean dark) {
        scene.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().setAll(Theme.class.getResource("theme.css").toExternalForm());
        scene.getRoot().getStyleClass().remove("dark");
        if (dark) {
            scene.getStylesheets().add(Theme.class.getResource("dark.css").toExternalForm());
            scene.getRoot().getStyleClass().add("dark");
        }
    }

    private static List<HistoryEntry> entries() {
        Instant added = Instant.parse("2024-06-07T08:15:00Z");
        Instant moved = Instant.parse("2024-07-01T13:02:00Z");
        Instant done = Instant.parse("2024-12-02T15:41:00Z");
        Messages messages = Messages.forLanguage("nl");
        return new HistoryWords(messages::get, messages.locale(), AMSTERDAM).entries(List.of(
                new Change(1, added, "Fatima", "created", null, "Brief over klachtvoorzieningen in het hoger onderwijs"),
                new Change(1, moved, "Jeroen", "deadline.phrase", "voor de zomer van 2024", "eind 2024"),
                new Change(1, moved, "Jeroen", "deadline.latest", "2024-07-04", "2024-12-31"),
                new Change(1, moved, "Jeroen", "owner", "Fatima", "Jeroen"),
                new Change(1, moved, "Jeroen", "text", "Eerst kort.", "De minister informeert de Kamer over de"
                        + " uitkomsten van de verkenning naar klachtvoorzieningen, met daarbij een reactie op"
                        + " het advies van de Inspectie en een planning voor de vervolgstappen."),
                new Change(1, done, "Jeroen", "status", "IN_PROGRESS", "DONE"),
                new Change(1, done, "Jeroen", "fulfilledOn", null, "2024-12-02"),
                new Change(1, done, "Jeroen", "fulfilledBy", null, "Kamerbrief 2024-0456")));
    }

    private void show(FxRobot robot, List<HistoryEntry> shown) {
        robot.interact(() -> view.show(shown));
    }

    private static ListView<HistoryEntry> list(FxRobot robot) {
        return robot.lookup(".history-list").queryListView();
    }

    /** The cells that show an entry, in the list's order (the scene graph keeps them in any order). */
    private static List<ListCell<?>> filledCells(FxRobot robot) {
        return robot.lookup(".history-list .list-cell").queryAll().stream()
                .<ListCell<?>>map(node -> (ListCell<?>) node).filter(cell -> !cell.isEmpty())
                .sorted(Comparator.comparingInt(ListCell::getIndex)).toList();
    }

    @Test
    void one_row_per_save_newest_first_with_the_deadline_move_marked(FxRobot robot) {
        show(robot, entries());

        assertThat(list(robot).getItems()).hasSize(3);
        List<ListCell<?>> cells = filledCells(robot);
        assertThat(cells).hasSize(3);
        assertThat(texts(robot, cells.get(0))).startsWith("2 december 2024 16:41 · Jeroen", "Status",
                "In uitvoering → Afgedaan");
        assertThat(texts(robot, cells.get(2))).containsExactly("7 juni 2024 10:15 · Fatima", "Toegevoegd",
                "Brief over klachtvoorzieningen in het hoger onderwijs");

        Label move = robot.lookup(".history-move").queryAs(Label.class);
        assertThat(move.getText()).isEqualTo("Termijn verschoven van 4 jul. 2024 naar 31 dec. 2024");
        assertThat(move.getGraphic()).isNotNull();
        assertThat(cells).filteredOn(cell -> cell.getStyleClass().contains("moves-deadline"))
                .containsExactly(cells.get(1));
        assertThat(cells.get(1).getAccessibleText()).startsWith("1 juli 2024 15:02 · Jeroen. Termijn verschoven");
        Screenshots.ofWindow("history-light", view.root());
        robot.clickOn(cells.get(1));
        assertThat(list(robot).getSelectionModel().getSelectedIndex()).isEqualTo(1);
        Screenshots.ofWindow("history-light-selected", view.root());
    }

    @Test
    void nothing_is_cut_off_or_scrolls_sideways_at_the_forms_width_even_at_the_largest_text(FxRobot robot) {
        robot.interact(() -> {
            look(true);
            // Groter: half as large again as Primer's 14 px, as Theme's size sheet would set it.
            scene.getRoot().setStyle("-fx-font-size: 21px;");
        });
        show(robot, entries());

        for (ListCell<?> cell : filledCells(robot)) {
            for (Label label : robot.from(cell).lookup(".label").queryAllAs(Label.class)) {
                // A label too narrow for its text shows it shortened ("Soci…"): what is drawn must be all of it.
                Text drawn = (Text) label.lookup(".text");
                assertThat(drawn.getText()).as("drawn text of a label").isEqualTo(label.getText());
                assertThat(label.getBoundsInParent().getMaxX()).isLessThanOrEqualTo(cell.getWidth());
            }
        }
        assertThat(robot.lookup(".history-list .scroll-bar").queryAllAs(ScrollBar.class))
                .filteredOn(bar -> bar.getOrientation() == Orientation.HORIZONTAL)
                .allSatisfy(bar -> assertThat(bar.isVisible()).isFalse());
        Screenshots.ofWindow("history-dark-larger", view.root());
    }

    @Test
    void without_entries_it_says_there_is_no_history_yet(FxRobot robot) {
        show(robot, entries());
        show(robot, List.of());

        assertThat(filledCells(robot)).isEmpty();
        Label placeholder = robot.lookup(".history-empty").queryAs(Label.class);
        assertThat(placeholder.isVisible()).isTrue();
        assertThat(placeholder.getText()).startsWith("Nog geen geschiedenis");
        Screenshots.ofWindow("history-empty", view.root());
    }

    @Test
    void a_model_can_bind_what_it_shows(FxRobot robot) {
        SimpleObjectProperty<List<HistoryEntry>> model = new SimpleObjectProperty<>(List.of());
        robot.interact(() -> view.entriesProperty().bind(model));

        robot.interact(() -> model.set(entries().subList(2, 3)));

        assertThat(filledCells(robot)).hasSize(1);
        assertThat(texts(robot, filledCells(robot).get(0))).contains("Toegevoegd");
    }

    private static List<String> texts(FxRobot robot, ListCell<?> cell) {
        return robot.from(cell).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }
}
