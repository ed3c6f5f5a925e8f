package nl.toezeggingen.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import nl.toezeggingen.domain.Urgency;

/**
 * The chart's colours by name. The window reads them from its stylesheet (looked-up colours, so a dark theme
 * restyles the chart); a picture made without a window uses {@link #LIGHT}, the light theme's values.
 */
public final class TimelinePalette {
    public static final TimelinePalette LIGHT = new TimelinePalette(light());

    /**
     * The names, as CSS style classes use them (tl-background, tl-overdue, ...): {@link #LIGHT}'s, so each is
     * written once.
     */
    public static final List<String> NAMES = List.copyOf(LIGHT.colours.keySet());

    private final Map<String, Color> colours;

    public TimelinePalette(Map<String, Color> colours) {
        this.colours = new LinkedHashMap<>(colours);
    }

    private static Map<String, Color> light() {
        Map<String, Color> light = new LinkedHashMap<>();
        light.put("background", Color.web("#ffffff"));
        light.put("header", Color.web("#f3f2f1"));
        light.put("lane-alt", Color.web("#faf9f8"));
        light.put("grid", Color.web("#d6d4d2"));
        light.put("text", Color.web("#201f1e"));
        light.put("muted", Color.web("#5f5e5c"));
        light.put("recess", Color.web("#ecebe9"));
        light.put("today", Color.web("#0f6cbd"));
        light.put("event", Color.web("#b09ed8"));
        light.put("event-text", Color.web("#6b47a8"));
        light.put("selection", Color.web("#0f6cbd"));
        light.put("arrow", Color.web("#605e5c"));
        light.put("conflict", Color.web("#a4262c"));
        light.put("overdue", Color.web("#a4262c"));
        light.put("overdue-bg", Color.web("#fde7e9"));
        light.put("due-soon", Color.web("#7a4b00"));
        light.put("due-soon-bg", Color.web("#fff1c2"));
        light.put("on-track", Color.web("#0e6b0e"));
        light.put("on-track-bg", Color.web("#dff6dd"));
        light.put("no-deadline", Color.web("#3b3a39"));
        light.put("no-deadline-bg", Color.web("#e8e6e4"));
        light.put("closed", Color.web("#5f5e5c"));
        light.put("closed-bg", Color.web("#f0efee"));
        return light;
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
