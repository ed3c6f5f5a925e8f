package nl.toezeggingen.report.timeline;

/**
 * The sizes of the chart, all derived from one font size: row height, lane header width, axis height and the
 * room a title gets grow with the text, so a user with large text gets a chart that fits it. At
 * {@link #DEFAULT_FONT_SIZE} (12 px, what a picture from the command line uses) the sizes are exactly the ones
 * the chart always had: rows 26, lane headers 240, axis 44 pixels.
 */
public record TimelineMetrics(double fontSize) {
    public static final double DEFAULT_FONT_SIZE = 12;
    public static final TimelineMetrics DEFAULT = new TimelineMetrics(DEFAULT_FONT_SIZE);
    /** Below this the chart is unreadable, above it one row would fill a screen. */
    public static final double MIN_FONT_SIZE = 6;
    public static final double MAX_FONT_SIZE = 72;

    public TimelineMetrics {
        if (Double.isNaN(fontSize)) {
            fontSize = DEFAULT_FONT_SIZE;
        }
        fontSize = Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, fontSize));
    }

    /** How much larger than the 12 px the sizes below were drawn for. */
    public double scale() {
        return fontSize / DEFAULT_FONT_SIZE;
    }

    /** A size drawn for 12 px, at this font size, in whole pixels so that lines stay sharp. */
    public double px(double atDefault) {
        return Math.round(atDefault * scale());
    }

    /** Width of the lane names on the left. */
    public double headerWidth() {
        return px(240);
    }

    /** Height of the axis with its years, months and recesses. */
    public double axisHeight() {
        return px(44);
    }

    /** One row of items in a lane. */
    public double rowHeight() {
        return px(26);
    }

    /** A dossier's heading across the chart. */
    public double dossierHeight() {
        return px(24);
    }

    /** One line of text in a lane header (its name, the commitments without a deadline). */
    public double headerLine() {
        return px(16);
    }

    /** The key under a picture ({@link nl.toezeggingen.render.TimelinePainter#paintLegend}): a picture has no tooltips. */
    public double legendHeight() {
        return px(28);
    }

    /** Half the height of a bar (and of a diamond). */
    public double barHalf() {
        return px(7);
    }

    /** The smaller text of the axis, the corner and the undated list. */
    public double smallFontSize() {
        return fontSize * 11 / 12;
    }

    /** An average letter's width, to shorten titles without measuring each one. */
    public double charWidth() {
        return fontSize * 0.55;
    }
}
