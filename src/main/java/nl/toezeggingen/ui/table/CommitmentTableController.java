package nl.toezeggingen.ui.table;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.ui.Cells;
import nl.toezeggingen.ui.main.WindowModel;

/**
 * The register's table: the model's shown rows, sorted on the values themselves; a row chosen here is the
 * model's choice (after the form let go of its edits), and the model's choice is the row selected here.
 */
public final class CommitmentTableController {
    @FXML private TableView<TrackedCommitment> table;
    @FXML private TableColumn<TrackedCommitment, String> referenceColumn;
    @FXML private TableColumn<TrackedCommitment, String> titleColumn;
    @FXML private TableColumn<TrackedCommitment, String> dossierColumn;
    @FXML private TableColumn<TrackedCommitment, String> lineColumn;
    @FXML private TableColumn<TrackedCommitment, String> ownerColumn;
    @FXML private TableColumn<TrackedCommitment, String> deadlineColumn;
    @FXML private TableColumn<TrackedCommitment, Deadline> dueColumn;
    @FXML private TableColumn<TrackedCommitment, Status> statusColumn;
    @FXML private TableColumn<TrackedCommitment, Urgency> urgencyColumn;

    private final WindowModel model;
    private final Messages messages;
    /** True while the table follows the model, so that the selection it makes is not a choice of the user's. */
    private boolean following;

    public CommitmentTableController(WindowModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    @FXML
    private void initialize() {
        SortedList<TrackedCommitment> sorted = new SortedList<>(model.shown());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(Cells.rows());
        TableSort<TrackedCommitment> sort = new TableSort<>();
        show(sort, referenceColumn, t -> t.commitment().reference());
        show(sort, titleColumn, t -> t.commitment().title());
        show(sort, dossierColumn, t -> t.commitment().dossier());
        show(sort, lineColumn, t -> t.commitment().line());
        show(sort, ownerColumn, t -> t.commitment().owner());
        show(sort, deadlineColumn, t -> t.commitment().deadline().phrase());
        statusColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().commitment().status()));
        statusColumn.setCellFactory(Cells.words(messages::status));
        sort.natural(statusColumn, t -> t.commitment().status());
        dueColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().commitment().deadline()));
        dueColumn.setCellFactory(Cells.due(messages));
        Comparator<Deadline> byLatest = Comparator.comparing(Deadline::latest, Comparator.nullsLast(Comparator.naturalOrder()));
        sort.by(dueColumn, Comparator.comparing(t -> t.commitment().deadline(), Comparator.nullsFirst(byLatest)));
        urgencyColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().urgency()));
        urgencyColumn.setCellFactory(Cells.urgency(messages));
        sort.natural(urgencyColumn, TrackedCommitment::urgency);
        // Before the first order is set: the table's own policy would refuse it and undo it.
        sort.install(table, sorted);
        // What needs attention first: overdue before due soon, earliest last day first.
        table.getSortOrder().setAll(List.of(urgencyColumn, dueColumn));
        nl.toezeggingen.ui.ColumnWidths.follow(table, model.look());
        ColumnFit fit = new ColumnFit(table, java.util.Set.of(referenceColumn.getId(), titleColumn.getId(),
                dueColumn.getId(), statusColumn.getId(), urgencyColumn.getId()));
        model.memories().add(new TableMemory(table, fit::isFolded));

        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> rowChosen(now));
        table.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<TrackedCommitment>)
                change -> model.selection().setAll(table.getSelectionModel().getSelectedItems().stream()
                        .filter(java.util.Objects::nonNull).map(t -> t.commitment().id()).toList()));
        model.chosenProperty().addListener((o, was, now) -> follow());
        model.snapshotProperty().addListener((o, was, now) -> follow());
        model.shown().addListener((javafx.collections.ListChangeListener<TrackedCommitment>) change -> {
            if (!model.updating()) {
                follow();
            }
        });
        table.setOnKeyPressed(event -> {
            TrackedCommitment row = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.DELETE && row != null) {
                event.consume();
                nl.toezeggingen.ui.main.Deleting.ask(table.getScene().getWindow(), model, row.commitment());
            } else if (event.getCode() == KeyCode.ENTER && row != null) {
                // To the form (unfolded when it was folded away), with the cursor in it.
                event.consume();
                model.edit(row.commitment().id());
            }
        });
        javafx.scene.control.MenuItem changeStatus = new javafx.scene.control.MenuItem(messages.get("ui.menu.statusChange"));
        changeStatus.setOnAction(event -> nl.toezeggingen.ui.statuschange.StatusChanging.ask(table.getScene().getWindow(), model));
        changeStatus.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.selection()));
        javafx.scene.control.MenuItem postpone = new javafx.scene.control.MenuItem(messages.get("ui.menu.postpone"));
        postpone.setOnAction(event -> nl.toezeggingen.ui.postpone.Postponing.ask(table.getScene().getWindow(), model));
        postpone.disableProperty().bind(javafx.beans.binding.Bindings.size(model.selection()).isNotEqualTo(1));
        table.setContextMenu(new javafx.scene.control.ContextMenu(changeStatus, postpone));
        table.setOnMouseClicked(event -> {
            TrackedCommitment row = table.getSelectionModel().getSelectedItem();
            if (event.getButton() == javafx.scene.input.MouseButton.PRIMARY && event.getClickCount() == 2 && row != null
                    && onRow(event.getPickResult().getIntersectedNode())) {
                model.edit(row.commitment().id());
            }
        });
    }

    /**
     * A row chosen by the user. With unsaved edits the row whose edits are open is put back first and the
     * question comes after this event: its answer decides where the table goes.
     */
    private void rowChosen(TrackedCommitment now) {
        if (following || model.updating() || now == null || now.commitment().id().equals(model.chosenId())) {
            return;
        }
        Long id = now.commitment().id();
        if (model.hasUnsavedEdits()) {
            Platform.runLater(() -> {
                follow();
                model.choose(id);
            });
        } else {
            model.choose(id);
        }
    }

    /** Selects the model's choice, or nothing for a new commitment. */
    private void follow() {
        following = true;
        try {
            Long id = model.chosenId();
            if (id == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            TrackedCommitment selected = table.getSelectionModel().getSelectedItem();
            if (selected != null && id.equals(selected.commitment().id())) {
                return;
            }
            table.getItems().stream().filter(t -> id.equals(t.commitment().id())).findFirst().ifPresentOrElse(found -> {
                table.getSelectionModel().clearAndSelect(table.getItems().indexOf(found));
                table.scrollTo(found);
            }, () -> table.getSelectionModel().clearSelection());
        } finally {
            following = false;
        }
    }

    /** A double click on a row, not on a column's header. */
    private static boolean onRow(javafx.scene.Node picked) {
        for (javafx.scene.Node node = picked; node != null; node = node.getParent()) {
            if (node instanceof javafx.scene.control.TableRow<?>) {
                return true;
            }
        }
        return false;
    }

    /** Where the window puts its placeholders, and what it focuses first. */
    public TableView<TrackedCommitment> table() {
        return table;
    }

    private void show(TableSort<TrackedCommitment> sort, TableColumn<TrackedCommitment, String> column,
            Function<TrackedCommitment, String> value) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setCellFactory(Cells.text());
        sort.text(column, value);
    }
}
