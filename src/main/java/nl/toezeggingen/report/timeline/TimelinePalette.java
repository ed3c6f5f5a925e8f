package nl.toezeggingen.report.timeline;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.paint.Color;
import nl.toezeggingen.domain.Urgency;

/**
 * The chart's colours by name. The window reads them from its stylesheet (looked-up colours, so a dark theme
 * restyles the chart); a picture made without a window uses {@link #LIGHT}, the light theme's values.
 */
public final class TimelinePalette {
    /** The names, as CSS style classes use them: tl-background, tl-overdue, ... */
    public static final String[] NAMES = {
        "background", "header", "lane-alt", "grid", "text", "muted", "recess", "today", "selection", "arrow",
        "conflict", "overdue", "overdue-bg", "due-soon", "due-soon-bg", "on-track", "on-track-bg",
        "no-deadline", "no-deadline-bg", "closed", "closed-bg"
    };

    public static final TimelinePalette LIGHT = new TimelinePalette(Map.ofEntries(
            Map.entry("background", Color.web("#ffffff")),
            Map.entry("header", Color.web("#f3f2f1")),
            Map.entry("lane-alt", Color.web("#faf9f8")),
            Map.entry("grid", Color.web("#d6d4d2")),
            Map.entry("text", Color.web("#201f1e")),
            Map.entry("muted", Color.web("#5f5e5c")),
            Map.entry("recess", Color.web("#ecebe9")),
            Map.entry("today", Color.web("#0f6cbd")),
            Map.entry("selection", Color.web("#0f6cbd")),
            Map.entry("arrow", Color.web("#605e5c")),
            Map.entry("conflict", Color.web("#a4262c")),
            Map.entry("overdue", Color.web("#a4262c")),
            Map.entry("overdue-bg", Color.web("#fde7e9")),
            Map.entry("due-soon", Color.web("#7a4b00")),
            Map.entry("due-soon-bg", Color.web("#fff1c2")),
            Map.entry("on-track", Color.web("#0e6b0e")),
            Map.entry("on-track-bg", Color.web("#dff6dd")),
            Map.entry("no-deadline", Color.web("#3b3a39")),
            Map.entry("no-deadline-bg", Color.web("#e8e6e4")),
            Map.entry("closed", Color.web("#5f5e5c")),
            Map.entry("closed-bg", Color.web("#f0efee"))));

    private final Map<String, Color> colours;

    public TimelinePalette(Map<String, Color> colours) {
        this.colours = new LinkedHashMap<>(colours);
    }

    /** A palette with these colours over {@link #LIGHT}'s: a stylesheet that names only some still works. */
    public static TimelinePalette over(Map<String, Color> some) {
        Map<String, Color> all = new LinkedHashMap<>(LIGHT.colours);
        all.putAll(some);
        return new TimelinePalette(all);
    }

    public Color get(String name) {
        return colours.getOrDefault(name, Color.MAGENTA);
    }

    public Color ink(Urgency urgency) {
        return get(cssName(urgency));
    }

    public Color fill(Urgency urgency) {
        return get(cssName(urgency) + "-bg");
    }

    private static String cssName(Urgency urgency) {
        return urgency.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
