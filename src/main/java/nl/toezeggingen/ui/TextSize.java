package nl.toezeggingen.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * How large the text of every window is: the theme's size, grown with the system's text size (normaal), a
 * quarter larger (groot) or half as large again (groter). Everything else (paddings, table rows, the form, the timeline's rows) is
 * measured in that text, so it grows along. Applied by {@link Look#textSize(TextSize)}.
 */
public enum TextSize {
    NORMAL(1.0), LARGE(1.25), LARGER(1.5);

    private final double factor;

    TextSize(double factor) {
        this.factor = factor;
    }

    /** 1 for the system's size, 1.25 or 1.5. */
    public double factor() {
        return factor;
    }

    /** The stored word (the user sees normaal/groot/groter; the setting keeps the English name). */
    public String setting() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stored choice; nothing stored, or a word this version does not know, is the system's size. */
    public static TextSize of(Optional<String> setting) {
        return setting.flatMap(value -> Arrays.stream(values())
                .filter(size -> size.setting().equals(value)).findFirst()).orElse(NORMAL);
    }

    /** The choice among named settings ({@link nl.toezeggingen.app.Setting#TEXT_SIZE}). */
    public static TextSize chosenIn(java.util.Map<String, String> settings) {
        return of(Optional.of(nl.toezeggingen.app.Setting.TEXT_SIZE.from(settings)));
    }

    /**
     * The font size in pixels: the theme's own 14 px, grown as far as the system's text size is above its
     * usual value (JavaFX's default font size follows it; on Windows "Make text bigger"), times the factor.
     * Needs the JavaFX toolkit to have started.
     */
    public double pixels() {
        return pixels(Font.getDefault().getSize());
    }

    // Primer is drawn around 14 px; the system's usual default font size is 12 on Windows, 13 elsewhere.
    static final double THEME_SIZE = 14;
    private static final double USUAL_SYSTEM_SIZE =
            System.getProperty("os.name", "").startsWith("Windows") ? 12 : 13;

    /** The same from a given system size, rounded to a quarter pixel; never below the theme's size. */
    public double pixels(double systemSize) {
        double system = Math.max(1, systemSize / USUAL_SYSTEM_SIZE);
        return Math.round(THEME_SIZE * system * factor * 4) / 4.0;
    }
}
