package nl.toezeggingen.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * What one window program looks like: light or dark, and its text size. {@link ToezeggingenApp} makes one as
 * the window starts, from the user's choice; the window model hands it to the panes, and the window to the
 * dialogs it opens. The base look is AtlantaFX Primer; our own palette (theme.css, redefined by dark.css)
 * goes onto every scene of the window's, dialogs and pop-ups included, so each view restyles without
 * knowing which theme is on.
 *
 * <p>The text size goes the same way: Primer puts 14 px on {@code .root}; a small stylesheet of ours (made in
 * code, as a data: URL) puts the user's {@link TextSize} there instead, and on the tooltips and menus Primer
 * sizes apart. Our own stylesheets measure fonts, paddings and widths in em, so everything grows with it.
 *
 * <p>The windows that are this look's: the scenes given to {@link #style(Scene)} (the main window's, a dialog
 * made apart) and every window owned by one of them, found as it opens. A look from an earlier window in the
 * same program (a test's) leaves the new window alone. On the FX thread, but {@link #wantsDark(Theme)}.
 */
public final class Look {
    private static final String PALETTE = Look.class.getResource("theme.css").toExternalForm();
    private static final String DARK_PALETTE = Look.class.getResource("dark.css").toExternalForm();
    private static final String SIZE_SHEET_PREFIX = "data:text/css;base64,";

    private final SystemLook system;
    private final ReadOnlyDoubleWrapper fontSize = new ReadOnlyDoubleWrapper();
    // Scenes styled by name; held weakly, so a closed dialog's scene is not kept for the program's life.
    private final Set<Scene> homes = Collections.newSetFromMap(new WeakHashMap<>());
    // Heard weakly by the toolkit's window list (and each window's scene): kept alive by this look, that is
    // by the window that uses it, not by the toolkit.
    private final ListChangeListener<Window> opened = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::watch);
        }
    };
    private final ChangeListener<Scene> sceneChanged = (property, was, now) -> {
        if (((ReadOnlyProperty<?>) property).getBean() instanceof Window window && ours(window)) {
            style(now);
        }
    };
    private boolean dark;
    private TextSize textSize;
    // The stylesheet for textSize, made when first needed; null at Primer's own size.
    private String sizeSheet;

    /**
     * Applies {@code dark} and {@code textSize} at once. The base stylesheet is the toolkit's (the Application
     * user-agent stylesheet: one for every window of the program, there is no other way to keep Modena from
     * being loaded as well), so making a look sets it: the newest look is the program's.
     */
    Look(boolean dark, TextSize textSize, SystemLook system) {
        this.system = system;
        this.textSize = Objects.requireNonNull(textSize, "textSize");
        fontSize.set(textSize.pixels());
        Window.getWindows().addListener(new WeakListChangeListener<>(opened));
        show(dark);
    }

    /** A light look at the normal size, for a window shown without the program (a test's dialog). */
    public static Look plain() {
        return new Look(false, TextSize.NORMAL, new SystemLook());
    }

    /** Whether {@code choice} means dark; for SYSTEM the system's answer, asked once per program: off the FX thread. */
    public boolean wantsDark(Theme choice) {
        return choice.wantsDark(system);
    }

    /** Dark or light, in every window of this look's, now and opened later. */
    public void show(boolean wantDark) {
        dark = wantDark;
        String base = dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        // Setting the same sheet again would restyle every window for nothing.
        if (!base.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(base);
        }
        restyle();
    }

    public boolean isDark() {
        return dark;
    }

    /**
     * The size of the text in every window of this look's: the system's text size times {@code size}'s
     * factor. The start reads the stored choice ({@link TextSize#chosenIn}); Instellingen sets it after a save.
     */
    public void textSize(TextSize size) {
        Objects.requireNonNull(size, "size");
        if (size != textSize) {
            textSize = size;
            sizeSheet = null;
        }
        restyle();
        fontSize.set(textSize.pixels());
    }

    public TextSize textSize() {
        return textSize;
    }

    /** The size of the windows' text now, in pixels. */
    public double fontSize() {
        return textSize.pixels();
    }

    /**
     * The same as a property, for what a stylesheet cannot size (table columns): it changes as soon as
     * {@link #textSize(TextSize)} is called, before the windows have been restyled.
     */
    public ReadOnlyDoubleProperty fontSizeProperty() {
        return fontSize.getReadOnlyProperty();
    }

    /** {@code ems} times the text size, in pixels: for the few sizes set in code rather than in a stylesheet. */
    public double em(double ems) {
        return Math.round(ems * fontSize());
    }

    /**
     * Our palette and text size on {@code scene}, the dark palette after them so that its colours win; from
     * now on the windows it owns (dialogs, menus, drop-downs) follow this look as well.
     */
    public void style(Scene scene) {
        if (scene == null) {
            return;
        }
        homes.add(scene);
        apply(scene);
    }

    private void restyle() {
        Window.getWindows().stream().filter(this::ours).forEach(window -> apply(window.getScene()));
    }

    private void watch(Window window) {
        if (ours(window)) {
            apply(window.getScene());
        }
        window.sceneProperty().addListener(new WeakChangeListener<>(sceneChanged));
    }

    /** This look's: a window whose scene was styled by name, or one owned (through others) by such a window. */
    private boolean ours(Window window) {
        for (Window up = window; up != null; up = ownerOf(up)) {
            if (up.getScene() != null && homes.contains(up.getScene())) {
                return true;
            }
        }
        return false;
    }

    private static Window ownerOf(Window window) {
        if (window instanceof Stage stage) {
            return stage.getOwner();
        }
        return window instanceof PopupWindow popup ? popup.getOwnerWindow() : null;
    }

    private void apply(Scene scene) {
        if (scene == null) {
            return;
        }
        List<String> sheets = scene.getStylesheets();
        if (!sheets.contains(PALETTE)) {
            sheets.add(0, PALETTE);
        }
        String size = sizeSheet();
        sheets.removeIf(sheet -> sheet.startsWith(SIZE_SHEET_PREFIX) && !sheet.equals(size));
        if (size != null && !sheets.contains(size)) {
            sheets.add(sheets.indexOf(PALETTE) + 1, size);
        }
        // Each change to these lists restyles the whole window: only what differs is changed (removing
        // what is not there changes nothing).
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

    /**
     * The stylesheet that sets the text size: the root (everything inherits it) and what Primer sizes apart.
     * None at Primer's own size, the usual case: a sheet made in code is parsed at start-up, which costs
     * the CSS parser that the binary stylesheets (.bss) otherwise spare.
     */
    String sizeSheet() {
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
}
