package nl.toezeggingen.ui.timeline;

import java.time.LocalDate;
import java.util.OptionalLong;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.report.timeline.TimeAxis;
import nl.toezeggingen.report.timeline.TimelineLayout;
import nl.toezeggingen.report.timeline.TimelineLayout.Item;

/**
 * The spans the zoom buttons show (a month, a quarter, a year, or everything) and the view the timeline opens
 * on. Plain Java: an axis in, an axis out.
 */
public enum TimelineZoom {
    MONTH(45), QUARTER(120), YEAR(400), ALL(0);

    /** One step of the zoom keys, the wheel and the + and - buttons. */
    public static final double STEP = 1.25;
    /** Room before the earliest overdue item in the opening view, so its mark is not on the edge. */
    static final double OVERDUE_MARGIN_DAYS = 14;
    /** The share of the opening view kept for what comes after today. */
    static final double AHEAD_SHARE = 0.25;

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

    /**
     * The view the timeline opens on: today and every overdue item in sight. Today sits in the middle of a year
     * (or of {@code rememberedPxPerDay}, the scale the user left it at, when above zero) when that already shows
     * the earliest overdue item; otherwise the view starts just before that item, zoomed out as far as needed to
     * keep a quarter of it for what lies ahead.
     */
    static TimeAxis opening(TimelineLayout layout, double left, double chart, double rememberedPxPerDay) {
        LocalDate today = layout.data().today();
        double scale = rememberedPxPerDay > 0 ? rememberedPxPerDay : chart / YEAR.days;
        TimeAxis centred = new TimeAxis(0, scale, left).centredOn(today, chart);
        OptionalLong overdue = layout.inTimeOrder().stream()
                .filter(item -> item.tracked().urgency() == Urgency.OVERDUE).mapToLong(Item::endDay).min();
        if (overdue.isEmpty() || overdue.getAsLong() - OVERDUE_MARGIN_DAYS >= centred.startDay()) {
            return centred;
        }
        double from = overdue.getAsLong() - OVERDUE_MARGIN_DAYS;
        double afterToday = today.toEpochDay() + 1;
        double days = Math.max(chart / scale, (afterToday - from) / (1 - AHEAD_SHARE));
        TimeAxis axis = new TimeAxis(from, chart / days, left);
        if (axis.x(afterToday) > left + chart) {
            // Too far back even for the widest scale: today comes first.
            axis = new TimeAxis(afterToday - chart * (1 - AHEAD_SHARE) / axis.pxPerDay(), axis.pxPerDay(), left);
        }
        return axis;
    }
}
