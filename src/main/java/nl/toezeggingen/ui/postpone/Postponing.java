package nl.toezeggingen.ui.postpone;

import java.util.List;
import javafx.stage.Window;
import nl.toezeggingen.app.Rappel;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.ui.main.WindowModel;

/**
 * "Termijn uitstellen…" from the menu or the table's context menu, for the one commitment chosen. A refusal of
 * the program (a closed commitment, a deadline that does not change) brings the dialog back with the reason
 * at its field and what was typed still in it.
 */
public final class Postponing {
    private Postponing() {
    }

    public static void ask(Window owner, WindowModel model) {
        if (model.selection().size() != 1 || !model.isOpen()) {
            return;
        }
        long id = model.selection().get(0);
        // The form may hold edits of this one: those are asked about first.
        model.leave(() -> model.snapshot().list().stream().filter(t -> t.commitment().id() == id).findFirst()
                .ifPresent(chosen -> ask(owner, model, chosen, null, List.of())));
    }

    /**
     * Makes the postponement {@code request} asks for (from the form's "Uitstel"); a refusal brings the dialog back
     * with the reason at its field.
     */
    public static void postpone(Window owner, WindowModel model, TrackedCommitment chosen, PostponeDialog.Request request) {
        model.postpone(chosen.commitment().id(), request.to(), request.reason(), request.informedBy(),
                notes -> ask(owner, model, chosen, request, notes));
    }

    private static void ask(Window owner, WindowModel model, TrackedCommitment chosen, PostponeDialog.Request asked,
            List<Rappel.Note> refused) {
        var snapshot = model.snapshot();
        PostponeDialog.ask(owner, model.messages(), model.look(), chosen.commitment(), snapshot.deadlines(),
                        snapshot.today(), asked, refused)
                .ifPresent(request -> model.postpone(chosen.commitment().id(), request.to(), request.reason(),
                        request.informedBy(), notes -> ask(owner, model, chosen, request, notes)));
    }
}
