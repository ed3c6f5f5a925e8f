package nl.toezeggingen.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.ui.Background;
import nl.toezeggingen.ui.Session;
import nl.toezeggingen.ui.Views;
import nl.toezeggingen.ui.main.WindowModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The table on its own, bound to a window model with a list and no data folder: it shows the model's
 * rows overdue first, a row clicked is the model's choice, and on a narrow pane the columns that cannot
 * be read fold away while Kenmerk, Titel, Uiterlijk, Status and Urgentie stay.
 */
@ExtendWith(ApplicationExtension.class)
class CommitmentTableTest extends FxRobot {
    private WindowModel model;
    private TableView<TrackedCommitment> table;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new WindowModel(Messages.forLanguage("nl"), new Session(new Background(), () -> {
            throw new IllegalStateException("this test has no data folder");
        }), Clock.fixed(Instant.parse("2024-07-05T10:00:00Z"), ZoneOffset.UTC), nl.toezeggingen.ui.Look.plain());
        Parent root = Views.load(CommitmentTableController.class, "CommitmentTable.fxml", model.messages(), model).getRoot();
        table = lookupIn(root);
        stage.setScene(new Scene(root, 1200, 400));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static TableView<TrackedCommitment> lookupIn(Parent root) {
        return (TableView<TrackedCommitment>) root;
    }

    private static TrackedCommitment tracked(long id, String reference, String title, Urgency urgency, LocalDate latest) {
        return new TrackedCommitment(Commitment.builder().id(id).reference(reference).title(title)
                .dossier("Sociale veiligheid").line("Lijn 1").owner("A. Jansen").status(Status.OPEN)
                .deadline(new Deadline("eind 2024", null, latest, false)).build(), urgency);
    }

    private void showThree() {
        interact(() -> model.showFirst(List.of(
                tracked(1, "TZ-1", "Brief over de regiegroep", Urgency.ON_TRACK, LocalDate.of(2024, 12, 31)),
                tracked(2, "TZ-2", "Onderzoek naar meldpunten", Urgency.OVERDUE, LocalDate.of(2024, 7, 1)),
                tracked(3, "TZ-3", "Evaluatie van de wet", Urgency.DUE_SOON, LocalDate.of(2024, 7, 10)))));
    }

    @Test
    void shows_the_models_rows_overdue_first() {
        showThree();
        assertThat(table.getItems()).extracting(t -> t.commitment().reference()).containsExactly("TZ-2", "TZ-3", "TZ-1");
    }

    @Test
    void a_row_clicked_is_the_models_choice_and_the_models_choice_is_selected() {
        showThree();
        clickOn(lookup(".table-cell").match(LabeledMatchers.hasText("TZ-3")).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.chosenId()).isEqualTo(3L);
        interact(() -> model.choose(1L));
        assertThat(table.getSelectionModel().getSelectedItem().commitment().reference()).isEqualTo("TZ-1");
        interact(() -> model.choose(null));
        assertThat(table.getSelectionModel().getSelectedItem()).isNull();
    }

    @Test
    void on_a_narrow_pane_the_columns_that_cannot_be_read_fold_and_come_back() throws Exception {
        showThree();
        interact(() -> stage.setWidth(700));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !column("ownerColumn").isVisible());
        assertThat(List.of("referenceColumn", "titleColumn", "dueColumn", "statusColumn", "urgencyColumn"))
                .allSatisfy(id -> assertThat(column(id).isVisible()).as(id).isTrue());
        assertThat(column("lineColumn").isVisible()).isFalse();

        interact(() -> stage.setWidth(1300));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> column("ownerColumn").isVisible()
                && column("lineColumn").isVisible() && column("dossierColumn").isVisible());
    }

    private TableColumn<TrackedCommitment, ?> column(String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    @Test
    void a_deadline_waiting_for_its_debate_says_so_in_the_column() {
        Deadline waiting = new Deadline("voor het commissiedebat hoger onderwijs", null, null, false,
                Deadline.Kind.EVENT, null, new Deadline.EventRef(null, "commissiedebat hoger onderwijs"));
        interact(() -> model.showFirst(List.of(new TrackedCommitment(Commitment.builder().id(4L).reference("TZ-4")
                .title("Brief voor het debat").status(Status.OPEN).deadline(waiting).build(), Urgency.NO_DEADLINE))));
        assertThat(lookup(".table-cell").match(LabeledMatchers.hasText("wacht op datum")).tryQuery()).isPresent();
    }
}
