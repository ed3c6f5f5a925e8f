package nl.toezeggingen.ui.timeline;

import java.time.LocalDate;
import nl.toezeggingen.report.timeline.TimeAxis;
import nl.toezeggingen.report.timeline.TimelineLayout;

/**
 * The spans the zoom buttons show (a month, a quarter, a year, or everything) and the view the timeline opens
 * on. Plain Java: an axis in, an axis out.
 */
public enum TimelineZoom {
    MONTH(45), QUARTER(120), YEAR(400), ALL(0);

    /** One step of the zoom keys, the wheel and the + and - buttons. */
    public static final double STEP = 1.25;

    private final int days;

    TimelineZoom(int days) {
        this.days = days;
    }

    /**
     * This span around {@code centre} on a chart {@code chart} pixels wide starting at pixel {@code left};
     * ALL shows from two weeks before the first item to six weeks after the last.
     */
    TimeAxis around(TimelineLayout layout, LocalDate centre, double left, double chart) {
        if (this == ALL) {
            return TimeAxis.showing(layout.firstDate().minusDays(14), layout.lastDate().plusDays(45), left, chart);
        }
        return new TimeAxis(0, chart / days, left).centredOn(centre, chart);
    }

    /** The view the timeline opens on: a year (or the scale the user left it at, when above zero) around today. */
    static TimeAxis opening(TimelineLayout layout, double left, double chart, double rememberedPxPerDay) {
        double scale = rememberedPxPerDay > 0 ? rememberedPxPerDay : chart / YEAR.days;
        return new TimeAxis(0, scale, left).centredOn(layout.data().today(), chart);
    }
}
