package nl.toezeggingen.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.domain.deadline.Certainty;
import nl.toezeggingen.domain.deadline.Recess;
import nl.toezeggingen.domain.deadline.RecessKind;
import nl.toezeggingen.render.TimelinePainter;
import nl.toezeggingen.render.TimelinePalette;
import nl.toezeggingen.render.TimelinePicture;
import nl.toezeggingen.report.timeline.TimeAxis;
import nl.toezeggingen.report.timeline.TimelineData;
import nl.toezeggingen.report.timeline.TimelineLayout;
import nl.toezeggingen.report.timeline.TimelineMetrics;

/**
 * The timeline with a ministry-wide list: 10,000 commitments over ten years in 5 dossiers of 8 lines, on a
 * 1100x420 canvas (the timeline pane of a 1366x768 laptop), software rendering on Monocle's headless platform.
 * A frame is paint plus a snapshot, which forces the software rasterizer to draw it: an upper bound, since the
 * window only rasterizes, without reading pixels back.
 */
final class TimelineBenchmark implements Benchmarks.Benchmark {
    static final int SIZE = 10_000;
    static final int WIDTH = 1100;
    static final int HEIGHT = 420;
    static final LocalDate TODAY = LocalDate.of(2025, 7, 10);

    @Override
    public Map<String, Double> run(Path dir) throws Exception {
        TimelinePicture.startHeadless();
        TimelineData data = data(SIZE);
        Messages messages = Messages.forLanguage("nl");
        TimelinePainter painter = new TimelinePainter(messages::get, messages.locale(), TimelinePalette.LIGHT);
        CompletableFuture<Map<String, Double>> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(measure(data, painter));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } finally {
            // The toolkit's thread is not a daemon: without this the benchmark JVM would never end.
            Platform.exit();
        }
    }

    private static Map<String, Double> measure(TimelineData data, TimelinePainter painter) {
        // Warm the code paths on a throwaway canvas first, as a window would have after its first seconds.
        frames(new TimelineLayout(data, Set.of()), painter, new Canvas(WIDTH, HEIGHT), 60);
        double[] first = new double[5];
        for (int i = 0; i < first.length; i++) {
            long t0 = System.nanoTime();
            TimelineLayout layout = new TimelineLayout(data, Set.of());
            Canvas canvas = new Canvas(WIDTH, HEIGHT);
            TimeAxis axis = new TimeAxis(0, (WIDTH - TimelineMetrics.DEFAULT.headerWidth()) / 400.0, TimelineMetrics.DEFAULT.headerWidth())
                    .centredOn(TODAY, WIDTH - TimelineMetrics.DEFAULT.headerWidth());
            painter.paint(canvas.getGraphicsContext2D(), layout, axis, 0, WIDTH, HEIGHT, null);
            canvas.snapshot(null, null);
            first[i] = (System.nanoTime() - t0) / 1e6;
        }
        double[] frames = frames(new TimelineLayout(data, Set.of()), painter, new Canvas(WIDTH, HEIGHT), 300);
        Arrays.sort(frames);
        double[] paintOnly = frames(new TimelineLayout(data, Set.of()), painter, null, 300);
        Arrays.sort(paintOnly);
        Map<String, Double> results = new LinkedHashMap<>();
        results.put("timeline.first_draw_ms_10k", Benchmarks.median(first));
        results.put("timeline.frame_p95_ms_10k", p95(frames));
        // The same frames without the snapshot: what the FX thread spends; the rest is rasterizing and reading back.
        results.put("timeline.paint_p95_ms_10k", p95(paintOnly));
        System.out.printf(Locale.ROOT, "timeline: %d items, frame median %.2f ms, max %.2f ms%n", SIZE,
                Benchmarks.median(frames), frames[frames.length - 1]);
        return results;
    }

    private static double p95(double[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }

    /**
     * Pans right, scrolls down, zooms in then out: the moves a user makes with mouse and wheel. {@code canvas}
     * null: paint on a fresh canvas each frame and never rasterize it (the paint cost alone).
     */
    private static double[] frames(TimelineLayout layout, TimelinePainter painter, Canvas canvas, int count) {
        double chart = WIDTH - TimelineMetrics.DEFAULT.headerWidth();
        TimeAxis axis = new TimeAxis(0, chart / 400.0, TimelineMetrics.DEFAULT.headerWidth()).centredOn(TODAY.minusYears(4), chart);
        double scrollY = 0;
        double[] ms = new double[count];
        for (int i = 0; i < count; i++) {
            switch ((i / 25) % 4) {
                case 0 -> axis = axis.panBy(-40);
                case 1 -> scrollY += 60;
                case 2 -> axis = axis.zoom(1.15, WIDTH / 2.0);
                default -> axis = axis.zoom(1 / 1.15, WIDTH / 2.0);
            }
            scrollY = Math.min(scrollY, layout.height() - HEIGHT);
            Canvas target = canvas != null ? canvas : new Canvas(WIDTH, HEIGHT);
            long t0 = System.nanoTime();
            painter.paint(target.getGraphicsContext2D(), layout, axis, scrollY, WIDTH, HEIGHT, null);
            if (canvas != null) {
                canvas.snapshot(null, null);
            }
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return ms;
    }

    static TimelineData data(int size) {
        Random random = new Random(10_000);
        List<TrackedCommitment> all = new ArrayList<>();
        for (long id = 1; id <= size; id++) {
            LocalDate latest = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3650));
            LocalDate earliest = random.nextInt(3) == 0 ? latest.minusDays(30 + random.nextInt(120)) : null;
            boolean dated = random.nextInt(20) != 0;
            Commitment c = Commitment.builder().id(id).reference("TZ" + id)
                    .title("Toezegging " + id + " over de voortgang van het programma")
                    .dossier("Dossier " + random.nextInt(5)).line("Actielijn " + random.nextInt(8))
                    .status(latest.isBefore(TODAY) && random.nextInt(4) != 0 ? Status.DONE : Status.OPEN)
                    .deadline(dated ? new Deadline(null, earliest, latest, random.nextInt(10) == 0) : Deadline.NONE)
                    .dependsOn(id > 1 && random.nextInt(10) == 0 ? (long) (1 + random.nextInt((int) id - 1)) : null)
                    .build();
            all.add(new TrackedCommitment(c, Urgency.of(c, TODAY, 14)));
        }
        List<Recess> recesses = new ArrayList<>();
        for (int year = 2020; year <= 2030; year++) {
            recesses.add(new Recess(RecessKind.ZOMERRECES, LocalDate.of(year, 7, 4), LocalDate.of(year, 9, 1), Certainty.ESTIMATED));
        }
        return new TimelineData(all, recesses, TODAY);
    }
}
