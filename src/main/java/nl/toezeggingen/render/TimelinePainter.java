package nl.toezeggingen.render;

import static nl.toezeggingen.report.timeline.TimelineLayout.UNDATED_SHOWN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.domain.deadline.Recess;
import nl.toezeggingen.report.timeline.EventMarks;
import nl.toezeggingen.report.timeline.TimeAxis;
import nl.toezeggingen.report.timeline.TimelineLayout;
import nl.toezeggingen.report.timeline.TimelineLayout.Arrow;
import nl.toezeggingen.report.timeline.TimelineLayout.Group;
import nl.toezeggingen.report.timeline.TimelineLayout.Item;
import nl.toezeggingen.report.timeline.TimelineLayout.Lane;
import nl.toezeggingen.report.timeline.TimelineLayout.Row;
import nl.toezeggingen.report.timeline.TimelineMetrics;

/**
 * Paints a {@link TimelineLayout} on a canvas, for the window and for the picture alike. Only what falls inside
 * the given size is drawn, so the cost of a frame follows the screen, not the number of commitments.
 * Urgency shows in colour and also in shape and words: overdue items carry a heavy outline and "te laat",
 * closed ones are hollow with a tick, estimated dates are dashed. Every size follows the layout's
 * {@link TimelineMetrics}: its font size sets the letters, and through them the rows, headers and bars.
 */
public final class TimelinePainter {
    /** The user's words; {@code Messages::get} fits. */
    public interface Labels {
        String get(String key, Object... args);
    }

    private final Labels labels;
    private final Locale locale;
    private final TimelinePalette palette;
    // The sizes of the layout being painted; fonts are made again only when its font size differs.
    private TimelineMetrics m;
    private double headerWidth;
    private double axisHeight;
    private double rowHeight;
    private double barHalf;
    private double charWidth;
    private Font font;
    private Font bold;
    private Font small;

    public TimelinePainter(Labels labels, Locale locale, TimelinePalette palette) {
        this.labels = labels;
        this.locale = locale;
        this.palette = palette;
        measure(TimelineMetrics.DEFAULT);
    }

    private void measure(TimelineMetrics metrics) {
        if (metrics.equals(m)) {
            return;
        }
        m = metrics;
        headerWidth = metrics.headerWidth();
        axisHeight = metrics.axisHeight();
        rowHeight = metrics.rowHeight();
        barHalf = metrics.barHalf();
        charWidth = metrics.charWidth();
        font = Font.font("System", metrics.fontSize());
        bold = Font.font("System", FontWeight.BOLD, metrics.fontSize());
        small = Font.font("System", metrics.smallFontSize());
    }

    /** Paints the part of the chart that shows in {@code width} x {@code height} with the lanes scrolled by {@code scrollY}. */
    public void paint(GraphicsContext g, TimelineLayout layout, TimeAxis axis, double scrollY, double width,
                      double height, Long selected) {
        measure(layout.metrics());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setLineDashes();
        g.setFill(palette.get("background"));
        g.fillRect(0, 0, width, height);
        g.save();
        g.beginPath();
        g.rect(headerWidth, axisHeight, width - headerWidth, height - axisHeight);
        g.clip();
        paintBands(g, layout, axis, scrollY, width, height);
        paintGrid(g, axis, width, height);
        paintMarkLines(g, layout, axis, width, height);
        paintItems(g, layout, axis, scrollY, width, height, selected);
        paintArrows(g, layout, axis, scrollY, width, height);
        paintToday(g, layout.data().today(), axis, height);
        g.restore();
        paintAxis(g, layout, axis, width);
        paintHeaders(g, layout, scrollY, height);
    }

    private double screenY(double chartY, double scrollY) {
        return axisHeight + chartY - scrollY;
    }

    private void paintBands(GraphicsContext g, TimelineLayout layout, TimeAxis axis, double scrollY, double width,
                            double height) {
        List<Lane> lanes = layout.lanes();
        for (int i = 0; i < lanes.size(); i++) {
            Lane lane = lanes.get(i);
            double y = screenY(lane.y(), scrollY);
            if (i % 2 == 1 && y < height && y + lane.height() > axisHeight) {
                g.setFill(palette.get("lane-alt"));
                g.fillRect(headerWidth, y, width, lane.height());
            }
        }
        g.setFill(palette.get("recess"));
        for (Recess recess : layout.recesses()) {
            double x1 = axis.x(recess.first());
            double x2 = axis.x(recess.last().toEpochDay() + 1);
            if (x2 >= headerWidth && x1 <= width) {
                // Opaque on purpose: blending a full-height band costs the software renderer a frame budget.
                g.fillRect(x1, axisHeight, x2 - x1, height - axisHeight);
            }
        }
        for (Group group : layout.groups()) {
            double y = screenY(group.y(), scrollY);
            if (y < height && y + m.dossierHeight() > axisHeight) {
                g.setFill(palette.get("header"));
                g.fillRect(headerWidth, y, width, m.dossierHeight());
            }
        }
    }

    private void paintGrid(GraphicsContext g, TimeAxis axis, double width, double height) {
        Color major = palette.get("grid");
        Color minor = major.interpolate(palette.get("background"), 0.5);
        g.setLineWidth(1);
        for (TimeAxis.Tick tick : axis.ticks(width, locale)) {
            double x = Math.round(tick.x()) + 0.5;
            g.setStroke(tick.major() ? major : minor);
            g.strokeLine(x, axisHeight, x, height);
        }
    }

    /** The agenda's moments: a thin line across the lanes, under the items, lighter than the today line. */
    private void paintMarkLines(GraphicsContext g, TimelineLayout layout, TimeAxis axis, double width, double height) {
        g.setStroke(palette.get("event"));
        g.setLineWidth(1);
        for (EventMarks.Mark mark : layout.marks()) {
            double x = Math.round(EventMarks.x(mark, axis)) + 0.5;
            if (x < headerWidth || x > width) {
                continue;
            }
            if (mark.estimated()) {
                g.setLineDashes(4, 4);
            }
            g.strokeLine(x, axisHeight, x, height);
            g.setLineDashes();
        }
    }

    private void paintItems(GraphicsContext g, TimelineLayout layout, TimeAxis axis, double scrollY, double width,
                            double height, Long selected) {
        double fromDay = axis.day(headerWidth);
        double toDay = axis.day(width);
        for (Row row : layout.rowsBetween(scrollY, scrollY + height - axisHeight)) {
            Item[] items = row.items();
            for (int i = TimelineLayout.firstVisible(row, fromDay); i < items.length; i++) {
                Item item = items[i];
                if (item.startDay() > toDay) {
                    break;
                }
                // Titles run to the right, so an item that ended just before the left edge may still show its title.
                paintItem(g, item, axis, screenY(item.y(), scrollY), width, selected != null && selected == item.id(),
                        layout.data().laterOccurrences().getOrDefault(item.id(), java.util.List.of()),
                        layout.data().internalDeadlines().get(item.id()), layout.data().today());
            }
        }
    }

    private void paintItem(GraphicsContext g, Item item, TimeAxis axis, double top, double width, boolean selected,
                           java.util.List<LocalDate> later, LocalDate internal, LocalDate today) {
        TrackedCommitment tracked = item.tracked();
        Urgency urgency = tracked.urgency();
        Commitment c = tracked.commitment();
        double cy = top + rowHeight / 2;
        double x1;
        double x2;
        g.setFill(urgency == Urgency.CLOSED ? palette.get("background") : palette.fill(urgency));
        g.setStroke(palette.ink(urgency));
        g.setLineWidth(urgency == Urgency.OVERDUE ? 2.5 : 1.2);
        if (c.deadline().estimated()) {
            g.setLineDashes(4, 3);
        }
        if (item.window()) {
            x1 = axis.x(item.startDay());
            x2 = Math.max(x1 + 3, axis.x(item.endDay() + 1));
            g.fillRect(x1, cy - barHalf, x2 - x1, barHalf * 2);
            g.strokeRect(x1, cy - barHalf, x2 - x1, barHalf * 2);
        } else {
            double x = axis.x(item.endDay() + 0.5);
            x1 = x - barHalf - 1;
            x2 = x + barHalf + 1;
            double[] xs = {x, x + barHalf + 1, x, x - barHalf - 1};
            double[] ys = {cy - barHalf - 1, cy, cy + barHalf + 1, cy};
            g.fillPolygon(xs, ys, 4);
            g.strokePolygon(xs, ys, 4);
        }
        g.setLineDashes();
        if (selected) {
            g.setStroke(palette.get("selection"));
            g.setLineWidth(2);
            double ring = m.px(4);
            g.strokeRoundRect(x1 - ring, cy - barHalf - ring, x2 - x1 + 2 * ring, barHalf * 2 + 2 * ring, 6, 6);
        }
        if (c.fulfilledOn() != null) {
            paintFulfilled(g, axis, c.fulfilledOn(), x2, cy);
        }
        later.forEach(day -> paintLaterOccurrence(g, axis, day, cy));
        if (internal != null && urgency != Urgency.CLOSED) {
            paintInternal(g, axis, internal, x1, cy, today != null && today.isAfter(internal));
        }
        double textX = x2 + m.px(6);
        double room = (item.nextStartDay() == Long.MAX_VALUE ? width + 2000 : axis.x(item.nextStartDay()) - m.px(8)) - textX;
        boolean heavy = urgency == Urgency.OVERDUE || selected;
        // Bold letters are wider than the estimate for regular ones.
        String label = shorten(label(item), heavy ? room * 0.88 : room);
        if (!label.isEmpty()) {
            g.setFont(heavy ? bold : font);
            g.setFill(urgency == Urgency.CLOSED ? palette.get("muted") : palette.get("text"));
            g.fillText(label, Math.max(textX, headerWidth + m.px(4)), cy);
        }
    }

    /** A recurring commitment's later occurrence: an open, dashed diamond, so it reads as "not yet due". */
    private void paintLaterOccurrence(GraphicsContext g, TimeAxis axis, LocalDate day, double cy) {
        double x = axis.x(day.toEpochDay() + 0.5);
        double[] xs = {x, x + barHalf, x, x - barHalf};
        double[] ys = {cy - barHalf, cy, cy + barHalf, cy};
        g.setFill(palette.get("background"));
        g.fillPolygon(xs, ys, 4);
        g.setStroke(palette.ink(Urgency.ON_TRACK));
        g.setLineWidth(1.2);
        g.setLineDashes(3, 2);
        g.strokePolygon(xs, ys, 4);
        g.setLineDashes();
    }

    /**
     * The internal deadline: an upright tick the height of the bar, joined to the bar by a thin line when it lies
     * before it; the colour of overdue once it has passed, so "intern te laat" shows even while the bar is on track.
     */
    private void paintInternal(GraphicsContext g, TimeAxis axis, LocalDate day, double barLeft, double cy, boolean late) {
        double x = Math.round(axis.x(day.toEpochDay() + 0.5)) + 0.5;
        double reach = barHalf + m.px(3);
        g.setStroke(late ? palette.ink(Urgency.OVERDUE) : palette.ink(Urgency.ON_TRACK));
        g.setLineWidth(late ? 2.5 : 1.5);
        g.strokeLine(x, cy - reach, x, cy + reach);
        if (x < barLeft) {
            g.setLineWidth(1);
            g.strokeLine(x, cy, barLeft, cy);
        }
    }

    /** A tick where it was fulfilled, joined to the deadline when that came later. */
    private void paintFulfilled(GraphicsContext g, TimeAxis axis, LocalDate on, double deadlineRight, double cy) {
        double x = axis.x(on.toEpochDay() + 0.5);
        double s = m.scale();
        g.setStroke(palette.get("on-track"));
        g.setLineWidth(2);
        if (x > deadlineRight) {
            g.setLineDashes(2, 2);
            g.strokeLine(deadlineRight, cy, x - 5 * s, cy);
            g.setLineDashes();
        }
        g.strokePolyline(new double[] {x - 5 * s, x - s, x + 6 * s}, new double[] {cy - s, cy + 4 * s, cy - 6 * s}, 3);
    }

    /** The title, after a word for urgencies that colour alone must not carry. */
    String label(Item item) {
        Commitment c = item.commitment();
        String title = c.title() == null ? "" : c.title();
        String mark = switch (item.tracked().urgency()) {
            case OVERDUE, DUE_SOON -> labels.get("timeline.mark." + item.tracked().urgency().name()) + " · ";
            case CLOSED -> "✓ ";
            default -> "";
        };
        String inverted = item.datesInverted() ? " " + labels.get("timeline.mark.inverted") : "";
        return mark + title + inverted;
    }

    String shorten(String text, double room) {
        int fits = (int) (room / charWidth);
        if (fits < 4) {
            return "";
        }
        return text.length() <= fits ? text : text.substring(0, fits - 1).stripTrailing() + "…";
    }

    private void paintArrows(GraphicsContext g, TimelineLayout layout, TimeAxis axis, double scrollY, double width,
                             double height) {
        for (Arrow arrow : layout.arrows()) {
            double x1 = right(arrow.dependency(), axis);
            double y1 = screenY(layout.centreY(arrow.dependency()), scrollY);
            double x2 = left(arrow.waiter(), axis);
            double y2 = screenY(layout.centreY(arrow.waiter()), scrollY);
            double bend = x1 + m.px(8);
            if (Math.max(Math.max(x1, x2), bend) < headerWidth || Math.min(x1, x2) > width
                    || Math.max(y1, y2) < axisHeight || Math.min(y1, y2) > height) {
                continue;
            }
            g.setStroke(palette.get(arrow.conflict() ? "conflict" : "arrow"));
            g.setLineWidth(arrow.conflict() ? 2 : 1.3);
            if (arrow.conflict()) {
                g.setLineDashes(6, 3);
            }
            g.setFill(palette.get(arrow.conflict() ? "conflict" : "arrow"));
            if (y1 == y2) {
                // In one row the straight way would cross the dependency's title: go under the row instead.
                double from = x1 - barHalf;
                double to = x2 + barHalf;
                double under = y1 + rowHeight / 2 - 1;
                g.strokePolyline(new double[] {from, from, to, to}, new double[] {y1 + barHalf, under, under, y2 + barHalf + 6}, 4);
                g.setLineDashes();
                g.fillPolygon(new double[] {to, to - 4, to + 4}, new double[] {y2 + barHalf, y2 + barHalf + 7, y2 + barHalf + 7}, 3);
                continue;
            }
            // Out of the dependency's end, down or up to the waiter's row, into its start.
            g.strokePolyline(new double[] {x1, bend, bend, x2}, new double[] {y1, y1, y2, y2}, 4);
            g.setLineDashes();
            double dir = x2 >= bend ? 1 : -1;
            g.fillPolygon(new double[] {x2, x2 - 7 * dir, x2 - 7 * dir}, new double[] {y2, y2 - 4, y2 + 4}, 3);
        }
    }

    private double right(Item item, TimeAxis axis) {
        return item.window() ? axis.x(item.endDay() + 1) : axis.x(item.endDay() + 0.5) + barHalf;
    }

    private double left(Item item, TimeAxis axis) {
        return item.window() ? axis.x(item.startDay()) : axis.x(item.endDay() + 0.5) - barHalf - 1;
    }

    private void paintToday(GraphicsContext g, LocalDate today, TimeAxis axis, double height) {
        double x = Math.round(axis.x(today.toEpochDay() + 0.5)) + 0.5;
        g.setStroke(palette.get("today"));
        g.setLineWidth(2);
        g.strokeLine(x, axisHeight, x, height);
    }

    private void paintAxis(GraphicsContext g, TimelineLayout layout, TimeAxis axis, double width) {
        g.setFill(palette.get("header"));
        g.fillRect(0, 0, width, axisHeight);
        g.save();
        g.beginPath();
        g.rect(headerWidth, 0, width - headerWidth, axisHeight);
        g.clip();
        g.setFont(small);
        for (Recess recess : layout.recesses()) {
            double x1 = axis.x(recess.first());
            double x2 = axis.x(recess.last().toEpochDay() + 1);
            if (x2 >= headerWidth && x1 <= width) {
                g.setFill(palette.get("recess"));
                g.fillRect(x1, axisHeight / 2, x2 - x1, axisHeight / 2);
            }
        }
        g.setStroke(palette.get("grid"));
        g.setLineWidth(1);
        g.setFill(palette.get("muted"));
        for (TimeAxis.Tick tick : axis.ticks(width, locale)) {
            double x = Math.round(tick.x()) + 0.5;
            g.strokeLine(x, axisHeight / 2, x, axisHeight);
            g.fillText(tick.label(), x + m.px(3), axisHeight * 0.75);
        }
        g.setFont(bold);
        g.setFill(palette.get("text"));
        List<TimeAxis.Tick> majors = axis.majors(width, locale);
        List<EventMarks.Span> headings = new ArrayList<>();
        for (int i = 0; i < majors.size(); i++) {
            TimeAxis.Tick major = majors.get(i);
            double x = Math.round(major.x()) + 0.5;
            g.strokeLine(x, 0, x, axisHeight / 2);
            // The heading of a year (or month) begun off screen stays at the left edge until the next one comes.
            double textX = Math.max(x + m.px(4), headerWidth + m.px(4));
            double nextX = i + 1 < majors.size() ? majors.get(i + 1).x() : Double.MAX_VALUE;
            double textEnd = textX + major.label().length() * charWidth;
            if (textEnd + m.px(8) < nextX) {
                g.fillText(major.label(), textX, axisHeight / 4);
                headings.add(new EventMarks.Span(textX, textEnd));
            }
        }
        paintMarkLabels(g, layout, axis, width, headings);
        paintTodayLabel(g, layout.data().today(), axis);
        g.restore();
        g.setStroke(palette.get("grid"));
        g.strokeLine(0, axisHeight - 0.5, width, axisHeight - 0.5);
    }

    /**
     * The moments' names in the axis's top band, beside the year headings, each to the right of its line and
     * shortened or left out where the next line or a heading comes too soon; the line runs up to its name. A name
     * that runs across a shipped moment's line is set on the band's colour, so that the line stops at its letters.
     */
    private void paintMarkLabels(GraphicsContext g, TimelineLayout layout, TimeAxis axis, double width,
                                 List<EventMarks.Span> headings) {
        List<EventMarks.Placed> placed = EventMarks.place(layout.marks(), axis, headerWidth, width, m, headings);
        g.setLineWidth(1);
        g.setStroke(palette.get("event"));
        for (EventMarks.Placed mark : placed) {
            double x = Math.round(mark.x()) + 0.5;
            if (mark.mark().estimated()) {
                g.setLineDashes(3, 3);
            }
            g.strokeLine(x, m.px(4), x, axisHeight);
            g.setLineDashes();
        }
        g.setFont(small);
        double letter = EventMarks.letterWidth(m);
        for (EventMarks.Placed mark : placed) {
            if (mark.label().isEmpty()) {
                continue;
            }
            double textX = mark.x() + EventMarks.labelOffset(m);
            g.setFill(palette.get("header"));
            g.fillRect(textX - 1, m.px(4), mark.label().length() * letter + 2, axisHeight / 2 - m.px(6));
            g.setFill(palette.get(mark.mark().rule() ? "muted" : "event-text"));
            g.fillText(mark.label(), textX, axisHeight / 4);
        }
    }

    private void paintTodayLabel(GraphicsContext g, LocalDate today, TimeAxis axis) {
        double x = axis.x(today.toEpochDay() + 0.5);
        String text = labels.get("timeline.today");
        double w = text.length() * charWidth + m.px(10);
        g.setFill(palette.get("today"));
        g.fillRoundRect(x - w / 2, axisHeight / 2 + m.px(2), w, axisHeight / 2 - m.px(4), 6, 6);
        g.setFill(palette.get("background"));
        g.setFont(bold);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(text, x, axisHeight * 0.75);
        g.setTextAlign(TextAlignment.LEFT);
    }

    private void paintHeaders(GraphicsContext g, TimelineLayout layout, double scrollY, double height) {
        g.setFill(palette.get("header"));
        g.fillRect(0, 0, headerWidth, height);
        g.save();
        g.beginPath();
        g.rect(0, axisHeight, headerWidth, height - axisHeight);
        g.clip();
        for (Group group : layout.groups()) {
            double y = screenY(group.y(), scrollY);
            if (y > height || y + m.dossierHeight() < axisHeight) {
                continue;
            }
            double cy = y + m.dossierHeight() / 2;
            g.setFill(palette.get("text"));
            double s = m.scale();
            if (group.collapsed()) {
                g.fillPolygon(new double[] {8 * s, 14 * s, 8 * s}, new double[] {cy - 5 * s, cy, cy + 5 * s}, 3);
            } else {
                g.fillPolygon(new double[] {6 * s, 16 * s, 11 * s}, new double[] {cy - 3 * s, cy - 3 * s, cy + 3 * s}, 3);
            }
            g.setFont(bold);
            String name = group.dossier() == null ? labels.get("timeline.noDossier") : group.dossier();
            g.fillText(shorten(name + " (" + group.count() + ")", headerWidth - m.px(26)), m.px(20), cy);
        }
        for (Lane lane : layout.lanes()) {
            double y = screenY(lane.y(), scrollY);
            if (y > height || y + lane.height() < axisHeight) {
                continue;
            }
            g.setStroke(palette.get("grid"));
            g.setLineWidth(1);
            g.strokeLine(0, Math.round(y + lane.height()) - 0.5, headerWidth, Math.round(y + lane.height()) - 0.5);
            g.setFont(font);
            g.setFill(palette.get("text"));
            String name = lane.line() == null ? labels.get("timeline.noLine") : lane.line();
            g.fillText(shorten(name, headerWidth - m.px(20)), m.px(12), y + m.px(4) + m.headerLine() / 2);
            paintUndated(g, lane, y);
        }
        g.restore();
        g.setStroke(palette.get("grid"));
        g.strokeLine(headerWidth - 0.5, 0, headerWidth - 0.5, height);
        g.setFill(palette.get("muted"));
        g.setFont(small);
        g.fillText(labels.get("timeline.corner"), m.px(12), axisHeight * 0.75);
    }

    /**
     * Commitments that cannot sit on the axis are named under their lane, so that none silently disappears:
     * first those waiting for their moment's date ("wacht op datum"), then those without a deadline.
     */
    private void paintUndated(GraphicsContext g, Lane lane, double y) {
        g.setFont(small);
        g.setFill(palette.get("muted"));
        double lineY = y + m.px(4) + m.headerLine() * 1.5;
        lineY = paintListed(g, lane.waiting(), "timeline.waiting", "timeline.waiting.more", lineY);
        paintListed(g, lane.undated(), "timeline.undated", "timeline.undated.more", lineY);
    }

    /** The first few of {@code listed}, each on a line of its own, then how many more; returns the next line's y. */
    private double paintListed(GraphicsContext g, List<TrackedCommitment> listed, String word, String more,
                               double lineY) {
        for (int i = 0; i < Math.min(UNDATED_SHOWN, listed.size()); i++, lineY += m.headerLine()) {
            String title = listed.get(i).commitment().title();
            g.fillText(shorten("○ " + labels.get(word) + ": " + (title == null ? "" : title),
                    headerWidth - m.px(30)), m.px(20), lineY);
        }
        if (listed.size() > UNDATED_SHOWN) {
            g.fillText(shorten(labels.get(more, listed.size() - UNDATED_SHOWN), headerWidth - m.px(30)), m.px(20),
                    lineY);
            lineY += m.headerLine();
        }
        return lineY;
    }

    /** The key under a picture: shapes, words, bands and lines, then the conflicts, in the user's language. */
    public void paintLegend(GraphicsContext g, TimelineLayout layout, double top, double width) {
        measure(layout.metrics());
        double legendHeight = m.legendHeight();
        g.setFill(palette.get("header"));
        g.fillRect(0, top, width, legendHeight);
        g.setFill(palette.get("muted"));
        g.setFont(small);
        g.setTextBaseline(VPos.CENTER);
        int conflicts = layout.dependencies().conflicts().size() + layout.dependencies().cycles().size();
        String text = labels.get("timeline.legend")
                + (layout.data().internalDeadlines().isEmpty() ? "" : "   " + labels.get("timeline.legend.internal"))
                + (layout.marks().isEmpty() ? "" : "   " + labels.get("timeline.legend.events"))
                + (conflicts == 0 ? "" : "   " + labels.get("timeline.conflicts", conflicts));
        g.fillText(text, m.px(12), top + legendHeight / 2);
    }
}
