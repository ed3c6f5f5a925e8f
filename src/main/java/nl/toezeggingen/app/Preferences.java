package nl.toezeggingen.app;

import java.util.Map;
import java.util.Optional;

/**
 * The window's own named settings (theme, text size, window place, column widths, last filter). They live in the
 * database beside the data, so a backup brings the user's set-up back along with the commitments.
 */
public final class Preferences {
    public static final String THEME = "ui.theme";
    /** normal, large or larger (ui.TextSize); nothing stored is the system's size. */
    public static final String TEXT_SIZE = "ui.textSize";

    private final Tracker tracker;

    public Preferences(Tracker tracker) {
        this.tracker = tracker;
    }

    public Optional<String> get(String name) {
        return tracker.settings().get(name);
    }

    public void put(String name, String value) {
        tracker.settings().put(name, value == null ? "" : value);
        if (EarlySettings.KEYS.contains(name)) {
            mirrorEarly();
        }
    }

    /**
     * Writes the theme and text size to the file the next start reads before the database is open
     * ({@link EarlySettings}); also after a restore or on data from before that file existed.
     */
    public void mirrorEarly() {
        early().write(getAll(EarlySettings.KEYS));
    }

    private EarlySettings early() {
        return new EarlySettings(tracker.databaseFile().toAbsolutePath().getParent());
    }

    public void putAll(Map<String, String> values) {
        values.forEach(this::put);
    }

    /** All of them, for a start that reads them before it knows which it will need. */
    public Map<String, String> all() {
        return tracker.settings().all();
    }

    /** The named settings that exist, for a window restoring several at once. */
    public Map<String, String> getAll(Iterable<String> names) {
        Map<String, String> found = new java.util.LinkedHashMap<>();
        for (String name : names) {
            get(name).ifPresent(value -> found.put(name, value));
        }
        return found;
    }
}
