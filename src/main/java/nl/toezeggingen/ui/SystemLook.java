package nl.toezeggingen.ui;

import java.util.Locale;

/**
 * Whether the system asks for a dark look. JavaFX 21 has no such signal (Platform.Preferences came in 22);
 * the one we can read cheaply is a dark GTK theme named in GTK_THEME on Linux. Elsewhere (Windows, macOS)
 * "volg systeem" falls back to light.
 */
final class SystemLook {
    private SystemLook() {
    }

    static boolean prefersDark() {
        String gtk = System.getenv("GTK_THEME");
        return gtk != null && gtk.toLowerCase(Locale.ROOT).contains("dark");
    }
}
