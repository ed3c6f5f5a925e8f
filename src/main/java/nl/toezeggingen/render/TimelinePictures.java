package nl.toezeggingen.render;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import nl.toezeggingen.report.timeline.TimelineData;
import nl.toezeggingen.report.timeline.TimelineLayout;

/**
 * The timeline as a picture in the light palette, for {@code export --format png} and for the e-mail overview:
 * picks the days to show when none are given, then draws them without a window ({@link TimelinePicture}).
 */
public final class TimelinePictures {
    public static final int DEFAULT_WIDTH = 1600;

    private final TimelinePainter.Labels labels;
    private final Locale locale;

    /** {@code labels}: the user's words ({@code Messages::get} fits), dates in {@code locale}. */
    public TimelinePictures(TimelinePainter.Labels labels, Locale locale) {
        this.labels = labels;
        this.locale = locale;
    }

    /**
     * {@code from}..{@code to}, {@code width} pixels wide; without dates it shows everything from the first
     * deadline to the last, today included, without a width {@link #DEFAULT_WIDTH}.
     */
    public BufferedImage picture(TimelineData data, LocalDate from, LocalDate to, Integer width) {
        TimelineLayout whole = new TimelineLayout(data, Set.of());
        LocalDate first = from != null ? from : margin(whole.firstDate().minusMonths(1), to, true);
        // Titles run to the right of their deadline: leave them a quarter of the span.
        long span = whole.lastDate().toEpochDay() - whole.firstDate().toEpochDay();
        LocalDate last = to != null ? to : margin(whole.lastDate().plusMonths(1).plusDays(span / 4), first, false);
        TimelinePainter painter = new TimelinePainter(labels, locale, TimelinePalette.LIGHT);
        return TimelinePicture.render(whole, first, last, width != null ? width : DEFAULT_WIDTH, painter);
    }

    /** All of {@code data} at {@code width} pixels: the drawing the mail's picture asks for. */
    public BufferedImage whole(TimelineData data, int width) {
        return picture(data, null, null, width);
    }

    /** A default end must not fall on the wrong side of the one the user gave. */
    private static LocalDate margin(LocalDate proposed, LocalDate given, boolean before) {
        if (given == null) {
            return proposed;
        }
        return before ? (proposed.isAfter(given) ? given.minusMonths(6) : proposed)
                : (proposed.isBefore(given) ? given.plusMonths(6) : proposed);
    }
}
