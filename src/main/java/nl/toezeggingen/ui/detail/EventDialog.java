package nl.toezeggingen.ui.detail;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.agenda.EventKind;
import nl.toezeggingen.domain.agenda.EventStatus;
import nl.toezeggingen.ui.Choice;
import nl.toezeggingen.ui.Look;

/**
 * "Nieuw moment…" from the form: a name, a date when it is known and a kind, for the meeting calendar. Or, for
 * a moment the calendar already has without a date, its date only. What cannot be saved (no name, a year out of
 * range, text that is no date) is said at its field and the dialog stays open; nothing is written from here.
 */
final class EventDialog {
    private EventDialog() {
    }

    /** A new moment, proposed as {@code proposed} (the name and kind the phrase gives); empty when cancelled. */
    static Optional<Event> askNew(Window owner, Messages messages, Look look, Event proposed) {
        return ask(owner, messages, look, proposed, false);
    }

    /** The date for {@code undated}, a moment of the calendar without one; empty when cancelled. */
    static Optional<LocalDate> askDate(Window owner, Messages messages, Look look, Event undated) {
        return ask(owner, messages, look, undated, true).map(Event::latest);
    }

    private static Optional<Event> ask(Window owner, Messages messages, Look look, Event proposed, boolean dateOnly) {
        TextField name = new TextField(proposed.name());
        name.setId("eventName");
        name.setDisable(dateOnly);
        DatePicker date = new DatePicker();
        date.setId("eventDate");
        date.setEditable(true);
        date.setConverter(new DateText(date::getValue));
        date.setPromptText(messages.get("ui.detail.date.prompt"));
        date.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Choice<EventKind>> kind = new ComboBox<>();
        kind.setId("eventKind");
        List.of(EventKind.values()).forEach(k -> kind.getItems().add(choice(messages, k)));
        kind.setValue(choice(messages, proposed.kind()));
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.setDisable(dateOnly);
        Label nameError = error("eventNameError");
        Label dateError = error("eventDateError");
        Label hint = new Label(messages.get(dateOnly ? "ui.event.dialog.dateHint" : "ui.event.dialog.hint"));
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(look.em(28));

        GridPane grid = new GridPane();
        grid.setHgap(look.em(0.85));
        grid.setVgap(look.em(0.35));
        grid.addRow(0, new Label(messages.get("ui.event.dialog.name")), name);
        grid.add(nameError, 1, 1);
        grid.addRow(2, new Label(messages.get("ui.event.dialog.date")), date);
        grid.add(dateError, 1, 3);
        grid.addRow(4, new Label(messages.get("ui.event.dialog.kind")), kind);
        grid.add(hint, 0, 5, 2, 1);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(look.em(22)));

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("app.title"));
        dialog.setHeaderText(dateOnly ? messages.get("ui.event.dialog.dateHeader", proposed.name())
                : messages.get("ui.event.dialog.header"));
        ButtonType save = new ButtonType(messages.get(dateOnly ? "ui.event.dialog.saveDate" : "ui.event.dialog.add"),
                ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getStyleClass().add("event-dialog");
        Event[] result = new Event[1];
        // Checked before the dialog closes: a refusal stays open, with its reason at the field.
        dialog.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, click -> {
            nameError.setText("");
            dateError.setText("");
            LocalDate day;
            try {
                day = DateText.parse(date.getEditor().getText()).orElse(null);
            } catch (DateTimeParseException e) {
                dateError.setText(messages.problem(DateText.problem(Commitment.Field.DEADLINE_LATEST,
                        date.getEditor().getText())));
                click.consume();
                return;
            }
            if (dateOnly && day == null) {
                dateError.setText(messages.get("ui.event.dialog.dateNeeded"));
                click.consume();
                return;
            }
            Event wanted = dateOnly ? proposed.movedTo(day)
                    : Event.on(name.getText(), kind.getValue().value(), day, EventStatus.UNCONFIRMED);
            List<Event.Problem> problems = wanted.problems();
            for (Event.Problem problem : problems) {
                Label at = problem.field() == Event.Field.NAME ? nameError : dateError;
                at.setText(messages.get(problem.key(), problem.args().toArray()));
            }
            if (!problems.isEmpty()) {
                click.consume();
                return;
            }
            result[0] = wanted;
        });
        dialog.setOnShown(shown -> (dateOnly ? date.getEditor() : name).requestFocus());
        return dialog.showAndWait().filter(save::equals).map(chosen -> result[0]);
    }

    private static Choice<EventKind> choice(Messages messages, EventKind kind) {
        String word = messages.get("agenda.kind." + kind.json());
        return new Choice<>(kind, Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }

    private static Label error(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        FormFields.showOnlyWhenSet(label);
        return label;
    }
}
