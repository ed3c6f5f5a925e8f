package nl.toezeggingen.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.OverviewFormat;
import nl.toezeggingen.app.Overviews;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.overview.Overview;
import nl.toezeggingen.domain.overview.Scope;
import nl.toezeggingen.render.TimelinePictures;

/**
 * The status overview of a ministry-wide list: 10,000 commitments, every one in the overview (none closed),
 * with notes. Measures each rendering from the built model (median of 15 after warming up); the model's
 * build from the database is reported apart, as export.build_10k_ms.
 */
final class ExportBenchmark implements Benchmarks.Benchmark {
    static final int SIZE = 10_000;

    @Override
    public Map<String, Double> run(Path dir) throws Exception {
        OverdueBenchmark.fill(dir, SIZE, false);
        Clock clock = Clock.fixed(OverdueBenchmark.TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        Map<String, Double> results = new LinkedHashMap<>();
        try (Tracker tracker = Tracker.open(dir, clock)) {
            Messages messages = Messages.forLanguage("nl");
            Overviews overviews = tracker.overviews(messages,
                    new TimelinePictures(messages::get, messages.locale())::whole);
            results.put("export.build_10k_ms", time(() -> overviews.build(Scope.ALL, false)));
            Overview overview = overviews.build(Scope.ALL, false);
            System.out.printf("export: %d rows in the overview%n", overview.rows().size());
            for (OverviewFormat format : OverviewFormat.values()) {
                String key = "export." + format.name().toLowerCase(Locale.ROOT) + "_10k_ms";
                results.put(key, time(() -> overviews.render(overview, format)));
            }
        } finally {
            Benchmarks.deleteTree(dir);
        }
        return results;
    }

    private static double time(Runnable work) {
        for (int i = 0; i < 5; i++) {
            work.run();
        }
        double[] ms = new double[15];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return Benchmarks.median(ms);
    }
}
