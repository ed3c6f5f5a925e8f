package nl.toezeggingen.ui.bin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.toezeggingen.app.LaunchOptions;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.DeletedCommitment;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.testing.FxWait;
import nl.toezeggingen.testing.OwnedDialogTest;
import nl.toezeggingen.testing.Screenshots;
import nl.toezeggingen.ui.Background;
import nl.toezeggingen.ui.Look;
import nl.toezeggingen.ui.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Issue 17, point 3: the bin dialog on its own, over a plain owner window, with a real H2 folder behind
 * the window's kind of {@link Session}: what is deleted is listed, latest first; one put back leaves the
 * list and is in the tracker's list again; a reference taken meanwhile is said in the dialog.
 */
class DeletedDialogTest extends OwnedDialogTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 7, 5);

    @TempDir
    Path data;
    private LaunchOptions options;
    private final AtomicInteger restored = new AtomicInteger();

    /** Three commitments, the first two deleted (the second one last). */
    private void twoDeleted() {
        options = LaunchOptions.of(data.toString(), TODAY, "nl");
        try (Tracker tracker = options.openTracker()) {
            long first = tracker.save(Commitment.builder().reference("TZ-1").title("Brief over klachten").build()).id();
            long second = tracker.save(Commitment.builder().reference("TZ-2").title("Evaluatie meldpunt").build()).id();
            tracker.save(Commitment.builder().reference("TZ-3").title("Blijft staan").build());
            tracker.delete(first);
            tracker.delete(second);
        }
    }

    private void openDialog(FxRobot robot) {
        session = FxWait.openSession(robot, options);
        robot.interact(() -> {
            // A look of its own, as a window program makes one: the next window makes its own again.
            look = Look.plain();
            dialog = DeletedController.create(owner, options.messages(), session, look, restored::incrementAndGet);
            look.style(dialog.getScene());
            dialog.show();
        });
    }

    private static TableView<DeletedCommitment> table(FxRobot robot) {
        return robot.lookup(".bin-table").queryTableView();
    }

    private static List<String> references(FxRobot robot) {
        return table(robot).getItems().stream().map(d -> d.commitment().reference()).toList();
    }

    private static Button restoreButton(FxRobot robot) {
        Button button = robot.lookup("#restoreButton").queryButton();
        assertThat(button.getText()).isEqualTo("_Terugzetten");
        return button;
    }

    private List<String> liveReferences() {
        session.close();
        session = null;
        try (Tracker tracker = options.openWithoutStartBackup()) {
            return tracker.list().stream().map(TrackedCommitment::commitment).map(Commitment::reference).toList();
        }
    }

    @Test
    void one_put_back_leaves_the_list_and_is_live_again(FxRobot robot) {
        twoDeleted();
        openDialog(robot);

        waitUntil(() -> table(robot).getItems().size() == 2);
        assertThat(dialog.getTitle()).isEqualTo("Verwijderde toezeggingen");
        assertThat(references(robot)).containsExactly("TZ-2", "TZ-1");
        assertThat(table(robot).getColumns()).extracting(c -> c.getText())
                .containsExactly("Kenmerk", "Titel", "Verwijderd op", "Door");
        assertThat(table(robot).getColumns().get(2).getCellObservableValue(0).getValue()).isNotNull();
        assertThat(robot.lookup(".bin-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .extracting(cell -> cell.getText()).contains("5 juli 2024 00:00", System.getProperty("user.name"));
        Screenshots.ofWindow("bin-light", table(robot));

        robot.clickOn(robot.lookup(".bin-table .table-cell").match(node ->
                "Brief over klachten".equals(((javafx.scene.control.TableCell<?, ?>) node).getText())).<javafx.scene.Node>query());
        assertThat(restoreButton(robot).isDisabled()).isFalse();
        robot.clickOn(restoreButton(robot));

        waitUntil(() -> restored.get() == 1 && table(robot).getItems().size() == 1);
        assertThat(references(robot)).containsExactly("TZ-2");
        assertThat(robot.lookup(".bin-status").queryAs(Label.class).getText())
                .isEqualTo("‘Brief over klachten’ is teruggezet uit de prullenbak.");
        // Enter puts back the row that is now selected; then the bin is empty and says so.
        robot.type(KeyCode.ENTER);
        waitUntil(() -> restored.get() == 2 && table(robot).getItems().isEmpty());
        assertThat(robot.lookup(".bin-empty").queryAs(Label.class).getText()).isEqualTo("De prullenbak is leeg.");
        assertThat(restoreButton(robot).isDisabled()).isTrue();
        assertThat(liveReferences()).containsExactlyInAnyOrder("TZ-1", "TZ-2", "TZ-3");
    }

    @Test
    void a_reference_taken_meanwhile_is_said_in_the_dialog_and_nothing_changes(FxRobot robot) {
        twoDeleted();
        try (Tracker tracker = options.openTracker()) {
            tracker.save(Commitment.builder().reference("TZ-1").title("Nieuwe brief").build());
        }
        openDialog(robot);
        waitUntil(() -> table(robot).getItems().size() == 2);

        robot.interact(() -> table(robot).getSelectionModel().select(1));
        robot.clickOn(restoreButton(robot));

        Label status = robot.lookup(".bin-status").queryAs(Label.class);
        waitUntil(() -> !status.getText().isEmpty());
        assertThat(status.getText()).isEqualTo("Toezegging 1 kan niet worden teruggezet: kenmerk TZ-1 is nu in gebruik"
                + " bij toezegging 4; geef die eerst een ander kenmerk.");
        assertThat(status.getStyleClass()).contains("bin-refused");
        assertThat(references(robot)).containsExactly("TZ-2", "TZ-1");
        assertThat(restored.get()).isZero();
        // The long sentence wraps; the buttons beside it keep their words.
        for (Button button : robot.lookup(".bin-actions .button").queryAllAs(Button.class)) {
            String drawn = ((javafx.scene.text.Text) button.lookup(".text")).getText();
            assertThat(drawn).as("drawn text of a button").isEqualTo(button.getText().replace("_", ""));
        }
        Screenshots.ofWindow("bin-refused", table(robot));
        assertThat(liveReferences()).containsExactlyInAnyOrder("TZ-1", "TZ-3");
    }

    @Test
    void an_empty_bin_says_so_and_offers_nothing_to_put_back(FxRobot robot) {
        options = LaunchOptions.of(data.toString(), TODAY, "nl");
        openDialog(robot);

        Label empty = robot.lookup(".bin-empty").queryAs(Label.class);
        waitUntil(() -> "De prullenbak is leeg.".equals(empty.getText()));
        assertThat(empty.isVisible()).isTrue();
        assertThat(restoreButton(robot).isDisabled()).isTrue();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !dialog.isShowing());
    }

    private static void waitUntil(BooleanSupplier condition) {
        FxWait.until(condition);
    }
}
