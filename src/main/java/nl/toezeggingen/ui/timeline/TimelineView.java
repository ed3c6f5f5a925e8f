package nl.toezeggingen.ui.timeline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import nl.toezeggingen.report.timeline.TimeAxis;
import nl.toezeggingen.report.timeline.TimelineData;
import nl.toezeggingen.report.timeline.TimelineLayout;
import nl.toezeggingen.report.timeline.TimelineLayout.Group;
import nl.toezeggingen.report.timeline.TimelineLayout.Item;
import nl.toezeggingen.report.timeline.TimelineMetrics;
import nl.toezeggingen.report.timeline.TimelinePainter;
import nl.toezeggingen.report.timeline.TimelinePalette;

/**
 * The timeline control: a canvas that paints only what is in view, scroll bars, drag to pan, Ctrl+wheel to
 * zoom, arrow keys through the items in time order. Colours come from the stylesheet through swatches (hidden
 * labels whose text fill is a looked-up colour), so a dark theme restyles the chart without code. The text
 * size comes the same way: a hidden label takes the window's font (the user's text size, see ui.Theme), and
 * when that changes the chart is laid out again with rows, lane headers and axis to match.
 */
public final class TimelineView extends Region {
    private static final double ZOOM_STEP = 1.25;
    private static final double MARGIN_DAYS = 60;

    private final Canvas canvas = new Canvas();
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final Map<String, Label> swatches = new HashMap<>();
    private final Label fontProbe = new Label();
    private TimelineMetrics metrics = new TimelineMetrics(fontProbe.getFont().getSize());
    private final Set<String> collapsed = new HashSet<>();
    private final Tooltip tooltip = new Tooltip();
    private TimelinePainter.Labels labels = (key, args) -> key;
    private java.util.Locale locale = java.util.Locale.getDefault();
    private Function<Object, String> describe = o -> "";
    private TimelinePainter painter;
    private TimelineData data;
    private TimelineLayout layout;
    private TimeAxis axis = new TimeAxis(LocalDate.now().minusMonths(6).toEpochDay(), 1, metrics.headerWidth());
    private double scrollY;
    private Long selected;
    private Consumer<Long> onSelect = id -> { };
    private Consumer<Long> onOpen = id -> { };
    private boolean syncingBars;
    private double pressX;
    private double pressY;
    private boolean dragged;
    private Object hovered;
    // Until the first zoom the axis is a placeholder: centre on today rather than on it.
    private boolean fresh = true;
    // The scale the user left it at (remembered across starts); applied when the first data arrives.
    private double rememberedPxPerDay;

    public TimelineView() {
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        setAccessibleRole(javafx.scene.AccessibleRole.LIST_VIEW);
        hbar.setOrientation(Orientation.HORIZONTAL);
        vbar.setOrientation(Orientation.VERTICAL);
        canvas.getStyleClass().add("timeline-canvas");
        getChildren().addAll(canvas, hbar, vbar);
        for (String name : TimelinePalette.NAMES) {
            Label swatch = new Label();
            swatch.getStyleClass().add("tl-" + name);
            swatch.setManaged(false);
            swatch.setOpacity(0);
            swatches.put(name, swatch);
            getChildren().add(swatch);
        }
        fontProbe.getStyleClass().add("tl-font");
        fontProbe.setManaged(false);
        fontProbe.setOpacity(0);
        fontProbe.fontProperty().addListener((o, was, now) -> fontSize(now.getSize()));
        getChildren().add(fontProbe);
        hbar.valueProperty().addListener((o, was, now) -> {
            if (!syncingBars) {
                axis = new TimeAxis(now.doubleValue(), axis.pxPerDay(), headerWidth());
                paint();
            }
        });
        vbar.valueProperty().addListener((o, was, now) -> {
            if (!syncingBars) {
                scrollY = now.doubleValue();
                paint();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideTooltip());
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** The words, the language of month names, and how an item or recess is described in its tooltip. */
    public void setText(TimelinePainter.Labels labels, java.util.Locale locale, Function<Object, String> describe) {
        this.labels = labels;
        this.locale = locale;
        this.describe = describe;
        painter = null;
    }

    public void setOnSelect(Consumer<Long> onSelect) {
        this.onSelect = onSelect;
    }

    public void setOnOpen(Consumer<Long> onOpen) {
        this.onOpen = onOpen;
    }

    /** New data: the layout is computed here once, never while painting. The first time, today is centred. */
    public void setData(TimelineData data) {
        boolean first = this.data == null;
        this.data = data;
        relayout();
        if (first) {
            zoom(Zoom.YEAR);
            if (rememberedPxPerDay > 0 && chartWidth() > 0) {
                axis = new TimeAxis(0, rememberedPxPerDay, headerWidth()).centredOn(data.today(), chartWidth());
            }
        }
        // The table may have chosen a row before the data got here.
        reveal(selected);
        announce();
        paint();
    }

    public TimelineLayout layoutModel() {
        return layout;
    }

    /** The sizes the chart is drawn at now, from the font its stylesheet gives it. */
    public TimelineMetrics metrics() {
        return metrics;
    }

    /**
     * The text got larger or smaller: lay the chart out again at that size, keeping the day in the middle
     * and the scale, and the selected item in view.
     */
    private void fontSize(double size) {
        TimelineMetrics now = new TimelineMetrics(size);
        if (now.equals(metrics)) {
            return;
        }
        double middle = axis.day(headerWidth() + chartWidth() / 2);
        metrics = now;
        double width = chartWidth();
        axis = new TimeAxis(middle - (width > 0 ? width / 2 / axis.pxPerDay() : 0), axis.pxPerDay(), headerWidth());
        relayout();
        reveal(selected);
        requestLayout();
        paint();
    }

    private double headerWidth() {
        return metrics.headerWidth();
    }

    private double axisHeight() {
        return metrics.axisHeight();
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

    /** Selects without telling anyone: the table calls this when its own selection changed. */
    public void select(Long id) {
        if (Objects.equals(selected, id)) {
            return;
        }
        selected = id;
        reveal(id);
        paint();
        announce();
    }

    /**
     * A canvas has no items a screen reader can see: the view speaks for the selected one (title, deadline,
     * urgency, as its tooltip says), so moving through the timeline with the arrow keys is heard.
     */
    private void announce() {
        Item item = layout == null || selected == null ? null : layout.item(selected);
        setAccessibleText(item == null ? null : describe.apply(item).replace('\n', ' '));
    }

    public enum Zoom {
        MONTH(45), QUARTER(120), YEAR(400), ALL(0);

        final int days;

        Zoom(int days) {
            this.days = days;
        }
    }

    /** Shows the span of {@code zoom} around the selection (or what is in the middle now); ALL shows everything. */
    public void zoom(Zoom zoom) {
        double width = chartWidth();
        if (layout == null || width <= 0) {
            return;
        }
        if (zoom == Zoom.ALL) {
            axis = TimeAxis.showing(layout.firstDate().minusDays(14), layout.lastDate().plusDays(45), headerWidth(), width);
        } else {
            Item item = selected == null ? null : layout.item(selected);
            LocalDate centre = item != null ? LocalDate.ofEpochDay(item.endDay())
                    : fresh ? data.today() : axis.date(headerWidth() + width / 2);
            axis = new TimeAxis(0, width / zoom.days, headerWidth()).centredOn(centre, width);
        }
        fresh = false;
        paint();
    }

    /** Pixels per day now: what zoom the user chose, to remember. */
    public double pxPerDay() {
        return axis.pxPerDay();
    }

    /** Starts at this scale instead of a year's span, around today. */
    public void rememberScale(double pxPerDay) {
        rememberedPxPerDay = Math.max(TimeAxis.MIN_PX_PER_DAY, Math.min(TimeAxis.MAX_PX_PER_DAY, pxPerDay));
        if (data != null && chartWidth() > 0) {
            axis = new TimeAxis(0, rememberedPxPerDay, headerWidth()).centredOn(data.today(), chartWidth());
            paint();
        }
    }

    public void zoomBy(double factor) {
        axis = axis.zoom(factor, headerWidth() + chartWidth() / 2);
        paint();
    }

    public void showToday() {
        if (data != null) {
            axis = axis.centredOn(data.today(), chartWidth());
            paint();
        }
    }

    /** What is on screen now, as a picture: the "save as PNG" of the window. */
    public WritableImage picture() {
        return canvas.snapshot(null, null);
    }

    private void relayout() {
        layout = data == null ? null : new TimelineLayout(data, collapsed, metrics);
    }

    private double chartWidth() {
        return canvas.getWidth() - headerWidth();
    }

    private double chartHeight() {
        return canvas.getHeight() - axisHeight();
    }

    @Override
    protected void layoutChildren() {
        double barW = vbar.prefWidth(-1);
        double barH = hbar.prefHeight(-1);
        double w = Math.max(0, getWidth() - barW);
        double h = Math.max(0, getHeight() - barH);
        boolean firstSize = canvas.getWidth() == 0 && w > 0;
        canvas.setWidth(w);
        canvas.setHeight(h);
        canvas.relocate(0, 0);
        hbar.resizeRelocate(headerWidth(), h, Math.max(0, w - headerWidth()), barH);
        vbar.resizeRelocate(w, axisHeight(), barW, Math.max(0, h - axisHeight()));
        painter = null;
        if (firstSize && layout != null) {
            zoom(Zoom.YEAR);
        } else {
            paint();
        }
    }

    private TimelinePainter painter() {
        if (painter == null) {
            Map<String, Color> colours = new HashMap<>();
            swatches.forEach((name, swatch) -> {
                swatch.applyCss();
                Paint fill = swatch.getTextFill();
                if (fill instanceof Color colour) {
                    colours.put(name, colour);
                }
            });
            painter = new TimelinePainter(labels, locale, TimelinePalette.over(colours));
        }
        return painter;
    }

    /** Repaints the visible part; the layout is already known, so this costs what is on screen. */
    void paint() {
        if (layout == null || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        scrollY = Math.max(0, Math.min(scrollY, Math.max(0, layout.height() - chartHeight())));
        syncBars();
        painter().paint(canvas.getGraphicsContext2D(), layout, axis, scrollY, canvas.getWidth(), canvas.getHeight(),
                selected);
    }

    private void syncBars() {
        syncingBars = true;
        double visibleDays = chartWidth() / axis.pxPerDay();
        double min = Math.min(layout.firstDate().toEpochDay() - MARGIN_DAYS, axis.startDay());
        double max = Math.max(layout.lastDate().toEpochDay() + MARGIN_DAYS, axis.startDay() + visibleDays);
        hbar.setMin(min);
        hbar.setMax(Math.max(min, max - visibleDays));
        hbar.setVisibleAmount(visibleDays * (hbar.getMax() - min) / Math.max(1, max - min));
        hbar.setValue(axis.startDay());
        hbar.setUnitIncrement(Math.max(1, visibleDays / 20));
        hbar.setBlockIncrement(Math.max(1, visibleDays * 0.8));
        double room = Math.max(0, layout.height() - chartHeight());
        vbar.setMin(0);
        vbar.setMax(room);
        vbar.setVisibleAmount(room == 0 ? 1 : room * chartHeight() / layout.height());
        vbar.setValue(scrollY);
        vbar.setUnitIncrement(metrics.rowHeight());
        vbar.setDisable(room == 0);
        syncingBars = false;
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        dragged = false;
        hideTooltip();
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || layout == null) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragged && Math.abs(dx) + Math.abs(dy) < 4) {
            return;
        }
        dragged = true;
        axis = axis.panBy(dx);
        scrollY -= dy;
        pressX = e.getX();
        pressY = e.getY();
        paint();
    }

    private void released(MouseEvent e) {
        if (dragged || layout == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (e.getX() < headerWidth()) {
            Group group = groupAt(e.getY());
            if (group != null) {
                String key = Objects.toString(group.dossier(), "");
                if (!collapsed.remove(key)) {
                    collapsed.add(key);
                }
                relayout();
                paint();
            }
            return;
        }
        Item item = itemAt(e.getX(), e.getY());
        if (item != null) {
            choose(item);
            if (e.getClickCount() == 2) {
                onOpen.accept(item.id());
            }
        }
    }

    private void choose(Item item) {
        selected = item.id();
        reveal(selected);
        paint();
        announce();
        onSelect.accept(item.id());
    }

    private void scrolled(ScrollEvent e) {
        if (layout == null) {
            return;
        }
        if (e.isControlDown() || e.isShortcutDown()) {
            if (e.getDeltaY() != 0) {
                axis = axis.zoom(e.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP, Math.max(headerWidth(), e.getX()));
            }
        } else if (e.isShiftDown() || e.getDeltaX() != 0) {
            axis = axis.panBy(e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY());
        } else {
            scrollY -= e.getDeltaY();
        }
        paint();
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (layout == null) {
            return;
        }
        switch (e.getCode()) {
            case RIGHT, DOWN -> step(1);
            case LEFT, UP -> step(-1);
            case ENTER -> {
                if (selected != null) {
                    onOpen.accept(selected);
                }
            }
            case PLUS, ADD, EQUALS -> zoomBy(ZOOM_STEP);
            case MINUS, SUBTRACT -> zoomBy(1 / ZOOM_STEP);
            case HOME -> showToday();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** The next (or previous) item in time order; from nothing selected, the first item from today on. */
    private void step(int direction) {
        List<Item> order = layout.inTimeOrder();
        if (order.isEmpty()) {
            return;
        }
        int at = -1;
        for (int i = 0; selected != null && i < order.size(); i++) {
            if (order.get(i).id() == selected) {
                at = i;
                break;
            }
        }
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
        choose(order.get(next));
    }

    /** Brings an item into view when it is off screen, keeping the zoom. */
    private void reveal(Long id) {
        Item item = id == null || layout == null ? null : layout.item(id);
        if (item == null || chartWidth() <= 0) {
            return;
        }
        double x1 = axis.x(item.startDay());
        double x2 = axis.x(item.endDay() + 1);
        if (x2 < headerWidth() + 20 || x1 > canvas.getWidth() - 40) {
            axis = axis.centredOn(LocalDate.ofEpochDay(item.endDay()), chartWidth());
        }
        if (item.y() < scrollY || item.y() + metrics.rowHeight() > scrollY + chartHeight()) {
            scrollY = item.y() - chartHeight() / 3;
        }
    }

    /** The item under a point of the canvas: its shape, or its title as far as that runs. */
    public Item itemAt(double x, double y) {
        if (layout == null || x < headerWidth() || y < axisHeight()) {
            return null;
        }
        double chartY = y - axisHeight() + scrollY;
        for (TimelineLayout.Row row : layout.rowsBetween(chartY, chartY)) {
            if (chartY < row.y() || chartY > row.y() + metrics.rowHeight()) {
                continue;
            }
            Item[] items = row.items();
            Item found = null;
            for (int i = TimelineLayout.firstVisible(row, axis.day(x) - 3650); i < items.length; i++) {
                Item item = items[i];
                double left = axis.x(item.window() ? item.startDay() : item.endDay() + 0.5) - 10;
                if (left > x) {
                    break;
                }
                double right = Math.min(axis.x(item.endDay() + 1) + metrics.px(220),
                        item.nextStartDay() == Long.MAX_VALUE ? Double.MAX_VALUE : axis.x(item.nextStartDay()) - 10);
                if (x <= Math.max(right, axis.x(item.endDay() + 0.5) + 10)) {
                    found = item;
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private Group groupAt(double y) {
        double chartY = y - axisHeight() + scrollY;
        for (Group group : layout.groups()) {
            if (chartY >= group.y() && chartY < group.y() + metrics.dossierHeight()) {
                return group;
            }
        }
        return null;
    }

    private void hover(MouseEvent e) {
        Object under = itemAt(e.getX(), e.getY());
        if (under == null && layout != null && e.getX() >= headerWidth()) {
            LocalDate day = axis.date(e.getX());
            under = layout.recesses().stream()
                    .filter(r -> !day.isBefore(r.first()) && !day.isAfter(r.last()))
                    .findFirst().orElse(null);
        }
        if (under == null && layout != null && e.getX() < headerWidth()) {
            under = laneAt(e.getY());
        }
        if (Objects.equals(under, hovered)) {
            return;
        }
        hovered = under;
        String text = under == null ? "" : describe.apply(under);
        if (text.isEmpty()) {
            tooltip.hide();
        } else {
            tooltip.setText(text);
            tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 16);
        }
    }

    private TimelineLayout.Lane laneAt(double y) {
        double chartY = y - axisHeight() + scrollY;
        return layout.lanes().stream().filter(l -> chartY >= l.y() && chartY < l.y() + l.height()).findFirst().orElse(null);
    }

    private void hideTooltip() {
        hovered = null;
        tooltip.hide();
    }

    @Override
    protected double computePrefHeight(double width) {
        return 260;
    }

    @Override
    protected double computeMinHeight(double width) {
        // The axis and one row: with large text on a low screen the table and the form need the rest.
        return axisHeight() + metrics.rowHeight();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }
}
