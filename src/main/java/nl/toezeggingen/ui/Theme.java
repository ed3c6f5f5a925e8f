package nl.toezeggingen.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * The user's choice: light, dark, or whatever the system uses. What the windows show is a {@link Look}, one
 * per window program, made from this choice (and the text size) as the window starts.
 */
public enum Theme {
    LIGHT, DARK, SYSTEM;

    /** The stored word (licht/donker/systeem are the user's; the setting keeps the English name). */
    public String setting() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Theme of(Optional<String> setting) {
        return setting.flatMap(value -> java.util.Arrays.stream(values())
                .filter(t -> t.setting().equals(value)).findFirst()).orElse(LIGHT);
    }

    /** The choice among named settings ({@link nl.toezeggingen.app.Preferences#THEME}); light when none. */
    public static Theme chosenIn(java.util.Map<String, String> settings) {
        return of(Optional.ofNullable(settings.get(nl.toezeggingen.app.Preferences.THEME)));
    }

    /** Whether this choice means dark now; for SYSTEM it asks {@code system}, so call it off the FX thread. */
    boolean wantsDark(SystemLook system) {
        return this == DARK || (this == SYSTEM && system.prefersDark());
    }
}
