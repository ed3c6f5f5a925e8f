package nl.toezeggingen.ui.main;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.toezeggingen.app.Preferences;
import nl.toezeggingen.ui.TextSize;
import nl.toezeggingen.ui.Theme;
import nl.toezeggingen.ui.WindowPlacement;

/**
 * The user's set-up, saved with the data: theme, text size, the window's place and every pane's remembered
 * layout. Read during start-up (shown in the first frame) and again once the data is open (a restore may
 * have changed it); what the window shows already is left as the user may have changed it since.
 */
final class UserSetUp {
    private final WindowModel model;
    private final Supplier<Window> window;
    private Map<String, String> shown; // the settings applied last; null before the first

    UserSetUp(WindowModel model, Supplier<Window> window) {
        this.model = model;
        this.window = window;
    }

    /** Once the data is open, before the list is read: columns, sort and filters are in place when the rows come. */
    void readAgain() {
        model.call(tracker -> {
            Preferences preferences = tracker.preferences();
            Map<String, String> found = preferences.all();
            // The next start reads the theme before the data is open (a restore may have changed it).
            preferences.mirrorEarly(found);
            return Map.entry(found, model.look().wantsDark(Theme.chosenIn(found)));
        }, read -> apply(read.getKey(), read.getValue()));
    }

    void apply(Map<String, String> saved, boolean dark) {
        if (saved.equals(shown) && dark == model.look().isDark()
                && TextSize.chosenIn(saved) == model.look().textSize()) {
            return;
        }
        shown = Map.copyOf(saved);
        model.look().show(dark);
        model.look().textSize(TextSize.chosenIn(saved));
        if (window.get() instanceof Stage stage) {
            WindowPlacement.restore(stage, Optional.ofNullable(saved.get(LayoutKeys.WINDOW)));
        }
        model.memories().restore(saved);
    }
}
