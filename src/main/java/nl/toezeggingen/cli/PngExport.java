package nl.toezeggingen.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.TimelineSource;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.report.timeline.TimelineData;
import nl.toezeggingen.report.timeline.TimelineLayout;
import nl.toezeggingen.report.timeline.TimelinePainter;
import nl.toezeggingen.report.timeline.TimelinePalette;
import nl.toezeggingen.report.timeline.TimelinePicture;

/** {@code export --format png}: the timeline as a picture, drawn without a display. */
final class PngExport {
    static final int DEFAULT_WIDTH = 1600;

    private PngExport() {
    }

    /** Checks the request before anything is opened, so bad input writes nothing. */
    static void check(Path out, LocalDate from, LocalDate to, Integer width, Messages messages) {
        if (out == null) {
            throw new BadInput(messages.get("cli.export.png.outRequired"));
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadInput(messages.get("cli.export.png.fromAfterTo", from, to));
        }
        if (width != null && (width < TimelinePicture.MIN_WIDTH || width > TimelinePicture.MAX_WIDTH)) {
            throw new BadInput(messages.get("cli.export.png.width", width, TimelinePicture.MIN_WIDTH,
                    TimelinePicture.MAX_WIDTH));
        }
    }

    /** Writes the picture; without dates it shows everything from the first deadline to the last, today included. */
    static void write(Tracker tracker, Path out, LocalDate from, LocalDate to, Integer width, Messages messages) {
        check(out, from, to, width, messages);
        try {
            TimelinePicture.writePng(picture(tracker, from, to, width, messages), out);
        } catch (IOException e) {
            throw new BadInput(messages.get("cli.export.png.cannotWrite", out, e.getMessage()));
        }
    }

    /** The whole timeline as PNG bytes, for the picture inside the e-mail overview. */
    static byte[] bytes(Tracker tracker, Messages messages) {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(picture(tracker, null, null, null, messages), "png", png);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static java.awt.image.BufferedImage picture(Tracker tracker, LocalDate from, LocalDate to, Integer width,
                                                        Messages messages) {
        TimelineData data = TimelineSource.of(tracker);
        TimelineLayout whole = new TimelineLayout(data, java.util.Set.of());
        LocalDate first = from != null ? from : margin(whole.firstDate().minusMonths(1), to, true);
        // Titles run to the right of their deadline: leave them a quarter of the span.
        long span = whole.lastDate().toEpochDay() - whole.firstDate().toEpochDay();
        LocalDate last = to != null ? to : margin(whole.lastDate().plusMonths(1).plusDays(span / 4), first, false);
        TimelinePainter painter = new TimelinePainter(messages::get, messages.locale(), TimelinePalette.LIGHT);
        return TimelinePicture.render(data, first, last, width != null ? width : DEFAULT_WIDTH, painter);
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
