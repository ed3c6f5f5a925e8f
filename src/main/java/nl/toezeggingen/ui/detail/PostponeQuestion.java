package nl.toezeggingen.ui.detail;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;

/**
 * "Is dit uitstel of een correctie?", asked when the form moves the deadline of a saved open commitment that had a
 * date: a postponement is an event with a reason (issue 19), a typo is not, and only the user knows which it is.
 */
final class PostponeQuestion {
    enum Answer { POSTPONE, CORRECT, CANCEL }

    private PostponeQuestion() {
    }

    /** True when saving {@code built} over {@code shown} moves a dated deadline of an open commitment. */
    static boolean applies(Commitment shown, Commitment built) {
        if (shown == null || shown.id() == null || shown.status().isClosed() || built.status().isClosed()) {
            return false;
        }
        Deadline was = shown.deadline();
        Deadline now = built.deadline();
        return was.latest() != null && now.latest() != null && !(java.util.Objects.equals(was.phrase(), now.phrase())
                && java.util.Objects.equals(was.earliest(), now.earliest()) && was.latest().equals(now.latest()));
    }

    static Answer ask(Window owner, Messages messages, Commitment shown) {
        ButtonType postpone = new ButtonType(messages.get("ui.postponeQuestion.postpone"), ButtonBar.ButtonData.YES);
        ButtonType correct = new ButtonType(messages.get("ui.postponeQuestion.correct"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("ui.postponeQuestion.text",
                messages.date(shown.deadline().latest())), postpone, correct, cancel);
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("ui.postponeQuestion.header"));
        alert.getDialogPane().getStyleClass().add("postpone-question");
        // Uitstel is what Enter does: recording why a promise moved is the safe choice; Escape is Annuleren.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(postpone)).setDefaultButton(true);
        ButtonType chosen = alert.showAndWait().orElse(cancel);
        return chosen == postpone ? Answer.POSTPONE : chosen == correct ? Answer.CORRECT : Answer.CANCEL;
    }
}
