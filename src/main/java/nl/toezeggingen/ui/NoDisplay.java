package nl.toezeggingen.ui;

import java.util.Map;

/**
 * There is no screen to open the window on. Seen before the toolkit starts where that is cheap to know
 * (Linux without X or Wayland), and otherwise from the toolkit's own failure.
 */
public final class NoDisplay extends RuntimeException {
    NoDisplay(Throwable cause) {
        super("no display", cause);
    }

    /**
     * True when this is Linux with neither DISPLAY nor WAYLAND_DISPLAY and the desktop toolkit (not the
     * headless Monocle of the tests) would be used: then GTK cannot open a window, so nothing needs to
     * start. Anything in doubt counts as a display; the toolkit's failure still catches the rest.
     */
    static boolean evident(String os, Map<String, String> environment, String glassPlatform) {
        return os.startsWith("Linux") && (glassPlatform == null || glassPlatform.equals("gtk"))
                && blank(environment.get("DISPLAY")) && blank(environment.get("WAYLAND_DISPLAY"));
    }

    static boolean evident() {
        return evident(System.getProperty("os.name", ""), System.getenv(), System.getProperty("glass.platform"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
