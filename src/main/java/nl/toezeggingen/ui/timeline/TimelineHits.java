package nl.toezeggingen.ui.timeline;

import java.time.LocalDate;
import java.util.List;
import nl.toezeggingen.domain.deadline.Recess;
import nl.toezeggingen.report.timeline.EventMarks;
import nl.toezeggingen.report.timeline.TimeAxis;
import nl.toezeggingen.report.timeline.TimelineLayout;
import nl.toezeggingen.report.timeline.TimelineLayout.Group;
import nl.toezeggingen.report.timeline.TimelineLayout.Item;
import nl.toezeggingen.report.timeline.TimelineLayout.Lane;
import nl.toezeggingen.report.timeline.TimelineMetrics;

/**
 * What is under a point of the canvas, for one frame: the layout seen through an axis and a vertical scroll.
 * Canvas coordinates: the lane headers take the left {@code headerWidth}, the axis the top {@code axisHeight}.
 * Plain Java (no JavaFX), so clicks and tooltips are tested without a stage.
 */
public record TimelineHits(TimelineLayout layout, TimeAxis axis, double scrollY) {
    /** How far around its mark an item still counts as hit, and where its title ends at the latest. */
    private static final double SLOP = 10;
    private static final double TITLE_ROOM = 220;
    /** How far from a mark's one-pixel line the pointer still finds it. */
    private static final double LINE_SLOP = 4;

    private TimelineMetrics metrics() {
        return layout.metrics();
    }

    /** The chart height (from the top of the first lane) at canvas height {@code y}. */
    private double chartY(double y) {
        return y - metrics().axisHeight() + scrollY;
    }

    /** The item under a point: its shape, or its title as far as that runs (up to the next item in its row). */
    public Item itemAt(double x, double y) {
        if (x < metrics().headerWidth() || y < metrics().axisHeight()) {
            return null;
        }
        double chartY = chartY(y);
        for (TimelineLayout.Row row : layout.rowsBetween(chartY, chartY)) {
            if (chartY < row.y() || chartY > row.y() + metrics().rowHeight()) {
                continue;
            }
            Item found = inRow(row, x);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The last item in {@code row} whose reach covers {@code x}: later items start further right. */
    private Item inRow(TimelineLayout.Row row, double x) {
        Item[] items = row.items();
        Item found = null;
        // No title runs further than ten years' worth of days, whatever the zoom.
        for (int i = TimelineLayout.firstVisible(row, axis.day(x) - 3650); i < items.length; i++) {
            Item item = items[i];
            double left = axis.x(item.window() ? item.startDay() : item.endDay() + 0.5) - SLOP;
            if (left > x) {
                break;
            }
            double right = Math.min(axis.x(item.endDay() + 1) + metrics().px(TITLE_ROOM),
                    item.nextStartDay() == Long.MAX_VALUE ? Double.MAX_VALUE : axis.x(item.nextStartDay()) - SLOP);
            if (x <= Math.max(right, axis.x(item.endDay() + 0.5) + SLOP)) {
                found = item;
            }
        }
        return found;
    }

    /** The dossier heading at canvas height {@code y}: a click in the header folds or unfolds it. */
    public Group groupAt(double y) {
        double chartY = chartY(y);
        for (Group group : layout.groups()) {
            if (chartY >= group.y() && chartY < group.y() + metrics().dossierHeight()) {
                return group;
            }
        }
        return null;
    }

    public Lane laneAt(double y) {
        double chartY = chartY(y);
        return layout.lanes().stream().filter(l -> chartY >= l.y() && chartY < l.y() + l.height())
                .findFirst().orElse(null);
    }

    /**
     * The agenda's mark at a point: near its line (anywhere from the axis down), or in the axis's top band over
     * where its name runs (also when the name was left out for want of room: the tooltip then gives it).
     */
    public EventMarks.Mark markAt(double x, double y) {
        if (x < metrics().headerWidth()) {
            return null;
        }
        List<EventMarks.Mark> marks = layout.marks();
        EventMarks.Mark nearest = null;
        double best = LINE_SLOP;
        for (EventMarks.Mark mark : marks) {
            double distance = Math.abs(EventMarks.x(mark, axis) - x);
            if (distance <= best) {
                best = distance;
                nearest = mark;
            }
        }
        if (nearest != null || y >= metrics().axisHeight() / 2) {
            return nearest;
        }
        for (int i = marks.size() - 1; i >= 0; i--) {
            double markX = EventMarks.x(marks.get(i), axis);
            if (markX <= x) {
                double nameEnd = markX + EventMarks.labelOffset(metrics())
                        + marks.get(i).name().length() * EventMarks.letterWidth(metrics());
                double next = i + 1 < marks.size() ? EventMarks.x(marks.get(i + 1), axis) : Double.MAX_VALUE;
                return x <= Math.min(nameEnd, next) ? marks.get(i) : null;
            }
        }
        return null;
    }

    public Recess recessAt(double x) {
        LocalDate day = axis.date(x);
        return layout.recesses().stream().filter(r -> !day.isBefore(r.first()) && !day.isAfter(r.last()))
                .findFirst().orElse(null);
    }

    /**
     * What a tooltip describes at a point: an item, else in the chart one of the agenda's marks, else a recess,
     * else in the header a lane.
     */
    public Object under(double x, double y) {
        Item item = itemAt(x, y);
        if (item != null) {
            return item;
        }
        if (x < metrics().headerWidth()) {
            return laneAt(y);
        }
        EventMarks.Mark mark = markAt(x, y);
        return mark != null ? mark : recessAt(x);
    }
}
