package nl.toezeggingen.app;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Set;
import javax.imageio.ImageIO;
import nl.toezeggingen.report.timeline.TimelineLayout;
import nl.toezeggingen.report.timeline.TimelinePainter;
import nl.toezeggingen.report.timeline.TimelinePalette;
import nl.toezeggingen.report.timeline.TimelinePicture;

/** The timeline as a picture, for `export --format png` and for the e-mail overview, window or command line. */
public final class TimelinePictures {
    public static final int DEFAULT_WIDTH = 1600;

    private TimelinePictures() {
    }

    /** Without dates it shows everything from the first deadline to the last, today included. */
    public static BufferedImage picture(Tracker tracker, LocalDate from, LocalDate to, Integer width,
                                        Messages messages) {
        TimelineLayout whole = new TimelineLayout(TimelineSource.of(tracker), Set.of());
        LocalDate first = from != null ? from : margin(whole.firstDate().minusMonths(1), to, true);
        // Titles run to the right of their deadline: leave them a quarter of the span.
        long span = whole.lastDate().toEpochDay() - whole.firstDate().toEpochDay();
        LocalDate last = to != null ? to : margin(whole.lastDate().plusMonths(1).plusDays(span / 4), first, false);
        TimelinePainter painter = new TimelinePainter(messages::get, messages.locale(), TimelinePalette.LIGHT);
        return TimelinePicture.render(whole, first, last, width != null ? width : DEFAULT_WIDTH, painter);
    }

    /** The whole timeline as PNG bytes. */
    public static byte[] png(Tracker tracker, Messages messages) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture(tracker, null, null, null, messages), "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** For the mail: the picture where it can be drawn, else none (the overview goes out without it). */
    public static byte[] pngOrNothing(Tracker tracker, Messages messages) {
        try {
            return png(tracker, messages);
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
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
