package nl.toezeggingen.ui.postpone;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import nl.toezeggingen.app.Deadlines;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Rappel;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.deadline.Resolution;
import nl.toezeggingen.ui.Look;

/**
 * "Termijn uitstellen…": a postponement is not an edit. It asks for the new deadline (a date or a phrase, read
 * as of today, its outcome shown while typing), the reason (required) and the letter that told the Kamer. What
 * cannot be saved is said under its field and the dialog stays open.
 */
public final class PostponeDialog {
    /** What the user asked for. */
    public record Request(String to, String reason, String informedBy) {
    }

    private PostponeDialog() {
    }

    /**
     * @param refused what the program refused the last time (shown under its fields), empty the first time
     * @param asked   what was typed the last time, to fill in again; null the first time
     */
    public static Optional<Request> ask(Window owner, Messages messages, Look look, Commitment commitment,
            Deadlines deadlines, LocalDate today, Request asked, List<Rappel.Note> refused) {
        TextField to = field("postponeTo", messages.get("ui.postpone.to.prompt"));
        TextField reason = field("postponeReason", messages.get("ui.postpone.reason.prompt"));
        TextField informed = field("postponeInformedBy", messages.get("ui.postpone.informedBy.prompt"));
        Label outcome = hint("postponeOutcome");
        Label toError = error("postponeToError");
        Label reasonError = error("postponeReasonError");
        Label informedError = error("postponeInformedByError");
        if (asked != null) {
            to.setText(asked.to());
            reason.setText(asked.reason());
            informed.setText(asked.informedBy());
        }
        for (Rappel.Note note : refused) {
            Label at = switch (note.field()) {
                case REASON -> reasonError;
                case INFORMED_BY -> informedError;
                default -> toError;
            };
            say(at, messages.note(note));
        }
        to.textProperty().addListener((o, was, now) -> {
            say(toError, null);
            outcome.setText(outcome(messages, deadlines, now, today));
        });
        reason.textProperty().addListener((o, was, now) -> say(reasonError, null));
        outcome.setText(outcome(messages, deadlines, to.getText(), today));

        GridPane grid = new GridPane();
        grid.setHgap(look.em(0.85));
        grid.setVgap(look.em(0.4));
        Label now = new Label(commitment.deadline().latest() == null ? messages.get("ui.postpone.now.none")
                : messages.get("ui.postpone.now", commitment.deadline().latest()));
        now.setWrapText(true);
        now.setMaxWidth(look.em(36));
        now.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(now, 0, 0, 2, 1);
        grid.addRow(1, label(messages, "ui.postpone.to", to), to);
        grid.add(outcome, 1, 2);
        grid.add(toError, 1, 3);
        grid.addRow(4, label(messages, "ui.postpone.reason", reason), reason);
        grid.add(reasonError, 1, 5);
        grid.addRow(6, label(messages, "ui.postpone.informedBy", informed), informed);
        grid.add(informedError, 1, 7);
        grid.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(),
                new javafx.scene.layout.ColumnConstraints(look.em(26)));

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("app.title"));
        String name = commitment.reference() == null ? commitment.title() : commitment.reference() + " " + commitment.title();
        dialog.setHeaderText(messages.get("ui.postpone.header", name));
        ButtonType apply = new ButtonType(messages.get("ui.postpone.apply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(apply,
                new ButtonType(messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getStyleClass().add("postpone-dialog");
        // Checked here first, so that a missing reason is said at its field without closing the dialog.
        dialog.getDialogPane().lookupButton(apply).addEventFilter(ActionEvent.ACTION, press -> {
            boolean fine = true;
            if (blank(to.getText())) {
                say(toError, messages.get("ui.postpone.to.empty"));
                fine = false;
            } else if (!resolves(deadlines, to.getText(), today)) {
                say(toError, outcome.getText());
                fine = false;
            }
            if (blank(reason.getText())) {
                say(reasonError, messages.get("ui.postpone.reason.empty"));
                fine = false;
            }
            if (!fine) {
                press.consume();
            }
        });
        dialog.setOnShown(shown -> to.requestFocus());
        return dialog.showAndWait().filter(apply::equals)
                .map(chosen -> new Request(to.getText().strip(), reason.getText().strip(),
                        blank(informed.getText()) ? null : informed.getText().strip()));
    }

    /** "Wordt: uiterlijk donderdag 18 december 2025 (…)" or why the text is no deadline, as the form says it. */
    private static String outcome(Messages messages, Deadlines deadlines, String text, LocalDate today) {
        if (blank(text)) {
            return "";
        }
        Resolution resolution = deadlines.resolve(text.strip(), today);
        if (!resolution.understood()) {
            return messages.explanation(resolution.refusal());
        }
        if (resolution.deadline().latest() == null) {
            return messages.get("rappel.postpone.to.noDate", text.strip());
        }
        return messages.get("ui.postpone.outcome", messages.explanation(resolution.explanation()));
    }

    private static boolean resolves(Deadlines deadlines, String text, LocalDate today) {
        Resolution resolution = deadlines.resolve(text.strip(), today);
        return resolution.understood() && resolution.deadline().latest() != null;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setMaxWidth(Double.MAX_VALUE);
        return field;
    }

    private static Label label(Messages messages, String key, TextField field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        return label;
    }

    private static Label hint(String id) {
        return wrapping(id, "field-hint");
    }

    private static Label error(String id) {
        Label error = wrapping(id, "field-error");
        say(error, null);
        return error;
    }

    /** A label under a field that wraps and keeps its whole height (a GridPane would cut it to one line). */
    private static Label wrapping(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static void say(Label label, String text) {
        label.setText(text == null ? "" : text);
        label.setVisible(text != null);
        label.setManaged(text != null);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
