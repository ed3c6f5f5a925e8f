package nl.toezeggingen.ui.detail;

import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * Dossier and Actielijn complete to the values already in the register while the user types ("soc" offers
 * "Sociale veiligheid"), so one dossier is not written three ways. The drop-down still lists them all.
 */
final class Completion {
    private final ComboBox<String> box;
    /** A copy for the completion's own thread: the box's items belong to the FX thread. */
    private volatile List<String> known = List.of();

    private Completion(ComboBox<String> box) {
        this.box = box;
    }

    static void of(ComboBox<String> box) {
        Completion completion = new Completion(box);
        box.getItems().addListener((ListChangeListener<String>) change -> completion.known = List.copyOf(box.getItems()));
        TextFields.bindAutoCompletion(box.getEditor(), request -> completion.suggest(request.getUserText()));
    }

    private List<String> suggest(String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty() || !box.getEditor().isFocused()) {
            return List.of();
        }
        return known.stream()
                .filter(value -> value.toLowerCase(Locale.ROOT).contains(wanted) && !value.equalsIgnoreCase(wanted))
                .limit(8)
                .toList();
    }
}
