package nl.toezeggingen.ui.bin;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.DeletedCommitment;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.report.history.HistoryWords;
import nl.toezeggingen.ui.ColumnWidths;
import nl.toezeggingen.ui.Look;
import nl.toezeggingen.ui.ErrorText;
import nl.toezeggingen.ui.Session;
import nl.toezeggingen.ui.StyleClasses;
import nl.toezeggingen.ui.Views;

/**
 * "Verwijderde toezeggingen": the bin, the latest deleted first, from which a commitment is put back
 * ("Terugzetten", or Enter) with its history. The disk work goes through the window's {@link Session};
 * after each restore {@code onRestored} lets the main window reload. A refusal (its reference is now
 * another commitment's) is shown in the dialog, in one sentence, and nothing changes.
 */
public final class DeletedController {
    @FXML private BorderPane root;
    @FXML private TableView<DeletedCommitment> table;
    @FXML private TableColumn<DeletedCommitment, String> referenceColumn;
    @FXML private TableColumn<DeletedCommitment, String> titleColumn;
    @FXML private TableColumn<DeletedCommitment, Instant> deletedAtColumn;
    @FXML private TableColumn<DeletedCommitment, String> deletedByColumn;
    @FXML private Label placeholder;
    @FXML private Label status;
    @FXML private Button restoreButton;

    private Messages messages;
    private Session session;
    private Runnable onRestored;
    /** True while a restore runs: the button waits for it, so one row is never put back twice. */
    private final javafx.beans.property.BooleanProperty working = new javafx.beans.property.SimpleBooleanProperty();

    /** What a restore hands back to the FX thread: the commitment as it is now, and the bin without it. */
    private record Restored(TrackedCommitment back, List<DeletedCommitment> bin) {
    }

    /**
     * Opens the dialog over {@code owner} (modal to it: the list behind it cannot change meanwhile) and
     * reads the bin in the background. {@code onRestored} runs on the FX thread after each commitment put back.
     */
    public static Stage open(Window owner, Messages messages, Session session, Look look, Runnable onRestored) {
        Stage stage = create(owner, messages, session, look, onRestored);
        stage.show();
        return stage;
    }

    /** As {@link #open}, not shown yet. */
    static Stage create(Window owner, Messages messages, Session session, Look look, Runnable onRestored) {
        FXMLLoader loader = Views.load(DeletedController.class, "DeletedView.fxml", messages);
        DeletedController controller = loader.getController();
        controller.init(messages, session, look, onRestored);
        Stage stage = Views.dialog(owner, messages.get("ui.bin.title"), new Scene(controller.root));
        stage.setOnShown(shown -> controller.table.requestFocus());
        return stage;
    }

    private void init(Messages messages, Session session, Look look, Runnable onRestored) {
        this.messages = messages;
        this.session = session;
        this.onRestored = onRestored;
        // The moment as the history shows it, in this machine's zone as the window's history does.
        HistoryWords words = new HistoryWords(messages::get, messages.locale(), ZoneId.systemDefault());
        referenceColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().commitment().reference()));
        titleColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().commitment().title()));
        deletedAtColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().deletedAt()));
        deletedAtColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Instant at, boolean empty) {
                super.updateItem(at, empty);
                setText(empty || at == null ? null : words.when(at));
            }
        });
        deletedByColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().deletedBy()));
        ColumnWidths.follow(table, look);
        restoreButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(working));
        // Enter in the list means the default button's "Terugzetten", before the table can keep it to itself.
        table.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER && !restoreButton.isDisabled()) {
                key.consume();
                restore();
            }
        });
        session.call(tracker -> tracker.deleted(), this::show, this::failed);
    }

    /** Shows the bin and selects the row at {@code index} (or the last), so Enter can go on restoring. */
    private void show(List<DeletedCommitment> bin) {
        show(bin, 0);
    }

    private void show(List<DeletedCommitment> bin, int index) {
        table.getItems().setAll(bin);
        placeholder.setText(messages.get("bin.empty"));
        if (!bin.isEmpty()) {
            table.getSelectionModel().select(Math.min(index, bin.size() - 1));
        }
    }

    @FXML
    private void restore() {
        DeletedCommitment chosen = table.getSelectionModel().getSelectedItem();
        if (chosen == null || working.get()) {
            return;
        }
        int index = table.getSelectionModel().getSelectedIndex();
        long id = chosen.commitment().id();
        working.set(true);
        session.call(tracker -> new Restored(tracker.undelete(id), tracker.deleted()), restored -> {
            working.set(false);
            say(messages.get("bin.restored", restored.back().commitment().title()), false);
            show(restored.bin(), index);
            // Back in the list, so that Enter goes on with the next one (the button had the focus).
            table.requestFocus();
            onRestored.run();
        }, error -> {
            working.set(false);
            failed(error);
        });
    }

    private void failed(Throwable error) {
        say(ErrorText.of(error, messages), true);
    }

    private void say(String text, boolean refused) {
        status.setText(text);
        StyleClasses.mark(status, "bin-refused", refused);
    }

    @FXML
    private void close() {
        root.getScene().getWindow().hide();
    }
}
