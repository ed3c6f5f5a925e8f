package nl.toezeggingen.ui.timeline;

import nl.toezeggingen.report.timeline.TimeAxis;
import nl.toezeggingen.report.timeline.TimelineLayout;

/** A scroll bar's range and thumb, in days (horizontal) or chart pixels (vertical). Plain Java. */
public record ScrollRange(double min, double max, double visible, double value, double unit, double block,
                          boolean disabled) {
    /** How far the horizontal bar reaches beyond the first and last item. */
    static final double MARGIN_DAYS = 60;

    /** Through time: from sixty days before the first item to sixty after the last, or wider to hold the view. */
    static ScrollRange horizontal(TimelineLayout layout, TimeAxis axis, double chartWidth) {
        double visibleDays = chartWidth / axis.pxPerDay();
        double min = Math.min(layout.firstDate().toEpochDay() - MARGIN_DAYS, axis.startDay());
        double max = Math.max(layout.lastDate().toEpochDay() + MARGIN_DAYS, axis.startDay() + visibleDays);
        double top = Math.max(min, max - visibleDays);
        return new ScrollRange(min, top, visibleDays * (top - min) / Math.max(1, max - min), axis.startDay(),
                Math.max(1, visibleDays / 20), Math.max(1, visibleDays * 0.8), false);
    }

    /** Down the lanes; disabled when they all fit. The block increment is the scroll bar's own default, as before. */
    static ScrollRange vertical(TimelineLayout layout, double scrollY, double chartHeight) {
        double room = Math.max(0, layout.height() - chartHeight);
        return new ScrollRange(0, room, room == 0 ? 1 : room * chartHeight / layout.height(), scrollY,
                layout.rowHeight(), 10, room == 0);
    }
}
