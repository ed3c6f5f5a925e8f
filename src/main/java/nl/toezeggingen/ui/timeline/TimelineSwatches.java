package nl.toezeggingen.ui.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import nl.toezeggingen.render.TimelinePalette;

/**
 * How the stylesheet reaches a canvas: hidden labels whose text fill is a looked-up colour (one per name of
 * {@link TimelinePalette}), and one whose font is the window's text size. A dark theme or a larger text size
 * thus restyles the chart without code.
 */
final class TimelineSwatches {
    private final Map<String, Label> swatches = new LinkedHashMap<>();
    private final Label fontProbe = new Label();

    TimelineSwatches() {
        for (String name : TimelinePalette.NAMES) {
            swatches.put(name, hidden(new Label(), "tl-" + name));
        }
        hidden(fontProbe, "tl-font");
    }

    private static Label hidden(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        label.setManaged(false);
        label.setOpacity(0);
        return label;
    }

    /** The labels, to add to the control's children so that its stylesheet styles them. */
    List<Node> nodes() {
        List<Node> nodes = new ArrayList<>(swatches.values());
        nodes.add(fontProbe);
        return nodes;
    }

    double fontSize() {
        return fontProbe.getFont().getSize();
    }

    /** Tells {@code changed} the new size whenever the stylesheet gives the chart another font. */
    void onFontSize(DoubleConsumer changed) {
        fontProbe.fontProperty().addListener((o, was, now) -> changed.accept(now.getSize()));
    }

    /** The colours the stylesheet gives now, over the light palette for any it leaves out. */
    TimelinePalette palette() {
        Map<String, Color> colours = new HashMap<>();
        swatches.forEach((name, swatch) -> {
            swatch.applyCss();
            Paint fill = swatch.getTextFill();
            if (fill instanceof Color colour) {
                colours.put(name, colour);
            }
        });
        return TimelinePalette.over(colours);
    }
}
