package nl.toezeggingen.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toezeggingen.app.ImportFiles;
import nl.toezeggingen.app.ImportReport;
import nl.toezeggingen.app.Imports;
import nl.toezeggingen.app.Tracker;

/**
 * A ministry-wide list of 10,000 commitments brought in from CSV and from XLSX into an empty database:
 * reading, checking every row (deadline language included) and the one transaction. Median of 5, each on a fresh folder.
 */
final class ImportBenchmark implements Benchmarks.Benchmark {
    static final int ROWS = 10_000;
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 7, 10).atStartOfDay(ZoneOffset.UTC).toInstant(),
            ZoneOffset.UTC);

    @Override
    public Map<String, Double> run(Path dir) throws Exception {
        List<List<String>> rows = ImportFiles.rows(ROWS);
        Path csv = ImportFiles.csv(dir.resolve("lijst.csv"), rows, ';', StandardCharsets.UTF_8);
        Path xlsx = ImportFiles.xlsx(dir.resolve("lijst.xlsx"), rows);
        Map<String, Double> results = new LinkedHashMap<>();
        try {
            results.put("import.csv_10k_ms", time(dir, csv));
            results.put("import.xlsx_10k_ms", time(dir, xlsx));
        } finally {
            Benchmarks.deleteTree(dir);
        }
        return results;
    }

    private static double time(Path dir, Path file) throws Exception {
        measure(dir, file, "warm");
        double[] ms = new double[5];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = measure(dir, file, "run" + i);
        }
        return Benchmarks.median(ms);
    }

    /** One import on a fresh data folder; the database is opened before the clock starts. */
    private static double measure(Path dir, Path file, String name) throws Exception {
        Path data = Files.createDirectories(dir.resolve(file.getFileName() + "-" + name));
        try (Tracker tracker = Tracker.open(data, CLOCK)) {
            long start = System.nanoTime();
            ImportReport report = tracker.imports().run(file, null);
            double ms = (System.nanoTime() - start) / 1e6;
            if (report.added() != ROWS) {
                throw new IllegalStateException("import refused: " + report.issues());
            }
            return ms;
        } finally {
            Benchmarks.deleteTree(data);
        }
    }

}
