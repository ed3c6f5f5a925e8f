package nl.toezeggingen.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Light, dark, or whatever the system uses. The base look is AtlantaFX Primer (one user-agent stylesheet
 * for every window); our own palette (theme.css, redefined by dark.css) goes onto every scene, dialogs
 * included, so each view restyles without knowing which theme is on.
 *
 * <p>The text size goes the same way: Primer puts 14 px on {@code .root}; a small stylesheet of ours (made in
 * code, as a data: URL) puts the user's {@link TextSize} there instead, and on the tooltips and menus Primer
 * sizes apart. Our own stylesheets measure fonts, paddings and widths in em, so everything grows with it.
 */
public enum Theme {
    LIGHT, DARK, SYSTEM;

    private static final String PALETTE = Theme.class.getResource("theme.css").toExternalForm();
    private static final String DARK_PALETTE = Theme.class.getResource("dark.css").toExternalForm();
    private static final String SIZE_SHEET_PREFIX = "data:text/css;base64,";
    private static boolean dark;
    private static boolean watching;
    private static TextSize textSize = TextSize.NORMAL;
    // The stylesheet for textSize, made when first needed (the system's size is known once JavaFX runs).
    private static String sizeSheet;
    private static javafx.beans.property.ReadOnlyDoubleWrapper fontSize;

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

    /** Whether this choice means dark now; for SYSTEM it asks the system, so call it off the FX thread. */
    public boolean wantsDark() {
        return this == DARK || (this == SYSTEM && SystemLook.prefersDark());
    }

    /** {@link #show} for what this choice means; on the FX thread, so for SYSTEM better ask first. */
    public void apply() {
        show(wantsDark());
    }

    /** Sets the look of every open window and of every window opened later. On the FX thread. */
    public static void show(boolean wantDark) {
        dark = wantDark;
        String base = dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        // Setting the same sheet again would restyle every window for nothing.
        if (!base.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(base);
        }
        restyleAll();
    }

    /**
     * Sets the size of the text in every open window and every window opened later: the system's text
     * size times {@code size}'s factor. On the FX thread. The start-up reads the stored choice
     * ({@link nl.toezeggingen.app.Preferences#TEXT_SIZE}, through {@link TextSize#of}) and calls this;
     * Instellingen calls it after a save.
     */
    public static void textSize(TextSize size) {
        Objects.requireNonNull(size, "size");
        if (size != textSize) {
            textSize = size;
            sizeSheet = null;
        }
        restyleAll();
        if (fontSize != null) {
            fontSize.set(textSize.pixels());
        }
    }

    /** The text size chosen now (NORMAL until someone calls {@link #textSize(TextSize)}). */
    public static TextSize textSize() {
        return textSize;
    }

    /** The size of the windows' text now, in pixels. On the FX thread (or after JavaFX started). */
    public static double fontSize() {
        return textSize.pixels();
    }

    /**
     * The same as a property, for what a stylesheet cannot size (table columns): it changes as soon as
     * {@link #textSize(TextSize)} is called, before the windows have been restyled. On the FX thread.
     */
    public static javafx.beans.property.ReadOnlyDoubleProperty fontSizeProperty() {
        if (fontSize == null) {
            fontSize = new javafx.beans.property.ReadOnlyDoubleWrapper(textSize.pixels());
        }
        return fontSize.getReadOnlyProperty();
    }

    /** {@code ems} times the text size, in pixels: for the few sizes set in code rather than in a stylesheet. */
    public static double em(double ems) {
        return Math.round(ems * fontSize());
    }

    private static void restyleAll() {
        if (!watching) {
            watching = true;
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(Theme::watch);
                }
            });
        }
        Window.getWindows().forEach(window -> style(window.getScene()));
    }

    /**
     * The stylesheet that sets the text size: the root (everything inherits it) and what Primer sizes apart.
     * None at Primer's own size, the usual case: a sheet made in code is parsed at start-up, which costs
     * the CSS parser that the binary stylesheets (.bss) otherwise spare.
     */
    static String sizeSheet() {
        if (textSize.pixels() == TextSize.THEME_SIZE) {
            return null;
        }
        if (sizeSheet == null) {
            String px = String.format(Locale.ROOT, "%.2fpx", textSize.pixels());
            String css = ".root { -fx-font-size: " + px + "; }\n"
                    + ".tooltip, .text-input .context-menu { -fx-font-size: " + px + "; }\n";
            sizeSheet = SIZE_SHEET_PREFIX + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
        }
        return sizeSheet;
    }

    public static boolean isDark() {
        return dark;
    }

    private static void watch(Window window) {
        style(window.getScene());
        window.sceneProperty().addListener((o, was, now) -> style(now));
    }

    /** Our palette and text size on a scene; the dark palette after them, so that its colours win. */
    public static void style(Scene scene) {
        if (scene == null) {
            return;
        }
        if (!scene.getStylesheets().contains(PALETTE)) {
            scene.getStylesheets().add(0, PALETTE);
        }
        String size = sizeSheet();
        scene.getStylesheets().removeIf(sheet -> sheet.startsWith(SIZE_SHEET_PREFIX) && !sheet.equals(size));
        if (size != null && !scene.getStylesheets().contains(size)) {
            scene.getStylesheets().add(scene.getStylesheets().indexOf(PALETTE) + 1, size);
        }
        // Each change to these lists restyles the whole window: only what differs is changed (removing
        // what is not there changes nothing).
        java.util.List<String> sheets = scene.getStylesheets();
        if (!dark) {
            sheets.remove(DARK_PALETTE);
        } else if (!DARK_PALETTE.equals(sheets.get(sheets.size() - 1))) {
            sheets.remove(DARK_PALETTE);
            sheets.add(DARK_PALETTE);
        }
        Parent root = scene.getRoot();
        if (root != null && !dark) {
            root.getStyleClass().remove("dark");
        } else if (root != null && !root.getStyleClass().contains("dark")) {
            root.getStyleClass().add("dark");
        }
    }
}
