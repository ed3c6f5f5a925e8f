package nl.toezeggingen.ui.overdue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.ui.Cells;
import nl.toezeggingen.ui.main.WindowModel;
import nl.toezeggingen.ui.main.WindowSnapshot;

/**
 * The warning across the top: a bar that says what is overdue or due soon and can filter the table to
 * exactly those, and a panel listing them. Nothing here blocks; the panel can be put away for the day.
 * Open commitments tied to a moment that has no date yet come last in the list, as "termijn zonder datum": not
 * late, but for the user to settle (a date for the debate). The bar counts them apart, after what slipped.
 */
public final class OverdueController {
    @FXML private VBox root;
    @FXML private HBox bar;
    @FXML private Label summary;
    @FXML private Button showButton;
    @FXML private Button panelButton;
    @FXML private VBox panel;
    @FXML private TableView<TrackedCommitment> list;
    @FXML private TableColumn<TrackedCommitment, String> titleColumn;
    @FXML private TableColumn<TrackedCommitment, String> phraseColumn;
    @FXML private TableColumn<TrackedCommitment, Deadline> dueColumn;
    @FXML private TableColumn<TrackedCommitment, TrackedCommitment> daysColumn;
    @FXML private TableColumn<TrackedCommitment, String> ownerColumn;
    @FXML private TextField horizonField;
    @FXML private Label horizonError;

    private final WindowModel model;
    private final Messages messages;
    /**
     * Below this window height, in lines of text, the list, the timeline and the table do not all fit: it
     * starts folded. A 1366 x 768 laptop is below it at every text size (with the list open the table kept
     * three rows); the bar still says what slipped, and the table lists the overdue ones first.
     */
    private static final double ROOM_FOR_THE_LIST_EMS = 56;

    private LocalDate today;
    private boolean panelOpen = true;
    // What the user did with the list since the window opened (null: nothing): it holds over every
    // recount until the window closes.
    private Boolean chosenOpen;
    private boolean filtering;

    public OverdueController(WindowModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    @FXML
    private void initialize() {
        model.snapshotProperty().addListener((o, was, now) -> follow(now));
        model.onlyProperty().addListener((o, was, now) -> {
            if (now == null) {
                filterCleared();
            }
        });
        titleColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().commitment().title()));
        titleColumn.setCellFactory(Cells.text());
        phraseColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().commitment().deadline().phrase()));
        phraseColumn.setCellFactory(Cells.text());
        dueColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().commitment().deadline()));
        dueColumn.setCellFactory(Cells.due(messages));
        daysColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        daysColumn.setCellFactory(column -> new DaysCell());
        ownerColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().commitment().owner()));
        ownerColumn.setCellFactory(Cells.text());
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        nl.toezeggingen.ui.ColumnWidths.follow(list, model.look());
        list.setRowFactory(table -> {
            TableRow<TrackedCommitment> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    model.edit(row.getItem().commitment().id());
                }
            });
            return row;
        });
        list.setOnKeyPressed(event -> {
            TrackedCommitment chosen = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && chosen != null) {
                model.edit(chosen.commitment().id());
                event.consume();
            }
        });
        horizonField.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                applyHorizon();
            }
        });
        horizonField.textProperty().addListener((o, was, now) -> horizonError.setText(""));
        horizonError.visibleProperty().bind(horizonError.textProperty().isNotEmpty());
        horizonError.managedProperty().bind(horizonError.visibleProperty());
        // Loaded after the first list: what it says is already there; once in the window, which decides
        // whether the list has room.
        root.sceneProperty().addListener((o, was, now) -> {
            if (was == null && now != null) {
                follow(model.snapshot());
            }
        });
    }

    private void follow(WindowSnapshot now) {
        if (now != null && now.complete()) {
            update(now.overdue(), waitingForDate(now.list()), now.horizonDays(), now.today(), now.overduePanelHidden());
        }
    }

    /** The open ones whose moment has no date yet, those waiting for the same moment together. */
    private static List<TrackedCommitment> waitingForDate(List<TrackedCommitment> all) {
        return all.stream()
                .filter(t -> t.urgency() == Urgency.NO_DEADLINE && t.commitment().deadline().waitsForDate())
                .sorted(java.util.Comparator.comparing((TrackedCommitment t) -> t.commitment().deadline().phrase(),
                                java.util.Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
                        .thenComparing(t -> t.commitment().id()))
                .toList();
    }

    /**
     * Shows what the check found, then what waits for a date; hides the whole view when there is neither. The
     * bar's first sentence is the check's alone, as before: the waiting ones get a sentence of their own.
     */
    private void update(List<TrackedCommitment> found, List<TrackedCommitment> waiting, int horizonDays,
            LocalDate today, boolean panelHiddenToday) {
        this.today = today;
        long overdue = found.stream().filter(t -> t.urgency() == Urgency.OVERDUE
                || (t.passing() != null && t.passing().kind() == nl.toezeggingen.domain.rappel.Passing.Kind.KAMER_NOT_TOLD))
                .count();
        String text = nl.toezeggingen.app.OverdueWords.summary(found, horizonDays, messages);
        if (!waiting.isEmpty()) {
            text = text + " " + messages.get("ui.overdue.waiting", waiting.size());
        }
        summary.setText(text);
        bar.setAccessibleText(text);
        bar.getStyleClass().remove("only-due-soon");
        if (overdue == 0) {
            bar.getStyleClass().add("only-due-soon");
        }
        List<TrackedCommitment> listed = new java.util.ArrayList<>(found);
        listed.addAll(waiting);
        list.getItems().setAll(listed);
        if (!horizonField.isFocused()) {
            horizonField.setText(Integer.toString(horizonDays));
        }
        panelOpen = chosenOpen != null ? chosenOpen : !panelHiddenToday && roomForTheList();
        boolean any = !listed.isEmpty();
        root.setVisible(any);
        root.setManaged(any);
        showPanel();
    }

    @FXML
    private void show() {
        filtering = !filtering;
        showButton.setText(messages.get(filtering ? "ui.overdue.showAll" : "ui.overdue.show"));
        model.onlyProperty().set(filtering
                ? list.getItems().stream().map(t -> t.commitment().id()).collect(Collectors.toSet())
                : null);
    }

    /** The table's filters were cleared elsewhere: "Toon" means "show only these" again. */
    private void filterCleared() {
        filtering = false;
        showButton.setText(messages.get("ui.overdue.show"));
    }

    @FXML
    private void togglePanel() {
        panelOpen = !panelOpen;
        chosenOpen = panelOpen;
        showPanel();
        if (panelOpen) {
            list.requestFocus();
        }
    }

    @FXML
    private void hideToday() {
        panelOpen = false;
        chosenOpen = false;
        showPanel();
        model.hideOverduePanelToday();
    }

    @FXML
    private void applyHorizon() {
        String typed = horizonField.getText() == null ? "" : horizonField.getText().strip();
        try {
            int days = Integer.parseInt(typed);
            if (days >= 0 && days <= Urgency.MAX_HORIZON_DAYS) {
                model.setHorizon(days);
                return;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        horizonError.setText(messages.get("validation.horizon.invalid", typed, Urgency.MAX_HORIZON_DAYS));
    }

    /**
     * With large text on a low screen (150 % on 1366 x 768), the list would leave the table a row or two;
     * the bar above it still says what slipped, and "Lijst tonen" is one click.
     */
    private boolean roomForTheList() {
        return root.getScene() == null || root.getScene().getHeight() >= model.look().em(ROOM_FOR_THE_LIST_EMS);
    }

    private void showPanel() {
        panel.setVisible(panelOpen);
        panel.setManaged(panelOpen);
        panelButton.setText(messages.get(panelOpen ? "ui.overdue.panel.close" : "ui.overdue.panel.open"));
    }

    /**
     * "12 dagen te laat", "nog 3 dagen", "vandaag": the number that makes a reader act; "termijn zonder datum"
     * for one whose moment has no date yet.
     */
    private final class DaysCell extends TableCell<TrackedCommitment, TrackedCommitment> {
        @Override
        protected void updateItem(TrackedCommitment item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("days-late", "days-left", "days-waiting");
            if (!empty && item != null && item.commitment().deadline().waitsForDate()) {
                setText(messages.get("ui.overdue.waiting.days"));
                getStyleClass().add("days-waiting");
                return;
            }
            if (empty || item == null || item.commitment().deadline().latest() == null) {
                setText(null);
                return;
            }
            long days = ChronoUnit.DAYS.between(today, item.commitment().deadline().latest());
            String kamer = messages.get(days < 0 ? "ui.overdue.daysLate" : "ui.overdue.daysLeft", Math.abs(days));
            String passing = nl.toezeggingen.app.OverdueWords.passing(item, messages);
            // The Kamer's count first, then which other deadline passes: "nog 9 dagen · intern te laat: …".
            setText(passing.isEmpty() ? kamer : kamer + " · " + passing);
            setTooltip(passing.isEmpty() ? null : new javafx.scene.control.Tooltip(kamer + "\n" + passing));
            boolean late = days < 0 || (item.passing() != null && item.passing().late());
            getStyleClass().add(late ? "days-late" : "days-left");
        }
    }
}
