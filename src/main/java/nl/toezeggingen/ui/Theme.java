package nl.toezeggingen.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
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
 */
public enum Theme {
    LIGHT, DARK, SYSTEM;

    private static final String PALETTE = Theme.class.getResource("theme.css").toExternalForm();
    private static final String DARK_PALETTE = Theme.class.getResource("dark.css").toExternalForm();
    private static boolean dark;
    private static boolean watching;

    /** The stored word (licht/donker/systeem are the user's; the setting keeps the English name). */
    public String setting() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Theme of(Optional<String> setting) {
        return setting.flatMap(value -> java.util.Arrays.stream(values())
                .filter(t -> t.setting().equals(value)).findFirst()).orElse(LIGHT);
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

    public static boolean isDark() {
        return dark;
    }

    private static void watch(Window window) {
        style(window.getScene());
        window.sceneProperty().addListener((o, was, now) -> style(now));
    }

    /** Our palette on a scene; the dark one after it, so that its colours win. */
    public static void style(Scene scene) {
        if (scene == null) {
            return;
        }
        if (!scene.getStylesheets().contains(PALETTE)) {
            scene.getStylesheets().add(0, PALETTE);
        }
        scene.getStylesheets().remove(DARK_PALETTE);
        if (dark) {
            scene.getStylesheets().add(DARK_PALETTE);
        }
        Parent root = scene.getRoot();
        if (root != null) {
            root.getStyleClass().remove("dark");
            if (dark) {
                root.getStyleClass().add("dark");
            }
        }
    }
}
