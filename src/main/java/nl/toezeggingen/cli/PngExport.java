package nl.toezeggingen.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.TimelineSource;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.render.TimelinePicture;
import nl.toezeggingen.render.TimelinePictures;

/** {@code export --format png}: the timeline as a picture, drawn without a display. */
final class PngExport {
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

    /** The pictures in the user's words: for the PNG and for the mail's timeline. */
    static TimelinePictures pictures(Messages messages) {
        return new TimelinePictures(messages::get, messages.locale());
    }

    /**
     * Writes the picture; without dates it shows everything from the first deadline to the last, today included.
     * The request has passed {@link #check} already, before the data was opened.
     */
    static void write(Tracker tracker, Path out, LocalDate from, LocalDate to, Integer width, Messages messages) {
        try {
            TimelinePicture.writePng(pictures(messages).picture(TimelineSource.of(tracker), from, to, width), out);
        } catch (IOException e) {
            throw new BadInput(messages.get("cli.export.png.cannotWrite", out, e.getMessage()));
        }
    }
}
