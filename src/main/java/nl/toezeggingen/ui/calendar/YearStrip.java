package nl.toezeggingen.ui.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * One year at a glance: the months side by side, recesses as bands and moments as ticks, so that a user sees
 * at once what falls before the summer and what has no confirmation yet. A click on a mark selects its row.
 */
final class YearStrip extends Region {
    private static final double MONTH_ROW = 18;
    private static final double BAND_TOP = 24;
    private static final double BAND_HEIGHT = 16;
    private static final double TICK_TOP = 44;

    private final Locale locale;
    private final Consumer<CalendarEntry> onPick;
    private final List<Label> months = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private int year = LocalDate.now().getYear();

    /** A drawn row: its shape and, for a moment, its label. */
    private record Mark(CalendarEntry entry, Node shape, Label label) {
    }

    YearStrip(Locale locale, Consumer<CalendarEntry> onPick) {
        this.locale = locale;
        this.onPick = onPick;
        getStyleClass().add("year-strip");
        for (Month month : Month.values()) {
            Label label = new Label(month.getDisplayName(TextStyle.SHORT, locale).replace(".", ""));
            label.getStyleClass().add("year-strip-month");
            months.add(label);
            getChildren().add(label);
        }
        setMinHeight(TICK_TOP + 22);
        setPrefHeight(TICK_TOP + 22);
    }

    /** Shows {@code entries} (those with a date) on the page of {@code shownYear}. */
    void show(int shownYear, List<CalendarEntry> entries) {
        year = shownYear;
        getChildren().removeIf(n -> !(n instanceof Label l && months.contains(l)));
        marks.clear();
        for (CalendarEntry entry : entries) {
            if (!entry.hasDate()) {
                continue;
            }
            Node shape;
            Label label = null;
            if (entry.isRecess()) {
                Rectangle band = new Rectangle();
                band.getStyleClass().addAll("year-strip-recess", entry.confirmed() ? "confirmed" : "unconfirmed");
                shape = band;
            } else {
                Line tick = new Line();
                tick.getStyleClass().addAll("year-strip-moment", entry.confirmed() ? "confirmed" : "unconfirmed");
                shape = tick;
                label = new Label(entry.name());
                label.getStyleClass().add("year-strip-label");
                label.setMouseTransparent(true);
            }
            Tooltip.install(shape, new Tooltip(entry.name()));
            shape.setOnMouseClicked(click -> onPick.accept(entry));
            marks.add(new Mark(entry, shape, label));
            getChildren().add(shape);
            if (label != null) {
                getChildren().add(label);
            }
        }
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double width = Math.max(1, getWidth() - left - snappedRightInset());
        double monthWidth = width / 12;
        for (int i = 0; i < 12; i++) {
            Label label = months.get(i);
            label.resizeRelocate(left + i * monthWidth, 0, monthWidth, MONTH_ROW);
        }
        LocalDate start = LocalDate.of(year, 1, 1);
        double days = start.lengthOfYear();
        double lastLabelEnd = Double.NEGATIVE_INFINITY;
        for (Mark mark : marks) {
            CalendarEntry entry = mark.entry();
            LocalDate first = entry.first() == null || entry.first().getYear() < year ? start : entry.first();
            LocalDate last = entry.last().getYear() > year ? LocalDate.of(year, 12, 31) : entry.last();
            double x1 = left + width * (first.getDayOfYear() - 1) / days;
            double x2 = left + width * last.getDayOfYear() / days;
            if (mark.shape() instanceof Rectangle band) {
                band.setX(x1);
                band.setY(BAND_TOP);
                band.setWidth(Math.max(2, x2 - x1));
                band.setHeight(BAND_HEIGHT);
            } else if (mark.shape() instanceof Line tick) {
                double x = Math.round(left + width * (last.getDayOfYear() - 0.5) / days) + 0.5;
                tick.setStartX(x);
                tick.setEndX(x);
                tick.setStartY(BAND_TOP - 4);
                tick.setEndY(TICK_TOP + 4);
                Label label = mark.label();
                double labelWidth = Math.min(label.prefWidth(-1), monthWidth * 2);
                // A label that would run into the one before it is left out; the tooltip and the table name it.
                boolean fits = x + 3 > lastLabelEnd + 4 && x + 3 + labelWidth <= left + width;
                label.setVisible(fits);
                if (fits) {
                    label.resizeRelocate(x + 3, TICK_TOP, labelWidth, label.prefHeight(-1));
                    lastLabelEnd = x + 3 + labelWidth;
                }
            }
        }
    }

}
