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
    /** The user's own name as it is written under Eigenaar: what "Mijn toezeggingen" looks for. */
    public static final String OWN_NAME = "ui.ownName";

    private final Tracker tracker;

    public Preferences(Tracker tracker) {
        this.tracker = tracker;
    }

    public Optional<String> get(String name) {
        return tracker.settings().get(name);
    }

    public void put(String name, String value) {
        putAll(java.util.Collections.singletonMap(name, value));
    }

    /** Stores them all; the file for the next start is written once, when one of them is its business. */
    public void putAll(Map<String, String> values) {
        values.forEach((name, value) -> tracker.settings().put(name, value == null ? "" : value));
        if (values.keySet().stream().anyMatch(EarlySettings.KEYS::contains)) {
            mirrorEarly();
        }
    }

    /**
     * Writes the theme and text size to the file the next start reads before the database is open
     * ({@link EarlySettings}); also after a restore or on data from before that file existed.
     */
    public void mirrorEarly() {
        mirrorEarly(all());
    }

    /** The same, from settings just read ({@link #all}). */
    public void mirrorEarly(Map<String, String> all) {
        early().write(all);
    }

    private EarlySettings early() {
        return new EarlySettings(tracker.databaseFile().toAbsolutePath().getParent());
    }

    /** All of them: one read, for a window restoring several at once. */
    public Map<String, String> all() {
        return tracker.settings().all();
    }
}
