package nl.toezeggingen.app;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.overview.Overview;
import nl.toezeggingen.domain.overview.Row;
import nl.toezeggingen.domain.overview.Section;
import nl.toezeggingen.report.overview.MailPicture;
import nl.toezeggingen.report.timeline.TimelineData;
import nl.toezeggingen.report.timeline.TimelineLayout;
import nl.toezeggingen.report.timeline.TimelinePainter;
import nl.toezeggingen.report.timeline.TimelinePalette;
import nl.toezeggingen.report.timeline.TimelinePicture;

/** The timeline as a picture, for `export --format png` and for the e-mail overview, window or command line. */
public final class TimelinePictures {
    public static final int DEFAULT_WIDTH = 1600;
    /** A mail is read in a window of about this width; Outlook shows the picture at exactly this size. */
    public static final int MAIL_WIDTH = 900;
    /**
     * The most commitments the mail's picture shows: the tables below list them all, the picture shows what
     * is pressing at a glance. Fifteen lanes with their dossier headings stay under 900 pixels high.
     */
    public static final int MAIL_ITEMS = 15;

    private TimelinePictures() {
    }

    /** Without dates it shows everything from the first deadline to the last, today included. */
    public static BufferedImage picture(Tracker tracker, LocalDate from, LocalDate to, Integer width,
                                        Messages messages) {
        return draw(new TimelineLayout(TimelineSource.of(tracker), Set.of()), from, to,
                width != null ? width : DEFAULT_WIDTH, messages);
    }

    private static BufferedImage draw(TimelineLayout whole, LocalDate from, LocalDate to, int width,
                                      Messages messages) {
        LocalDate first = from != null ? from : margin(whole.firstDate().minusMonths(1), to, true);
        // Titles run to the right of their deadline: leave them a quarter of the span.
        long span = whole.lastDate().toEpochDay() - whole.firstDate().toEpochDay();
        LocalDate last = to != null ? to : margin(whole.lastDate().plusMonths(1).plusDays(span / 4), first, false);
        TimelinePainter painter = new TimelinePainter(messages::get, messages.locale(), TimelinePalette.LIGHT);
        return TimelinePicture.render(whole, first, last, width, painter);
    }

    /**
     * For the mail: what the overview says is pressing (Te laat and Binnenkort, in its selection), at most
     * {@link #MAIL_ITEMS} of them, those whose last day is nearest to today first, {@link #MAIL_WIDTH} wide.
     * Drawing the whole register instead took seconds on a ministry-wide list and made a picture no mail
     * program shows readably. None when nothing is pressing or it cannot be drawn: the mail goes without it.
     */
    public static MailPicture forMail(Tracker tracker, Overview overview, Messages messages) {
        return drawingForMail(tracker, overview, messages).get();
    }

    /**
     * {@link #forMail}, drawn beside the caller: the draft writes its text meanwhile and asks for the picture
     * (get() waits for it) only when the HTML needs it. The tracker is read here, on the caller's thread.
     */
    public static Supplier<MailPicture> drawingForMail(Tracker tracker, Overview overview, Messages messages) {
        List<TrackedCommitment> pressing = nearestPressing(overview);
        if (pressing.isEmpty()) {
            return () -> null;
        }
        List<TrackedCommitment> shown = pressing.subList(0, Math.min(MAIL_ITEMS, pressing.size()));
        TimelineData data = TimelineSource.of(tracker, shown);
        String caption = shown.size() < pressing.size()
                ? messages.get("overview.timeline.partial", shown.size(), pressing.size()) : null;
        CompletableFuture<MailPicture> drawing = CompletableFuture.supplyAsync(() -> {
            try {
                BufferedImage image = draw(new TimelineLayout(data, Set.of()), null, null, MAIL_WIDTH, messages);
                return new MailPicture(png(image), image.getWidth(), image.getHeight(), caption);
            } catch (RuntimeException | LinkageError e) {
                return null;
            }
        });
        return drawing::join;
    }

    /** The overview's Te laat and Binnenkort, the last day nearest to today first. */
    static List<TrackedCommitment> nearestPressing(Overview overview) {
        long today = overview.date().toEpochDay();
        return overview.sections().stream()
                .filter(s -> s.kind() == Section.Kind.OVERDUE || s.kind() == Section.Kind.DUE_SOON)
                .flatMap(s -> s.rows().stream()).map(Row::tracked)
                .filter(t -> t.commitment().deadline().latest() != null)
                .sorted(Comparator.comparingLong((TrackedCommitment t) ->
                                Math.abs(t.commitment().deadline().latest().toEpochDay() - today))
                        .thenComparingLong(t -> t.commitment().id()))
                .toList();
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
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
