package nl.toezeggingen.app;

import java.util.Map;

/**
 * The window's remembered layout (window place, columns, filters, the timeline's scale), stored as the panes
 * give it under their own "ui." names, beside the typed {@link Settings}: a backup brings the user's set-up back
 * along with the commitments. The faces take it from {@link Tracker#preferences}.
 */
public final class Preferences {
    /** The theme's name, for what reads it from {@link #all}; typed: {@link Setting#THEME}. */
    public static final String THEME = Setting.THEME.key();
    /** The text size's name, for what reads it from {@link #all}; typed: {@link Setting#TEXT_SIZE}. */
    public static final String TEXT_SIZE = Setting.TEXT_SIZE.key();

    private final Settings settings;

    /** From {@link Tracker#preferences}; public only while the window's start still makes its own. */
    public Preferences(Tracker tracker) {
        this.settings = tracker.settings();
    }

    /**
     * Stores the layout as given; a typed setting among them is refused (IllegalArgumentException, nothing
     * stored): those go through {@link Settings#put}, which checks them.
     */
    public void putAll(Map<String, String> values) {
        values.keySet().forEach(name -> Setting.named(name).ifPresent(typed -> {
            throw new IllegalArgumentException("setting " + name + " is typed: write it with Settings.put");
        }));
        values.forEach((name, value) -> settings.putRaw(name, value == null ? "" : value));
    }

    /**
     * Writes the theme and text size to the file the next start reads before the database is open
     * ({@link EarlySettings}); after a restore, or on data from before that file existed.
     */
    public void mirrorEarly() {
        mirrorEarly(all());
    }

    /** The same, from settings just read ({@link #all}). */
    public void mirrorEarly(Map<String, String> all) {
        settings.mirrorEarly(all);
    }

    /** All stored settings, the typed ones too (read them with {@link Setting#from(Map)}): one read. */
    public Map<String, String> all() {
        return settings.all();
    }
}
