package nl.toezeggingen.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import nl.toezeggingen.app.LaunchOptions;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.agenda.EventKind;
import nl.toezeggingen.domain.agenda.EventStatus;
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
 * Issue 18, point 3: the calendar window on a real H2 folder. A recess confirmed with other dates shows what
 * moves before anything is written, and moves it once the user goes ahead; a moment moved and taken back writes
 * nothing; a moment without a name is refused at its field; one removed with ties asks first and unties.
 */
class CalendarDialogTest extends OwnedDialogTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 1, 10);

    @TempDir
    Path data;
    private LaunchOptions options;
    private final AtomicInteger changed = new AtomicInteger();
    private long summer;
    private long tied;
    private long debate;

    private void someDeadlines() {
        options = LaunchOptions.of(data.toString(), TODAY, "nl");
        try (Tracker tracker = options.openTracker()) {
            debate = tracker.events().add(Event.on("Commissiedebat sociale veiligheid", EventKind.DEBATE,
                    LocalDate.of(2025, 3, 12), EventStatus.UNCONFIRMED)).event().id();
            summer = save(tracker, "SV-01", "Zomerbrief", "voor de zomer van 2025");
            tied = save(tracker, "SV-02", "Brief over meldpunten", "voor het commissiedebat sociale veiligheid");
        }
    }

    private static long save(Tracker tracker, String reference, String title, String phrase) {
        return tracker.save(Commitment.builder().reference(reference).title(title).madeOn(LocalDate.of(2025, 1, 5))
                .deadline(new Deadline(phrase, null, null, false)).build()).id();
    }

    private void openDialog(FxRobot robot) {
        session = FxWait.openSession(robot, options);
        robot.interact(() -> {
            look = Look.plain();
            dialog = CalendarController.create(owner, options.messages(), session, look, TODAY, changed::incrementAndGet);
            look.style(dialog.getScene());
            dialog.show();
        });
        waitUntil(() -> table(robot).getItems().size() > 3);
    }

    private static TableView<CalendarEntry> table(FxRobot robot) {
        return robot.lookup(".calendar-dialog .table-view").queryTableView();
    }

    private static void choose(FxRobot robot, String name) {
        CalendarEntry entry = table(robot).getItems().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
        robot.interact(() -> table(robot).getSelectionModel().select(entry));
    }

    private static void type(FxRobot robot, String field, String text) {
        TextField input = robot.lookup(field).queryAs(TextField.class);
        robot.interact(() -> input.setText(text));
    }

    /** The rows of the "what moves" list as the user reads them: commitment | now | becomes. */
    private static java.util.List<String> moves(FxRobot robot) {
        TableView<?> moves = robot.lookup("#pendingTable").queryTableView();
        return java.util.stream.IntStream.range(0, moves.getItems().size()).mapToObj(i -> moves.getColumns().stream()
                .map(c -> String.valueOf(c.getCellObservableValue(i).getValue()))
                .collect(java.util.stream.Collectors.joining(" | "))).toList();
    }

    private static boolean pendingShown(FxRobot robot) {
        return robot.lookup("#pending").query().isVisible();
    }

    private Deadline stored(long id) {
        session.close();
        session = new Session(new Background(), options::openWithoutStartBackup);
        try (Tracker tracker = options.openWithoutStartBackup()) {
            return tracker.find(id).orElseThrow().commitment().deadline();
        }
    }

    @Test
    void a_confirmed_recess_shows_what_moves_and_moves_it_once_the_user_goes_ahead(FxRobot robot) throws Exception {
        someDeadlines();
        openDialog(robot);
        assertThat(dialog.getTitle()).isEqualTo("Vergaderkalender");
        assertThat(table(robot).getItems()).extracting(CalendarEntry::name)
                .contains("Zomerreces 2025", "Commissiedebat sociale veiligheid");
        assertThat(robot.lookup(".year-strip-moment").queryAll()).hasSize(1);
        assertThat(robot.lookup(".year-strip-label").queryAs(Label.class).getText())
                .isEqualTo("Commissiedebat sociale veiligheid");
        Screenshots.ofWindow("calendar-light", table(robot));

        choose(robot, "Zomerreces 2025");
        assertThat(robot.lookup("#firstField").queryAs(TextField.class).getText()).isEqualTo("4-7-2025");
        type(robot, "#firstField", "11-7-2025");
        type(robot, "#lastField", "8-9-2025");
        robot.clickOn("#confirmButton");
        waitUntil(() -> pendingShown(robot));
        assertThat(moves(robot)).containsExactly("SV-01 Zomerbrief | 3 juli 2025 | 10 juli 2025 (niet meer geschat)");
        Screenshots.ofWindow("calendar-pending", table(robot));
        assertThat(data.resolve("kalender.csv")).as("nothing written before going ahead").doesNotExist();

        robot.clickOn("#applyButton");
        waitUntil(() -> !pendingShown(robot) && changed.get() == 1);
        assertThat(robot.lookup(".calendar-status").queryAs(Label.class).getText())
                .isEqualTo("Opgeslagen; 1 termijn is verschoven.");
        waitUntil(() -> table(robot).getItems().stream().anyMatch(e -> e.name().equals("Zomerreces 2025") && e.confirmed()));
        assertThat(Files.readString(data.resolve("kalender.csv"))).contains("zomerreces,2025-07-11,2025-09-08,officieel");
        Deadline moved = stored(summer);
        assertThat(moved.latest()).isEqualTo(LocalDate.of(2025, 7, 10));
        assertThat(moved.estimated()).isFalse();
    }

    @Test
    void a_moment_moved_and_taken_back_writes_nothing_and_a_nameless_one_is_refused_at_its_field(FxRobot robot) {
        someDeadlines();
        openDialog(robot);
        choose(robot, "Commissiedebat sociale veiligheid");
        type(robot, "#firstField", "19-3-2025");
        robot.clickOn("#saveButton");
        waitUntil(() -> pendingShown(robot));
        assertThat(moves(robot)).containsExactly("SV-02 Brief over meldpunten | 11 maart 2025 | 18 maart 2025");
        robot.clickOn("#backButton");
        waitUntil(() -> !pendingShown(robot));
        assertThat(stored(tied).latest()).isEqualTo(LocalDate.of(2025, 3, 11));

        robot.clickOn("#newMomentButton");
        type(robot, "#firstField", "31-2-2025");
        robot.clickOn("#saveButton");
        Label nameError = robot.lookup("#nameError").queryAs(Label.class);
        Label firstError = robot.lookup("#firstError").queryAs(Label.class);
        waitUntil(() -> firstError.isVisible());
        assertThat(firstError.getText()).contains("31-2-2025");
        type(robot, "#firstField", "1-4-2025");
        robot.clickOn("#saveButton");
        waitUntil(() -> nameError.isVisible());
        assertThat(nameError.getText()).isEqualTo("Geef het moment een naam, bijvoorbeeld: commissiedebat hoger onderwijs.");
        assertThat(changed.get()).isZero();
    }

    @Test
    void a_moment_removed_with_ties_asks_first_then_unties(FxRobot robot) {
        someDeadlines();
        openDialog(robot);
        choose(robot, "Commissiedebat sociale veiligheid");
        robot.clickOn("#removeButton");
        waitUntil(() -> pendingShown(robot));
        assertThat(robot.lookup("#pendingText").queryAs(Label.class).getText())
                .isEqualTo("Aan 'Commissiedebat sociale veiligheid' zit 1 termijn vast. Bij weghalen worden ze losgemaakt;"
                        + " ze houden hun tekst en datums.");
        robot.clickOn("#applyButton");
        waitUntil(() -> changed.get() == 1
                && table(robot).getItems().stream().noneMatch(e -> e.name().equals("Commissiedebat sociale veiligheid")));
        Deadline untied = stored(tied);
        assertThat(untied.event()).isNull();
        assertThat(untied.latest()).isEqualTo(LocalDate.of(2025, 3, 11));
        try (Tracker tracker = options.openWithoutStartBackup()) {
            assertThat(tracker.events().list()).extracting(Event::id).doesNotContain(debate);
        }
    }

    private static void waitUntil(BooleanSupplier condition) {
        FxWait.until(condition);
    }
}
