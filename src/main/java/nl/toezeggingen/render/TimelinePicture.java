package nl.toezeggingen.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import nl.toezeggingen.report.timeline.TimeAxis;
import nl.toezeggingen.report.timeline.TimelineLayout;
import nl.toezeggingen.report.timeline.TimelineMetrics;

/**
 * The timeline as a PNG, made without a window: for the command line, which may run as a scheduled task on a
 * locked PC or a Linux box without DISPLAY. It starts JavaFX on Monocle's headless platform with software
 * rendering, so no screen is ever touched, and writes the pixels through javax.imageio.
 */
public final class TimelinePicture {
    public static final int MIN_WIDTH = 400;
    public static final int MAX_WIDTH = 8000;
    /** Picture heights beyond this would exhaust memory on a ministry-wide list; lanes further down are cut. */
    static final int MAX_HEIGHT = 8000;

    private TimelinePicture() {
    }

    /** Starts the toolkit headless if nothing in this JVM has started it yet (a test may have). */
    public static synchronized void startHeadless() {
        try {
            Platform.runLater(() -> { });
            return;
        } catch (IllegalStateException notStarted) {
            // start it below
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            return;
        }
        Platform.setImplicitExit(false);
        started.join();
    }

    /**
     * Paints {@code from}..{@code to} (inclusive) of {@code layout} over {@code width} pixels; as high as the lanes
     * need, the text at the size the layout was made for. The caller has the layout already: it picks the dates.
     */
    public static BufferedImage render(TimelineLayout layout, LocalDate from, LocalDate to, int width,
                                       TimelinePainter painter) {
        startHeadless();
        TimelineMetrics metrics = layout.metrics();
        double headerWidth = metrics.headerWidth();
        double chart = Math.min(MAX_HEIGHT, Math.ceil(metrics.axisHeight() + layout.height() + metrics.px(8)));
        int height = (int) (chart + metrics.legendHeight());
        CompletableFuture<BufferedImage> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Canvas canvas = new Canvas(width, height);
                TimeAxis axis = TimeAxis.showing(from, to, headerWidth, width - headerWidth);
                painter.paint(canvas.getGraphicsContext2D(), layout, axis, 0, width, chart, null);
                painter.paintLegend(canvas.getGraphicsContext2D(), layout, chart, width);
                done.complete(toBufferedImage(canvas.snapshot(null, null)));
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        });
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing the timeline", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Copies JavaFX pixels into an AWT image; javafx-swing is not on the class path. Straight into the image's
     * own int array (RGB ignores the alpha byte): setRGB would convert every pixel through the colour model.
     */
    public static BufferedImage toBufferedImage(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] rgb = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        PixelReader pixels = image.getPixelReader();
        pixels.getPixels(0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbInstance(), rgb, 0, width);
        return out;
    }

    public static void writePng(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer in this Java");
        }
    }

    public static void writePng(WritableImage image, Path file) throws IOException {
        writePng(toBufferedImage(image), file);
    }
}
