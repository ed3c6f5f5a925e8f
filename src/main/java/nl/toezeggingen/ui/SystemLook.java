package nl.toezeggingen.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whether the system asks for a dark look. JavaFX 21 has no such signal (Platform.Preferences came in 22),
 * so we ask the system's own tools, once, and only when the user chose "volg systeem": Windows' registry
 * (AppsUseLightTheme), macOS' AppleInterfaceStyle, and on Linux a dark GTK theme named in GTK_THEME.
 * When the answer does not come (no tool, a locked-down PC), it is light.
 *
 * <p>One per window program ({@link QuickStart} makes it, {@link Look} keeps it): asking starts a process
 * (up to 2 s), and the start, the window's settings and the settings dialog all want the answer, so the
 * first answer holds for the rest of the program; a change of the system's look counts from the next start.
 */
final class SystemLook {
    private Boolean dark; // the first answer; guarded by this

    /** Whether the system prefers dark; the first call asks (can take a moment: off the FX thread). */
    synchronized boolean prefersDark() {
        if (dark == null) {
            dark = askTheSystem();
        }
        return dark;
    }

    private static boolean askTheSystem() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return windowsSaysDark(ask(List.of("reg", "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme")));
        }
        if (os.contains("mac")) {
            return macSaysDark(ask(List.of("defaults", "read", "-g", "AppleInterfaceStyle")));
        }
        return gtkSaysDark(System.getenv("GTK_THEME"));
    }

    /** "AppsUseLightTheme    REG_DWORD    0x0" means dark. */
    static boolean windowsSaysDark(String answer) {
        return answer.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).contains("appsuselighttheme reg_dword 0x0");
    }

    static boolean macSaysDark(String answer) {
        return answer.strip().equalsIgnoreCase("dark");
    }

    static boolean gtkSaysDark(String theme) {
        return theme != null && theme.toLowerCase(Locale.ROOT).contains("dark");
    }

    private static String ask(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "";
            }
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
