package nl.toezeggingen.report.timeline;

import static nl.toezeggingen.report.timeline.TimelineLayout.AXIS_HEIGHT;
import static nl.toezeggingen.report.timeline.TimelineLayout.DOSSIER_HEIGHT;
import static nl.toezeggingen.report.timeline.TimelineLayout.HEADER_LINE;
import static nl.toezeggingen.report.timeline.TimelineLayout.HEADER_WIDTH;
import static nl.toezeggingen.report.timeline.TimelineLayout.ROW_HEIGHT;
import static nl.toezeggingen.report.timeline.TimelineLayout.UNDATED_SHOWN;

import java.time.LocalDate;
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
import nl.toezeggingen.report.timeline.TimelineLayout.Arrow;
import nl.toezeggingen.report.timeline.TimelineLayout.Group;
import nl.toezeggingen.report.timeline.TimelineLayout.Item;
import nl.toezeggingen.report.timeline.TimelineLayout.Lane;
import nl.toezeggingen.report.timeline.TimelineLayout.Row;

/**
 * Paints a {@link TimelineLayout} on a canvas, for the window and for the picture alike. Only what falls inside
 * the given size is drawn, so the cost of a frame follows the screen, not the number of commitments.
 * Urgency shows in colour and also in shape and words: overdue items carry a heavy outline and "te laat",
 * closed ones are hollow with a tick, estimated dates are dashed.
 */
public final class TimelinePainter {
    /** The user's words; {@code Messages::get} fits. */
    public interface Labels {
        String get(String key, Object... args);
    }

    private static final double FONT_SIZE = 12;
    private static final double CHAR_WIDTH = FONT_SIZE * 0.55;
    private static final double BAR_HALF = 7;

    private final Labels labels;
    private final Locale locale;
    private final TimelinePalette palette;
    private final Font font = Font.font("System", FONT_SIZE);
    private final Font bold = Font.font("System", FontWeight.BOLD, FONT_SIZE);
    private final Font small = Font.font("System", FONT_SIZE - 1);

    public TimelinePainter(Labels labels, Locale locale, TimelinePalette palette) {
        this.labels = labels;
        this.locale = locale;
        this.palette = palette;
    }

    /** Paints the part of the chart that shows in {@code width} x {@code height} with the lanes scrolled by {@code scrollY}. */
    public void paint(GraphicsContext g, TimelineLayout layout, TimeAxis axis, double scrollY, double width,
                      double height, Long selected) {
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setLineDashes();
        g.setFill(palette.get("background"));
        g.fillRect(0, 0, width, height);
        g.save();
        g.beginPath();
        g.rect(HEADER_WIDTH, AXIS_HEIGHT, width - HEADER_WIDTH, height - AXIS_HEIGHT);
        g.clip();
        paintBands(g, layout, axis, scrollY, width, height);
        paintGrid(g, axis, width, height);
        paintItems(g, layout, axis, scrollY, width, height, selected);
        paintArrows(g, layout, axis, scrollY, width, height);
        paintToday(g, layout.data().today(), axis, height);
        g.restore();
        paintAxis(g, layout, axis, width);
        paintHeaders(g, layout, scrollY, height);
    }

    private double screenY(double chartY, double scrollY) {
        return AXIS_HEIGHT + chartY - scrollY;
    }

    private void paintBands(GraphicsContext g, TimelineLayout layout, TimeAxis axis, double scrollY, double width,
                            double height) {
        List<Lane> lanes = layout.lanes();
        for (int i = 0; i < lanes.size(); i++) {
            Lane lane = lanes.get(i);
            double y = screenY(lane.y(), scrollY);
            if (i % 2 == 1 && y < height && y + lane.height() > AXIS_HEIGHT) {
                g.setFill(palette.get("lane-alt"));
                g.fillRect(HEADER_WIDTH, y, width, lane.height());
            }
        }
        g.setFill(palette.get("recess"));
        for (Recess recess : layout.recesses()) {
            double x1 = axis.x(recess.first());
            double x2 = axis.x(recess.last().toEpochDay() + 1);
            if (x2 >= HEADER_WIDTH && x1 <= width) {
                // Opaque on purpose: blending a full-height band costs the software renderer a frame budget.
                g.fillRect(x1, AXIS_HEIGHT, x2 - x1, height - AXIS_HEIGHT);
            }
        }
        for (Group group : layout.groups()) {
            double y = screenY(group.y(), scrollY);
            if (y < height && y + DOSSIER_HEIGHT > AXIS_HEIGHT) {
                g.setFill(palette.get("header"));
                g.fillRect(HEADER_WIDTH, y, width, DOSSIER_HEIGHT);
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
            g.strokeLine(x, AXIS_HEIGHT, x, height);
        }
    }

    private void paintItems(GraphicsContext g, TimelineLayout layout, TimeAxis axis, double scrollY, double width,
                            double height, Long selected) {
        double fromDay = axis.day(HEADER_WIDTH);
        double toDay = axis.day(width);
        for (Row row : layout.rowsBetween(scrollY, scrollY + height - AXIS_HEIGHT)) {
            Item[] items = row.items();
            for (int i = TimelineLayout.firstVisible(row, fromDay); i < items.length; i++) {
                Item item = items[i];
                if (item.startDay() > toDay) {
                    break;
                }
                // Titles run to the right, so an item that ended just before the left edge may still show its title.
                paintItem(g, item, axis, screenY(item.y(), scrollY), width, selected != null && selected == item.id());
            }
        }
    }

    private void paintItem(GraphicsContext g, Item item, TimeAxis axis, double top, double width, boolean selected) {
        TrackedCommitment tracked = item.tracked();
        Urgency urgency = tracked.urgency();
        Commitment c = tracked.commitment();
        double cy = top + ROW_HEIGHT / 2;
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
            g.fillRect(x1, cy - BAR_HALF, x2 - x1, BAR_HALF * 2);
            g.strokeRect(x1, cy - BAR_HALF, x2 - x1, BAR_HALF * 2);
        } else {
            double x = axis.x(item.endDay() + 0.5);
            x1 = x - BAR_HALF - 1;
            x2 = x + BAR_HALF + 1;
            double[] xs = {x, x + BAR_HALF + 1, x, x - BAR_HALF - 1};
            double[] ys = {cy - BAR_HALF - 1, cy, cy + BAR_HALF + 1, cy};
            g.fillPolygon(xs, ys, 4);
            g.strokePolygon(xs, ys, 4);
        }
        g.setLineDashes();
        if (selected) {
            g.setStroke(palette.get("selection"));
            g.setLineWidth(2);
            g.strokeRoundRect(x1 - 4, cy - BAR_HALF - 4, x2 - x1 + 8, BAR_HALF * 2 + 8, 6, 6);
        }
        if (c.fulfilledOn() != null) {
            paintFulfilled(g, axis, c.fulfilledOn(), x2, cy);
        }
        double textX = x2 + 6;
        double room = (item.nextStartDay() == Long.MAX_VALUE ? width + 2000 : axis.x(item.nextStartDay()) - 8) - textX;
        boolean heavy = urgency == Urgency.OVERDUE || selected;
        // Bold letters are wider than the estimate for regular ones.
        String label = shorten(label(item), heavy ? room * 0.88 : room);
        if (!label.isEmpty()) {
            g.setFont(heavy ? bold : font);
            g.setFill(urgency == Urgency.CLOSED ? palette.get("muted") : palette.get("text"));
            g.fillText(label, Math.max(textX, HEADER_WIDTH + 4), cy);
        }
    }

    /** A tick where it was fulfilled, joined to the deadline when that came later. */
    private void paintFulfilled(GraphicsContext g, TimeAxis axis, LocalDate on, double deadlineRight, double cy) {
        double x = axis.x(on.toEpochDay() + 0.5);
        g.setStroke(palette.get("on-track"));
        g.setLineWidth(2);
        if (x > deadlineRight) {
            g.setLineDashes(2, 2);
            g.strokeLine(deadlineRight, cy, x - 5, cy);
            g.setLineDashes();
        }
        g.strokePolyline(new double[] {x - 5, x - 1, x + 6}, new double[] {cy - 1, cy + 4, cy - 6}, 3);
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

    static String shorten(String text, double room) {
        int fits = (int) (room / CHAR_WIDTH);
        if (fits < 4) {
            return "";
        }
        return text.length() <= fits ? text : text.substring(0, fits - 1).stripTrailing() + "…";
    }

    private void paintArrows(GraphicsContext g, TimelineLayout layout, TimeAxis axis, double scrollY, double width,
                             double height) {
        for (Arrow arrow : layout.arrows()) {
            double x1 = right(arrow.dependency(), axis);
            double y1 = screenY(arrow.dependency().centreY(), scrollY);
            double x2 = left(arrow.waiter(), axis);
            double y2 = screenY(arrow.waiter().centreY(), scrollY);
            double bend = x1 + 8;
            if (Math.max(Math.max(x1, x2), bend) < HEADER_WIDTH || Math.min(x1, x2) > width
                    || Math.max(y1, y2) < AXIS_HEIGHT || Math.min(y1, y2) > height) {
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
                double from = x1 - BAR_HALF;
                double to = x2 + BAR_HALF;
                double under = y1 + ROW_HEIGHT / 2 - 1;
                g.strokePolyline(new double[] {from, from, to, to}, new double[] {y1 + BAR_HALF, under, under, y2 + BAR_HALF + 6}, 4);
                g.setLineDashes();
                g.fillPolygon(new double[] {to, to - 4, to + 4}, new double[] {y2 + BAR_HALF, y2 + BAR_HALF + 7, y2 + BAR_HALF + 7}, 3);
                continue;
            }
            // Out of the dependency's end, down or up to the waiter's row, into its start.
            g.strokePolyline(new double[] {x1, bend, bend, x2}, new double[] {y1, y1, y2, y2}, 4);
            g.setLineDashes();
            double dir = x2 >= bend ? 1 : -1;
            g.fillPolygon(new double[] {x2, x2 - 7 * dir, x2 - 7 * dir}, new double[] {y2, y2 - 4, y2 + 4}, 3);
        }
    }

    private static double right(Item item, TimeAxis axis) {
        return item.window() ? axis.x(item.endDay() + 1) : axis.x(item.endDay() + 0.5) + BAR_HALF;
    }

    private static double left(Item item, TimeAxis axis) {
        return item.window() ? axis.x(item.startDay()) : axis.x(item.endDay() + 0.5) - BAR_HALF - 1;
    }

    private void paintToday(GraphicsContext g, LocalDate today, TimeAxis axis, double height) {
        double x = Math.round(axis.x(today.toEpochDay() + 0.5)) + 0.5;
        g.setStroke(palette.get("today"));
        g.setLineWidth(2);
        g.strokeLine(x, AXIS_HEIGHT, x, height);
    }

    private void paintAxis(GraphicsContext g, TimelineLayout layout, TimeAxis axis, double width) {
        g.setFill(palette.get("header"));
        g.fillRect(0, 0, width, AXIS_HEIGHT);
        g.save();
        g.beginPath();
        g.rect(HEADER_WIDTH, 0, width - HEADER_WIDTH, AXIS_HEIGHT);
        g.clip();
        g.setFont(small);
        for (Recess recess : layout.recesses()) {
            double x1 = axis.x(recess.first());
            double x2 = axis.x(recess.last().toEpochDay() + 1);
            if (x2 >= HEADER_WIDTH && x1 <= width) {
                g.setFill(palette.get("recess"));
                g.fillRect(x1, AXIS_HEIGHT / 2, x2 - x1, AXIS_HEIGHT / 2);
            }
        }
        g.setStroke(palette.get("grid"));
        g.setLineWidth(1);
        g.setFill(palette.get("muted"));
        for (TimeAxis.Tick tick : axis.ticks(width, locale)) {
            double x = Math.round(tick.x()) + 0.5;
            g.strokeLine(x, AXIS_HEIGHT / 2, x, AXIS_HEIGHT);
            g.fillText(tick.label(), x + 3, AXIS_HEIGHT * 0.75);
        }
        g.setFont(bold);
        g.setFill(palette.get("text"));
        List<TimeAxis.Tick> majors = axis.majors(width, locale);
        for (int i = 0; i < majors.size(); i++) {
            TimeAxis.Tick major = majors.get(i);
            double x = Math.round(major.x()) + 0.5;
            g.strokeLine(x, 0, x, AXIS_HEIGHT / 2);
            // The heading of a year (or month) begun off screen stays at the left edge until the next one comes.
            double textX = Math.max(x + 4, HEADER_WIDTH + 4);
            double nextX = i + 1 < majors.size() ? majors.get(i + 1).x() : Double.MAX_VALUE;
            if (textX + major.label().length() * CHAR_WIDTH + 8 < nextX) {
                g.fillText(major.label(), textX, AXIS_HEIGHT / 4);
            }
        }
        paintTodayLabel(g, layout.data().today(), axis);
        g.restore();
        g.setStroke(palette.get("grid"));
        g.strokeLine(0, AXIS_HEIGHT - 0.5, width, AXIS_HEIGHT - 0.5);
    }

    private void paintTodayLabel(GraphicsContext g, LocalDate today, TimeAxis axis) {
        double x = axis.x(today.toEpochDay() + 0.5);
        String text = labels.get("timeline.today");
        double w = text.length() * CHAR_WIDTH + 10;
        g.setFill(palette.get("today"));
        g.fillRoundRect(x - w / 2, AXIS_HEIGHT / 2 + 2, w, AXIS_HEIGHT / 2 - 4, 6, 6);
        g.setFill(palette.get("background"));
        g.setFont(bold);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(text, x, AXIS_HEIGHT * 0.75);
        g.setTextAlign(TextAlignment.LEFT);
    }

    private void paintHeaders(GraphicsContext g, TimelineLayout layout, double scrollY, double height) {
        g.setFill(palette.get("header"));
        g.fillRect(0, 0, HEADER_WIDTH, height);
        g.save();
        g.beginPath();
        g.rect(0, AXIS_HEIGHT, HEADER_WIDTH, height - AXIS_HEIGHT);
        g.clip();
        for (Group group : layout.groups()) {
            double y = screenY(group.y(), scrollY);
            if (y > height || y + DOSSIER_HEIGHT < AXIS_HEIGHT) {
                continue;
            }
            double cy = y + DOSSIER_HEIGHT / 2;
            g.setFill(palette.get("text"));
            if (group.collapsed()) {
                g.fillPolygon(new double[] {8, 14, 8}, new double[] {cy - 5, cy, cy + 5}, 3);
            } else {
                g.fillPolygon(new double[] {6, 16, 11}, new double[] {cy - 3, cy - 3, cy + 3}, 3);
            }
            g.setFont(bold);
            String name = group.dossier() == null ? labels.get("timeline.noDossier") : group.dossier();
            g.fillText(shorten(name + " (" + group.count() + ")", HEADER_WIDTH - 26), 20, cy);
        }
        for (Lane lane : layout.lanes()) {
            double y = screenY(lane.y(), scrollY);
            if (y > height || y + lane.height() < AXIS_HEIGHT) {
                continue;
            }
            g.setStroke(palette.get("grid"));
            g.setLineWidth(1);
            g.strokeLine(0, Math.round(y + lane.height()) - 0.5, HEADER_WIDTH, Math.round(y + lane.height()) - 0.5);
            g.setFont(font);
            g.setFill(palette.get("text"));
            String name = lane.line() == null ? labels.get("timeline.noLine") : lane.line();
            g.fillText(shorten(name, HEADER_WIDTH - 20), 12, y + 4 + HEADER_LINE / 2);
            paintUndated(g, lane, y);
        }
        g.restore();
        g.setStroke(palette.get("grid"));
        g.strokeLine(HEADER_WIDTH - 0.5, 0, HEADER_WIDTH - 0.5, height);
        g.setFill(palette.get("muted"));
        g.setFont(small);
        g.fillText(labels.get("timeline.corner"), 12, AXIS_HEIGHT * 0.75);
    }

    /** Commitments without a deadline cannot sit on the axis, so they are named under their lane. */
    private void paintUndated(GraphicsContext g, Lane lane, double y) {
        List<TrackedCommitment> undated = lane.undated();
        g.setFont(small);
        g.setFill(palette.get("muted"));
        double lineY = y + 4 + HEADER_LINE * 1.5;
        for (int i = 0; i < Math.min(UNDATED_SHOWN, undated.size()); i++, lineY += HEADER_LINE) {
            String title = undated.get(i).commitment().title();
            g.fillText(shorten("○ " + labels.get("timeline.undated") + ": " + (title == null ? "" : title),
                    HEADER_WIDTH - 30), 20, lineY);
        }
        if (undated.size() > UNDATED_SHOWN) {
            g.fillText(labels.get("timeline.undated.more", undated.size() - UNDATED_SHOWN), 20, lineY);
        }
    }

    /** Height of {@link #paintLegend}: the key a picture needs, having no tooltips. */
    public static final double LEGEND_HEIGHT = 28;

    /** The key under a picture: shapes, words, bands and lines, then the conflicts, in the user's language. */
    public void paintLegend(GraphicsContext g, TimelineLayout layout, double top, double width) {
        g.setFill(palette.get("header"));
        g.fillRect(0, top, width, LEGEND_HEIGHT);
        g.setFill(palette.get("muted"));
        g.setFont(small);
        g.setTextBaseline(VPos.CENTER);
        int conflicts = layout.dependencies().conflicts().size() + layout.dependencies().cycles().size();
        String text = labels.get("timeline.legend") + (conflicts == 0 ? "" : "   " + labels.get("timeline.conflicts", conflicts));
        g.fillText(text, 12, top + LEGEND_HEIGHT / 2);
    }
}
