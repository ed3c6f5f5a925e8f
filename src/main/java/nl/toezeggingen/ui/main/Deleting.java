package nl.toezeggingen.ui.main;

import javafx.stage.Window;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.ui.Dialogs;

/** Delete, from the table's Delete key or the form's button: asked once, the same way from both. */
public final class Deleting {
    private Deleting() {
    }

    public static void ask(Window owner, WindowModel model, Commitment commitment) {
        Messages messages = model.messages();
        if (Dialogs.confirm(owner, messages, messages.get("ui.delete.confirm.header", commitment.title()),
                messages.get("ui.delete.confirm.text"), messages.get("ui.delete.confirm.ok"))) {
            model.delete(commitment);
        }
    }
}
