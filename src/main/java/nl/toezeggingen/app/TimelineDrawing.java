package nl.toezeggingen.app;

import java.awt.image.BufferedImage;
import nl.toezeggingen.report.timeline.TimelineData;

/**
 * Draws the timeline as a picture. The faces hand one in from {@code nl.toezeggingen.render}, the one package
 * besides ui that uses JavaFX: app draws nothing itself, so it needs no toolkit (DESIGN.md).
 */
@FunctionalInterface
public interface TimelineDrawing {
    /** All of {@code data}, {@code width} pixels wide, as high as its lanes need. */
    BufferedImage draw(TimelineData data, int width);
}
