package nl.toezeggingen.ui.statuschange;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.ui.Choice;
import nl.toezeggingen.ui.Look;
import nl.toezeggingen.ui.detail.DateText;

/**
 * "Status wijzigen…" for the commitments selected in the table: one status for all, and when that is
 * Afgedaan or Deels afgedaan, the day (today unless changed) and the document that did it.
 */
public final class StatusChangeDialog {
    /** What the user asked for. */
    public record Change(Status status, LocalDate on, String by) {
    }

    private StatusChangeDialog() {
    }

    public static Optional<Change> ask(Window owner, Messages messages, Look look, int count, LocalDate today) {
        ComboBox<Choice<Status>> status = new ComboBox<>();
        status.setId("statusChangeStatus");
        List.of(Status.values()).forEach(each -> status.getItems().add(new Choice<>(each, messages.status(each))));
        status.setMaxWidth(Double.MAX_VALUE);
        DatePicker on = new DatePicker(today);
        on.setId("statusChangeOn");
        on.setEditable(true);
        on.setConverter(new DateText(on::getValue));
        on.setMaxWidth(Double.MAX_VALUE);
        TextField by = new TextField();
        by.setId("statusChangeBy");
        by.setPromptText(messages.get("ui.detail.fulfilledBy.prompt"));
        Label onLabel = new Label(messages.get("ui.detail.fulfilledOn"));
        Label byLabel = new Label(messages.get("ui.detail.fulfilledBy"));

        GridPane grid = new GridPane();
        grid.setHgap(look.em(0.85));
        grid.setVgap(look.em(0.6));
        grid.addRow(0, new Label(messages.get("ui.detail.status")), status);
        grid.addRow(1, onLabel, on);
        grid.addRow(2, byLabel, by);
        grid.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(),
                new javafx.scene.layout.ColumnConstraints(look.em(20)));
        status.valueProperty().addListener((o, was, now) -> {
            boolean done = now != null && (now.value() == Status.DONE || now.value() == Status.PARTLY_DONE);
            for (javafx.scene.Node node : List.of(onLabel, on, byLabel, by)) {
                node.setVisible(done);
                node.setManaged(done);
            }
            grid.getScene().getWindow().sizeToScene();
        });

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("app.title"));
        dialog.setHeaderText(messages.get("ui.statusChange.header", count));
        ButtonType apply = new ButtonType(messages.get("ui.statusChange.apply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(apply,
                new ButtonType(messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getStyleClass().add("status-change-dialog");
        dialog.getDialogPane().lookupButton(apply).disableProperty().bind(status.valueProperty().isNull());
        dialog.setOnShown(event -> {
            status.getSelectionModel().select(new Choice<>(Status.DONE, messages.status(Status.DONE)));
            status.requestFocus();
        });
        return dialog.showAndWait().filter(apply::equals).map(chosen -> {
            Status value = status.getValue().value();
            boolean done = value == Status.DONE || value == Status.PARTLY_DONE;
            String document = by.getText() == null || by.getText().isBlank() ? null : by.getText().strip();
            return new Change(value, done ? on.getValue() : null, done ? document : null);
        });
    }
}
