package nl.toezeggingen.ui.calendar;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Move;
import nl.toezeggingen.app.Recesses;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.agenda.EventStatus;
import nl.toezeggingen.ui.ErrorText;
import nl.toezeggingen.ui.Look;
import nl.toezeggingen.ui.Session;
import nl.toezeggingen.ui.StyleClasses;
import nl.toezeggingen.ui.Views;

/**
 * "Vergaderkalender" (Beeld): the recesses and the user's moments of one year, in a list and on a year strip,
 * each with its status and source; add, change, confirm and remove them. A change is first previewed: what it
 * moves (commitment, old date, new date) is listed and made only when the user says "Doorvoeren". The disk work
 * goes through the window's {@link Session}; after each change {@code onChanged} lets the main window reload.
 */
public final class CalendarController {
    @FXML private BorderPane root;
    @FXML private VBox top;
    @FXML private Label yearLabel;
    @FXML private TableView<CalendarEntry> table;
    @FXML private TableColumn<CalendarEntry, String> nameColumn;
    @FXML private TableColumn<CalendarEntry, String> kindColumn;
    @FXML private TableColumn<CalendarEntry, String> datesColumn;
    @FXML private TableColumn<CalendarEntry, String> statusColumn;
    @FXML private TableColumn<CalendarEntry, String> sourceColumn;
    @FXML private Label formTitle;
    @FXML private ChoiceBox<Sort> sortChoice;
    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private TextField firstField;
    @FXML private Label firstError;
    @FXML private TextField lastField;
    @FXML private Label lastError;
    @FXML private ChoiceBox<EventStatus> statusChoice;
    @FXML private TextField dossierField;
    @FXML private TextField sourceField;
    @FXML private Label formNote;
    @FXML private Button saveButton;
    @FXML private Button confirmButton;
    @FXML private Button removeButton;
    @FXML private VBox pending;
    @FXML private Label pendingText;
    @FXML private TableView<Move> pendingTable;
    @FXML private TableColumn<Move, String> movedColumn;
    @FXML private TableColumn<Move, String> fromColumn;
    @FXML private TableColumn<Move, String> toColumn;
    @FXML private Button applyButton;
    @FXML private Label status;

    private Messages messages;
    private Session session;
    private Runnable onChanged;
    private CalendarForm form;
    private YearStrip strip;
    private int year;
    private List<Recesses.Row> recesses = List.of();
    private List<Event> events = List.of();
    /** The change waiting for "Doorvoeren"; null when none is. */
    private CalendarChange waiting;
    /** True while the disk works: the buttons wait, so one change is never made twice. */
    private final BooleanProperty working = new SimpleBooleanProperty();

    /** What the background hands back: the calendar as it is now. */
    private record Loaded(List<Recesses.Row> recesses, List<Event> events) {
    }

    /**
     * Opens the dialog over {@code owner} (modal to it: the list behind it cannot change meanwhile) on the year
     * of {@code today}. {@code onChanged} runs on the FX thread after each change that was made.
     */
    public static Stage open(Window owner, Messages messages, Session session, Look look, LocalDate today,
            Runnable onChanged) {
        Stage stage = create(owner, messages, session, look, today, onChanged);
        stage.show();
        return stage;
    }

    /** As {@link #open}, not shown yet. */
    static Stage create(Window owner, Messages messages, Session session, Look look, LocalDate today,
            Runnable onChanged) {
        FXMLLoader loader = Views.load(CalendarController.class, "CalendarView.fxml", messages);
        CalendarController controller = loader.getController();
        controller.init(messages, session, today, onChanged);
        // Fits a 1366x768 laptop with the task bar; the list and the strip take what more there is.
        Stage stage = Views.dialog(owner, messages.get("ui.calendar.title"), new Scene(controller.root, 1180, 660));
        stage.setOnShown(shown -> controller.table.requestFocus());
        stage.setOnCloseRequest(closing -> {
            if (!controller.mayClose()) {
                closing.consume();
            }
        });
        return stage;
    }

    private void init(Messages messages, Session session, LocalDate today, Runnable onChanged) {
        this.messages = messages;
        this.session = session;
        this.onChanged = onChanged;
        this.year = today.getYear();
        form = new CalendarForm(messages, sortChoice, nameField, firstField, lastField, statusChoice, dossierField,
                sourceField, nameError, firstError, lastError);
        strip = new YearStrip(messages.locale(), entry -> table.getSelectionModel().select(entry));
        top.getChildren().add(strip);
        nameColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().name()));
        kindColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().kind(messages)));
        datesColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().dates(messages)));
        statusColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().status(messages)));
        sourceColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().source(messages)));
        movedColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(commitment(row.getValue())));
        fromColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(when(row.getValue().from())));
        toColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(becomes(row.getValue())));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                choose(now);
            }
        });
        saveButton.disableProperty().bind(working.or(pending.visibleProperty()));
        confirmButton.disableProperty().bind(saveButton.disableProperty());
        applyButton.disableProperty().bind(working);
        form.fillNew(false);
        describe();
        load();
    }

    private void load() {
        session.call(tracker -> new Loaded(tracker.recesses().list(), tracker.events().list()), loaded -> {
            recesses = loaded.recesses();
            events = loaded.events();
            showYear();
        }, this::failed);
    }

    private void showYear() {
        yearLabel.setText(String.valueOf(year));
        CalendarEntry chosen = form.editing();
        List<CalendarEntry> entries = CalendarEntry.ofYear(recesses, events, year);
        table.getItems().setAll(entries);
        strip.show(year, entries);
        if (chosen != null) {
            // The row just saved stays chosen (found again by what it is, as its dates may have changed).
            entries.stream().filter(e -> sameRow(e, chosen)).findFirst()
                    .ifPresent(e -> table.getSelectionModel().select(e));
        }
    }

    private static boolean sameRow(CalendarEntry a, CalendarEntry b) {
        if (a.isRecess() != b.isRecess()) {
            return false;
        }
        return a.isRecess() ? a.recess().recess().kind() == b.recess().recess().kind()
                && a.recess().recess().year() == b.recess().recess().year()
                : a.event().id().equals(b.event().id());
    }

    private void choose(CalendarEntry entry) {
        if (entry.equals(form.editing())) {
            return;
        }
        form.fill(entry);
        describe();
    }

    /** The form's title, its note and which of its buttons apply, for the row being edited. */
    private void describe() {
        CalendarEntry editing = form.editing();
        boolean recess = editing != null ? editing.isRecess() : sortChoice.getValue() != null && sortChoice.getValue().isRecess();
        formTitle.setText(editing == null ? messages.get(recess ? "ui.calendar.form.newRecess" : "ui.calendar.form.newMoment")
                : messages.get("ui.calendar.form.change", editing.name()));
        formNote.setText(messages.get(recess ? "ui.calendar.note.recess" : "ui.calendar.note.moment"));
        boolean own = editing != null && editing.isRecess() && editing.recess().own();
        removeButton.setText(messages.get(own ? "ui.calendar.revert" : "ui.calendar.remove"));
        removeButton.setDisable(editing == null || (editing.isRecess() && !own));
        confirmButton.setVisible(editing == null || !editing.confirmed());
        confirmButton.setManaged(confirmButton.isVisible());
    }

    @FXML
    private void previousYear() {
        year--;
        showYear();
    }

    @FXML
    private void nextYear() {
        year++;
        showYear();
    }

    @FXML
    private void newMoment() {
        table.getSelectionModel().clearSelection();
        form.fillNew(false);
        describe();
        nameField.requestFocus();
    }

    @FXML
    private void newRecess() {
        table.getSelectionModel().clearSelection();
        form.fillNew(true);
        describe();
        sortChoice.requestFocus();
    }

    @FXML
    private void save() {
        form.read(form.status()).ifPresent(this::preview);
    }

    /** "Bevestigen": the Kamer has set the date; saved as official, with the same preview. */
    @FXML
    private void confirm() {
        form.read(EventStatus.OFFICIAL).ifPresent(this::preview);
    }

    @FXML
    private void remove() {
        CalendarEntry editing = form.editing();
        if (editing == null) {
            return;
        }
        if (editing.isRecess()) {
            Recesses.Row row = editing.recess();
            preview(new CalendarChange.RecessReverted(row.recess().kind(), row.recess().year()));
            return;
        }
        long id = editing.event().id();
        working.set(true);
        session.call(tracker -> tracker.events().tiedCount(id), tied -> {
            working.set(false);
            CalendarChange removal = new CalendarChange.MomentRemoved(id);
            if (tied == 0) {
                apply(removal);
            } else {
                // Asked first: the deadlines tied to it are let go of (they keep their text and dates).
                ask(removal, messages.get("ui.calendar.pending.untie", editing.name(), tied), List.of());
            }
        }, this::failed);
    }

    /** Works out what the change moves; with nothing moving it is made at once, else the user sees the list first. */
    private void preview(CalendarChange change) {
        working.set(true);
        say(messages.get("ui.calendar.checking"), false);
        session.call(tracker -> change.preview(tracker), moves -> {
            working.set(false);
            if (moves.isEmpty()) {
                apply(change);
            } else {
                ask(change, messages.get("ui.calendar.pending.moves", moves.size()), moves);
            }
        }, this::failed);
    }

    private void ask(CalendarChange change, String question, List<Move> moves) {
        waiting = change;
        pendingText.setText(question);
        pendingTable.getItems().setAll(moves);
        pendingTable.setVisible(!moves.isEmpty());
        pendingTable.setManaged(!moves.isEmpty());
        show(table, false);
        show(pending, true);
        say("", false);
        applyButton.requestFocus();
    }

    private static String commitment(Move move) {
        var c = move.commitment();
        return c.reference() == null ? c.title() : c.reference() + " " + c.title();
    }

    /** "10 juli 2025 (niet meer geschat)"; a date before the day the promise was made is pointed out (allowed). */
    private String becomes(Move move) {
        var c = move.commitment();
        String estimate = move.from().estimated() == move.to().estimated() ? ""
                : " " + messages.get(move.to().estimated() ? "ui.calendar.move.nowEstimated" : "ui.calendar.move.noLongerEstimated");
        String early = move.to().latest() != null && c.madeOn() != null && move.to().latest().isBefore(c.madeOn())
                ? " " + messages.get("ui.calendar.move.beforeMadeOn", c.madeOn()) : "";
        return when(move.to()) + estimate + early;
    }

    private String when(nl.toezeggingen.domain.Deadline deadline) {
        return deadline.latest() == null ? messages.get("ui.table.waiting") : messages.date(deadline.latest());
    }

    @FXML
    private void apply() {
        if (waiting != null) {
            apply(waiting);
        }
    }

    private void apply(CalendarChange change) {
        working.set(true);
        session.call(tracker -> change.apply(tracker), moves -> {
            working.set(false);
            waiting = null;
            show(pending, false);
            show(table, true);
            say(change instanceof CalendarChange.MomentRemoved ? messages.get("ui.calendar.removed")
                    : messages.get("ui.calendar.saved", moves.size()), false);
            if (change instanceof CalendarChange.MomentRemoved) {
                form.fillNew(false);
                describe();
            }
            onChanged.run();
            reloadKeeping(change);
        }, this::failed);
    }

    /** Reads the calendar again; a new row (its id or recess is only known now) becomes the chosen one. */
    private void reloadKeeping(CalendarChange change) {
        session.call(tracker -> new Loaded(tracker.recesses().list(), tracker.events().list()), loaded -> {
            recesses = loaded.recesses();
            events = loaded.events();
            CalendarEntry saved = savedRow(change);
            if (saved != null && saved.hasDate()) {
                year = saved.last().getYear();
            }
            showYear();
            if (saved != null) {
                table.getItems().stream().filter(e -> sameRow(e, saved)).findFirst().ifPresent(e -> {
                    table.getSelectionModel().select(e);
                    form.fill(e);
                    describe();
                });
            }
        }, this::failed);
    }

    private CalendarEntry savedRow(CalendarChange change) {
        if (change instanceof CalendarChange.MomentSaved m) {
            return events.stream()
                    .filter(e -> m.event().id() != null ? e.id().equals(m.event().id()) : e.name().equals(m.event().name()))
                    .findFirst().map(CalendarEntry::of).orElse(null);
        }
        if (change instanceof CalendarChange.RecessCorrected r) {
            return recesses.stream().filter(row -> row.recess().kind() == r.row().recess().kind()
                            && row.recess().year() == r.row().recess().year())
                    .findFirst().map(CalendarEntry::of).orElse(null);
        }
        return null;
    }

    @FXML
    private void back() {
        waiting = null;
        show(pending, false);
        show(table, true);
        say(messages.get("ui.calendar.notSaved"), false);
    }

    /** Closing with typed changes that were not saved asks first: a correction is never lost without a word. */
    private boolean mayClose() {
        if (!form.changed() && waiting == null) {
            return true;
        }
        ButtonType discard = new ButtonType(messages.get("ui.calendar.close.discard"), ButtonBar.ButtonData.OK_DONE);
        ButtonType stay = new ButtonType(messages.get("ui.calendar.close.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert question = new Alert(Alert.AlertType.CONFIRMATION, messages.get("ui.calendar.close.question"), discard, stay);
        question.initOwner(root.getScene().getWindow());
        question.setHeaderText(null);
        question.setTitle(messages.get("ui.calendar.title"));
        return question.showAndWait().filter(discard::equals).isPresent();
    }

    @FXML
    private void close() {
        if (mayClose()) {
            root.getScene().getWindow().hide();
        }
    }

    private void failed(Throwable error) {
        working.set(false);
        say(ErrorText.of(error, messages), true);
    }

    private void say(String text, boolean refused) {
        status.setText(text);
        StyleClasses.mark(status, "calendar-refused", refused);
    }

    private static void show(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
