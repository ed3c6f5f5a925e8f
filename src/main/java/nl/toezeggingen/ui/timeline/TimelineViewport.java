package nl.toezeggingen.ui.timeline;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.toezeggingen.report.timeline.TimeAxis;
import nl.toezeggingen.report.timeline.TimelineData;
import nl.toezeggingen.report.timeline.TimelineLayout;
import nl.toezeggingen.report.timeline.TimelineLayout.Group;
import nl.toezeggingen.report.timeline.TimelineLayout.Item;
import nl.toezeggingen.report.timeline.TimelineMetrics;

/**
 * What the timeline shows and where: the laid-out data, the axis (scale and first day), the vertical scroll, the
 * canvas size, the selection and the folded dossiers, with every move the user can make on them. Plain Java, no
 * JavaFX: {@link TimelineView} forwards its input here and paints what this says, so all of it is tested
 * without a stage.
 */
public final class TimelineViewport {
    private TimelineMetrics metrics;
    private final Set<String> collapsed = new HashSet<>();
    private TimelineData data;
    private TimelineLayout layout;
    // A placeholder until the data and a size are known; then the opening view replaces it.
    private TimeAxis axis;
    private double scrollY;
    private double width;
    private double height;
    private Long selected;
    private boolean opened;
    // The scale the user left it at (remembered across starts); the opening view starts from it.
    private double rememberedPxPerDay;
    private final DragGesture drag = new DragGesture();

    public TimelineViewport(TimelineMetrics metrics) {
        this.metrics = metrics;
        this.axis = new TimeAxis(0, 1, metrics.headerWidth());
    }

    /** New data, laid out here once, never while painting; the first time with a size, the opening view. */
    public void setData(TimelineData data) {
        this.data = data;
        relayout();
        openWhenReady();
        // The table may have chosen a row before the data got here.
        reveal(selected);
        clampScroll();
    }

    /** The canvas got a size (the whole canvas, lane headers and axis included). */
    public void resize(double width, double height) {
        this.width = width;
        this.height = height;
        openWhenReady();
        clampScroll();
    }

    /**
     * The text got larger or smaller: lay the chart out again at that size, keeping the day in the middle and the
     * scale, and the selected item in view. False when the sizes did not change.
     */
    public boolean fontSize(double size) {
        TimelineMetrics now = new TimelineMetrics(size);
        if (now.equals(metrics)) {
            return false;
        }
        double middle = axis.day(headerWidth() + chartWidth() / 2);
        metrics = now;
        double chart = chartWidth();
        axis = new TimeAxis(middle - (chart > 0 ? chart / 2 / axis.pxPerDay() : 0), axis.pxPerDay(), headerWidth());
        relayout();
        reveal(selected);
        clampScroll();
        return true;
    }

    /** Starts at this scale instead of a year's span (unless that cannot show today and what is overdue). */
    public void rememberScale(double pxPerDay) {
        rememberedPxPerDay = Math.max(TimeAxis.MIN_PX_PER_DAY, Math.min(TimeAxis.MAX_PX_PER_DAY, pxPerDay));
        if (opened) {
            open();
        }
    }

    private void openWhenReady() {
        if (!opened && layout != null && chartWidth() > 0) {
            open();
        }
    }

    private void open() {
        opened = true;
        axis = TimelineZoom.opening(layout, headerWidth(), chartWidth(), rememberedPxPerDay);
    }

    /** Shows the span of {@code zoom} around the selection (or what is in the middle now); ALL shows everything. */
    public void zoom(TimelineZoom zoom) {
        double chart = chartWidth();
        if (layout == null || chart <= 0) {
            return;
        }
        Item item = selectedItem();
        LocalDate centre = item != null ? LocalDate.ofEpochDay(item.endDay()) : axis.date(headerWidth() + chart / 2);
        axis = zoom.around(layout, centre, headerWidth(), chart);
    }

    /** Zooms by {@code factor} around the middle of the chart. */
    public void zoomBy(double factor) {
        zoomAt(factor, headerWidth() + chartWidth() / 2);
    }

    /** Zooms by {@code factor} keeping the day under canvas {@code x} in place (the wheel with Ctrl). */
    public void zoomAt(double factor, double x) {
        axis = axis.zoom(factor, Math.max(headerWidth(), x));
    }

    public void showToday() {
        if (data != null) {
            axis = axis.centredOn(data.today(), chartWidth());
        }
    }

    /** Moves the chart with the pointer: {@code dx} pixels in time, {@code dy} pixels down the lanes. */
    public void moveBy(double dx, double dy) {
        axis = axis.panBy(dx);
        scrollY -= dy;
        clampScroll();
    }

    /** A wheel turn: with Ctrl it zooms at the pointer, sideways (or with Shift) it pans, else it scrolls the lanes. */
    public void wheel(double deltaX, double deltaY, double x, boolean zoomKey, boolean shift) {
        if (zoomKey) {
            if (deltaY != 0) {
                zoomAt(deltaY > 0 ? TimelineZoom.STEP : 1 / TimelineZoom.STEP, x);
            }
        } else if (shift || deltaX != 0) {
            moveBy(deltaX != 0 ? deltaX : deltaY, 0);
        } else {
            moveBy(0, deltaY);
        }
    }

    public void press(double x, double y) {
        drag.press(x, y);
    }

    /** The pointer moved with the button down: pans once it has gone further than a click's wobble. */
    public boolean dragTo(double x, double y) {
        double[] move = layout == null ? null : drag.moveTo(x, y);
        if (move == null) {
            return false;
        }
        moveBy(move[0], move[1]);
        return true;
    }

    /** Whether the last press became a drag (then its release is no click). */
    public boolean dragged() {
        return drag.dragging();
    }

    /** The horizontal scroll bar moved to {@code startDay}. */
    public void scrollTo(double startDay) {
        axis = new TimeAxis(startDay, axis.pxPerDay(), headerWidth());
    }

    /** The vertical scroll bar moved to {@code y}. */
    public void scrollYTo(double y) {
        scrollY = y;
        clampScroll();
    }

    /** Folds or unfolds the dossier whose heading is at canvas height {@code y}; false when there is none. */
    public boolean toggleGroupAt(double y) {
        Group group = layout == null ? null : hits().groupAt(y);
        if (group == null) {
            return false;
        }
        String key = Objects.toString(group.dossier(), "");
        if (!collapsed.remove(key)) {
            collapsed.add(key);
        }
        relayout();
        clampScroll();
        return true;
    }

    /** Selects {@code id} and brings it into view; false when it was selected already. */
    public boolean select(Long id) {
        if (Objects.equals(selected, id)) {
            return false;
        }
        selected = id;
        reveal(id);
        clampScroll();
        return true;
    }

    /** The next (or previous) item in time order; from nothing selected, the first item from today on. */
    public Item step(int direction) {
        List<Item> order = layout == null ? List.of() : layout.inTimeOrder();
        if (order.isEmpty()) {
            return null;
        }
        Item current = selectedItem();
        int at = current == null ? -1 : order.indexOf(current);
        int next;
        if (at < 0) {
            long today = data.today().toEpochDay();
            next = 0;
            while (next < order.size() - 1 && order.get(next).endDay() < today) {
                next++;
            }
        } else {
            next = Math.max(0, Math.min(order.size() - 1, at + direction));
        }
        return order.get(next);
    }

    /** Brings an item into view when it is off screen, keeping the zoom. */
    private void reveal(Long id) {
        Item item = id == null || layout == null ? null : layout.item(id);
        if (item == null || chartWidth() <= 0) {
            return;
        }
        double x1 = axis.x(item.startDay());
        double x2 = axis.x(item.endDay() + 1);
        if (x2 < headerWidth() + 20 || x1 > width - 40) {
            axis = axis.centredOn(LocalDate.ofEpochDay(item.endDay()), chartWidth());
        }
        if (item.y() < scrollY || item.y() + metrics.rowHeight() > scrollY + chartHeight()) {
            scrollY = item.y() - chartHeight() / 3;
        }
    }

    private void relayout() {
        layout = data == null ? null : new TimelineLayout(data, collapsed, metrics);
    }

    private void clampScroll() {
        double room = layout == null ? 0 : Math.max(0, layout.height() - chartHeight());
        scrollY = Math.max(0, Math.min(scrollY, room));
    }

    /** Hit testing for this frame; only with data. */
    private TimelineHits hits() {
        return new TimelineHits(layout, axis, scrollY);
    }

    /** What a tooltip should describe at a canvas point, or null. */
    public Object under(double x, double y) {
        return layout == null ? null : hits().under(x, y);
    }

    public Item itemAt(double x, double y) {
        return layout == null ? null : hits().itemAt(x, y);
    }

    public ScrollRange horizontal() {
        return ScrollRange.horizontal(layout, axis, chartWidth());
    }

    public ScrollRange vertical() {
        return ScrollRange.vertical(layout, scrollY, chartHeight());
    }

    public TimelineLayout layout() {
        return layout;
    }

    public TimelineMetrics metrics() {
        return metrics;
    }

    public TimeAxis axis() {
        return axis;
    }

    public double scrollY() {
        return scrollY;
    }

    public Long selected() {
        return selected;
    }

    public Item selectedItem() {
        return layout == null || selected == null ? null : layout.item(selected);
    }

    public double headerWidth() {
        return metrics.headerWidth();
    }

    public double chartWidth() {
        return width - headerWidth();
    }

    public double chartHeight() {
        return height - metrics.axisHeight();
    }
}
