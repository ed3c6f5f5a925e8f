package nl.toezeggingen.app;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.overview.Overview;
import nl.toezeggingen.domain.overview.Row;
import nl.toezeggingen.domain.overview.Section;
import nl.toezeggingen.report.overview.MailPicture;
import nl.toezeggingen.report.timeline.TimelineData;

/**
 * What the e-mail overview's timeline shows, window or command line alike. The drawing itself is the face's
 * {@link TimelineDrawing}: app chooses the commitments and the size, the rendering package paints them.
 */
public final class MailTimeline {
    /** A mail is read in a window of about this width; Outlook shows the picture at exactly this size. */
    public static final int MAIL_WIDTH = 900;
    /**
     * The most commitments the mail's picture shows: the tables below list them all, the picture shows what
     * is pressing at a glance. Fifteen lanes with their dossier headings stay under 900 pixels high.
     */
    public static final int MAIL_ITEMS = 15;

    private MailTimeline() {
    }

    /**
     * What the overview says is pressing (Te laat and Binnenkort, in its selection), at most {@link #MAIL_ITEMS}
     * of them, those whose last day is nearest to today first, {@link #MAIL_WIDTH} wide. Drawing the whole
     * register instead took seconds on a ministry-wide list and made a picture no mail program shows readably.
     * None when nothing is pressing or it cannot be drawn: the mail goes without it.
     */
    public static MailPicture picture(Tracker tracker, Overview overview, Messages messages, TimelineDrawing drawing) {
        return drawing(tracker, overview, messages, drawing).get();
    }

    /**
     * {@link #picture}, drawn beside the caller: the draft writes its text meanwhile and asks for the picture
     * (get() waits for it) only when the HTML needs it. The tracker is read here, on the caller's thread.
     */
    static Supplier<MailPicture> drawing(Tracker tracker, Overview overview, Messages messages,
                                         TimelineDrawing drawing) {
        List<TrackedCommitment> pressing = nearestPressing(overview);
        if (pressing.isEmpty()) {
            return () -> null;
        }
        List<TrackedCommitment> shown = pressing.subList(0, Math.min(MAIL_ITEMS, pressing.size()));
        TimelineData data = TimelineSource.of(tracker, shown);
        String caption = shown.size() < pressing.size()
                ? messages.get("overview.timeline.partial", shown.size(), pressing.size()) : null;
        CompletableFuture<MailPicture> drawn = CompletableFuture.supplyAsync(() -> {
            try {
                BufferedImage image = drawing.draw(data, MAIL_WIDTH);
                return new MailPicture(png(image), image.getWidth(), image.getHeight(), caption);
            } catch (RuntimeException | LinkageError e) {
                return null;
            }
        });
        return drawn::join;
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
}
