package nl.toezeggingen.ui.statusbar;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.util.Duration;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.ui.Background;
import nl.toezeggingen.ui.main.WindowModel;

/**
 * The status line: long work going on (a circle that fills as it goes), what just happened, the offer to
 * undo a delete, and how many of the rows show. Binds to the model only.
 */
public final class StatusBarController {
    // Long enough to read the sentence and reach for the mouse; the bin keeps it after that.
    private static final Duration UNDO_OFFERED = Duration.seconds(12);

    private final WindowModel model;
    private final Messages messages;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label statusLabel;
    @FXML private Button undoDeleteButton;
    @FXML private Label countLabel;

    public StatusBarController(WindowModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    @FXML
    private void initialize() {
        Background background = model.session().background();
        busyIndicator.visibleProperty().bind(background.busyProperty());
        // Long work (a backup, a restore) fills the circle as it goes and says how far in the status line.
        busyIndicator.progressProperty().bind(background.progressProperty());
        background.progressTextProperty().addListener((observed, before, now) -> {
            if (!now.isEmpty()) {
                model.statusProperty().set(now);
            }
        });
        statusLabel.textProperty().bind(model.statusProperty());
        countLabel.textProperty().bind(Bindings.createStringBinding(() -> model.shown().size() == model.items().size()
                ? messages.get("ui.count.all", model.items().size())
                : messages.get("ui.count.filtered", model.shown().size(), model.items().size()),
                model.shown(), model.items()));
        offerUndo();
    }

    /**
     * "Ongedaan maken" beside "‘…’ is verwijderd." for a few seconds, or until the status bar says something
     * else; after that the bin (Beeld › Verwijderde toezeggingen) still has it.
     */
    private void offerUndo() {
        undoDeleteButton.visibleProperty().bind(model.lastDeletedProperty().isNotNull());
        undoDeleteButton.managedProperty().bind(undoDeleteButton.visibleProperty());
        PauseTransition shown = new PauseTransition(UNDO_OFFERED);
        shown.setOnFinished(event -> model.forgetLastDeleted());
        model.lastDeletedProperty().addListener((o, was, now) -> {
            shown.stop();
            if (now != null) {
                shown.playFromStart();
            }
        });
        model.statusProperty().addListener((o, was, now) -> {
            Commitment deleted = model.lastDeletedProperty().get();
            if (deleted != null && !now.equals(messages.get("ui.undo.deleted", deleted.title()))) {
                model.forgetLastDeleted();
            }
        });
    }

    @FXML
    private void undoDelete() {
        Commitment deleted = model.lastDeletedProperty().get();
        if (deleted != null) {
            model.undelete(deleted.id());
        }
    }
}
