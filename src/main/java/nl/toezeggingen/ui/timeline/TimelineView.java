package nl.toezeggingen.ui.timeline;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import nl.toezeggingen.render.TimelinePainter;
import nl.toezeggingen.report.timeline.TimeAxis;
import nl.toezeggingen.report.timeline.TimelineData;
import nl.toezeggingen.report.timeline.TimelineLayout;
import nl.toezeggingen.report.timeline.TimelineLayout.Item;
import nl.toezeggingen.report.timeline.TimelineMetrics;

/**
 * The timeline control: a canvas that paints only what is in view, scroll bars, drag to pan, Ctrl+wheel to
 * zoom, arrow keys through the items in time order. What is in view, and what is under the pointer, is the
 * {@link TimelineViewport}'s business (plain Java); this class forwards input to it and paints. Colours and the
 * text size come from the stylesheet through {@link TimelineSwatches}: a dark theme or larger text restyles and
 * lays out the chart again without code.
 */
public final class TimelineView extends Region {
    private final Canvas canvas = new Canvas();
    private final TimelineSwatches swatches = new TimelineSwatches();
    private final TimelineViewport viewport = new TimelineViewport(new TimelineMetrics(swatches.fontSize()));
    private final TimelineBars bars = new TimelineBars(day -> {
        viewport.scrollTo(day);
        paint();
    }, y -> {
        viewport.scrollYTo(y);
        paint();
    });
    private final TimelineTooltip tooltip = new TimelineTooltip();
    private TimelinePainter.Labels labels = (key, args) -> key;
    private Locale locale = Locale.getDefault();
    private Function<Object, String> describe = o -> "";
    private TimelinePainter painter;
    private Consumer<Long> onSelect = id -> { };
    private Consumer<Long> onOpen = id -> { };

    public TimelineView() {
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        canvas.getStyleClass().add("timeline-canvas");
        getChildren().addAll(canvas, bars.horizontal, bars.vertical);
        getChildren().addAll(swatches.nodes());
        swatches.onFontSize(size -> {
            if (viewport.fontSize(size)) {
                requestLayout();
                paint();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED,
                e -> tooltip.hover(viewport.under(e.getX(), e.getY()), describe, canvas, e.getScreenX(), e.getScreenY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.hide());
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** The words, the language of month names, and how an item or recess is described in its tooltip. */
    public void setText(TimelinePainter.Labels labels, Locale locale, Function<Object, String> describe) {
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

    /** New data: laid out once, never while painting. The first time, the view shows today and what is overdue. */
    public void setData(TimelineData data) {
        viewport.setData(data);
        announce();
        paint();
    }

    /** Where the chart stands: scale, scroll, selection; plain Java, for tests and the window's memory. */
    public TimelineViewport viewport() {
        return viewport;
    }

    public TimelineLayout layoutModel() {
        return viewport.layout();
    }

    /** The sizes the chart is drawn at now, from the font its stylesheet gives it. */
    public TimelineMetrics metrics() {
        return viewport.metrics();
    }

    public TimeAxis axis() {
        return viewport.axis();
    }

    public double scrollY() {
        return viewport.scrollY();
    }

    public Long selected() {
        return viewport.selected();
    }

    /** Selects without telling anyone: the table calls this when its own selection changed. */
    public void select(Long id) {
        if (viewport.select(id)) {
            paint();
            announce();
        }
    }

    /**
     * A canvas has no items a screen reader can see: the view speaks for the selected one (title, deadline,
     * urgency, as its tooltip says), so moving through the timeline with the arrow keys is heard.
     */
    private void announce() {
        Item item = viewport.selectedItem();
        setAccessibleText(item == null ? null : describe.apply(item).replace('\n', ' '));
    }

    /** Shows the span of {@code zoom} around the selection (or what is in the middle now); ALL shows everything. */
    public void zoom(TimelineZoom zoom) {
        viewport.zoom(zoom);
        paint();
    }

    /** Pixels per day now: what zoom the user chose, to remember. */
    public double pxPerDay() {
        return viewport.axis().pxPerDay();
    }

    /** Starts at this scale instead of a year's span, around today. */
    public void rememberScale(double pxPerDay) {
        viewport.rememberScale(pxPerDay);
        paint();
    }

    public void zoomBy(double factor) {
        viewport.zoomBy(factor);
        paint();
    }

    public void showToday() {
        viewport.showToday();
        paint();
    }

    /** What is on screen now, as a picture: the "save as PNG" of the window. */
    public WritableImage picture() {
        return canvas.snapshot(null, null);
    }

    /** The item under a point of the canvas: its shape, or its title as far as that runs. */
    public Item itemAt(double x, double y) {
        return viewport.itemAt(x, y);
    }

    @Override
    protected void layoutChildren() {
        double barW = bars.vertical.prefWidth(-1);
        double barH = bars.horizontal.prefHeight(-1);
        double w = Math.max(0, getWidth() - barW);
        double h = Math.max(0, getHeight() - barH);
        double headerWidth = viewport.headerWidth();
        double axisHeight = viewport.metrics().axisHeight();
        canvas.setWidth(w);
        canvas.setHeight(h);
        canvas.relocate(0, 0);
        bars.horizontal.resizeRelocate(headerWidth, h, Math.max(0, w - headerWidth), barH);
        bars.vertical.resizeRelocate(w, axisHeight, barW, Math.max(0, h - axisHeight));
        painter = null;
        viewport.resize(w, h);
        paint();
    }

    private TimelinePainter painter() {
        if (painter == null) {
            painter = new TimelinePainter(labels, locale, swatches.palette());
        }
        return painter;
    }

    /** Repaints the visible part; the layout is already known, so this costs what is on screen. */
    void paint() {
        if (viewport.layout() == null || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        bars.show(viewport.horizontal(), viewport.vertical());
        painter().paint(canvas.getGraphicsContext2D(), viewport.layout(), viewport.axis(), viewport.scrollY(),
                canvas.getWidth(), canvas.getHeight(), viewport.selected());
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        viewport.press(e.getX(), e.getY());
        tooltip.hide();
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && viewport.dragTo(e.getX(), e.getY())) {
            paint();
        }
    }

    private void released(MouseEvent e) {
        if (viewport.dragged() || viewport.layout() == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (e.getX() < viewport.headerWidth()) {
            if (viewport.toggleGroupAt(e.getY())) {
                paint();
            }
            return;
        }
        Item item = viewport.itemAt(e.getX(), e.getY());
        if (item != null) {
            choose(item);
            if (e.getClickCount() == 2) {
                onOpen.accept(item.id());
            }
        }
    }

    private void choose(Item item) {
        viewport.select(item.id());
        paint();
        announce();
        onSelect.accept(item.id());
    }

    private void scrolled(ScrollEvent e) {
        if (viewport.layout() == null) {
            return;
        }
        viewport.wheel(e.getDeltaX(), e.getDeltaY(), e.getX(), e.isControlDown() || e.isShortcutDown(), e.isShiftDown());
        paint();
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (viewport.layout() == null) {
            return;
        }
        switch (e.getCode()) {
            case RIGHT, DOWN -> step(1);
            case LEFT, UP -> step(-1);
            case ENTER -> {
                if (viewport.selected() != null) {
                    onOpen.accept(viewport.selected());
                }
            }
            case PLUS, ADD, EQUALS -> zoomBy(TimelineZoom.STEP);
            case MINUS, SUBTRACT -> zoomBy(1 / TimelineZoom.STEP);
            case HOME -> showToday();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void step(int direction) {
        Item next = viewport.step(direction);
        if (next != null) {
            choose(next);
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        return 260;
    }

    @Override
    protected double computeMinHeight(double width) {
        // The axis and one row: with large text on a low screen the table and the form need the rest.
        return viewport.metrics().axisHeight() + viewport.metrics().rowHeight();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }
}
