package nl.toezeggingen.ui.statuschange;

import java.util.List;
import javafx.stage.Window;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.ui.Dialogs;
import nl.toezeggingen.ui.main.WindowModel;

/** "Status wijzigen…" from the menu or the table's context menu: the same question, the same action. */
public final class StatusChanging {
    private StatusChanging() {
    }

    public static void ask(Window owner, WindowModel model) {
        List<Long> ids = List.copyOf(model.selection());
        if (ids.isEmpty() || !model.isOpen()) {
            return;
        }
        Messages messages = model.messages();
        // One of them may be the one in the form: its edits are asked about first.
        model.leave(() -> StatusChangeDialog.ask(owner, messages, model.look(), ids.size(), model.snapshot().today())
                .ifPresent(change -> model.changeStatuses(ids, change.status(), change.on(), change.by(), refused -> {
                    Commitment c = refused.commitment();
                    String name = c.reference() != null ? c.reference() + " (" + c.title() + ")" : c.title();
                    String why = refused.problems().isEmpty() ? "" : messages.problem(refused.problems().get(0));
                    Dialogs.error(owner, messages, messages.get("ui.error.title"),
                            messages.get("ui.statusChange.refused", name, messages.status(change.status()), why));
                })));
    }
}
