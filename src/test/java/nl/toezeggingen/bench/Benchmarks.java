package nl.toezeggingen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs every benchmark ({@code ./mvnw -Pbench verify}), prints one table and writes
 * {@code target/bench/results.json}, a flat JSON object of numbers. Figures are reported, never judged:
 * a slow machine must not fail the build.
 */
public final class Benchmarks {

    /** One measured feature; returns its figures under their result keys. */
    interface Benchmark {
        Map<String, Double> run(Path workDirectory) throws Exception;
    }

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target");
        Path work = Files.createDirectories(target.resolve("bench"));
        // The timeline benchmark ends the JavaFX toolkit: it stays last.
        List<Benchmark> all = List.of(new StartupBenchmark(), new DeadlineBenchmark(), new OverdueBenchmark(), new CliBenchmark(),
                new ImportBenchmark(), new ExportBenchmark(), new TimelineBenchmark());
        Map<String, Double> results = new LinkedHashMap<>();
        // -Dbench.only=Startup,Import runs just those (by class name prefix), to measure one thing at a time.
        String only = System.getProperty("bench.only", "");
        for (Benchmark benchmark : all) {
            String name = benchmark.getClass().getSimpleName();
            if (!only.isBlank() && java.util.Arrays.stream(only.split(",")).noneMatch(p -> name.startsWith(p.strip()))) {
                continue;
            }
            Path dir = Files.createTempDirectory(work, benchmark.getClass().getSimpleName());
            results.putAll(benchmark.run(dir));
        }
        System.out.println();
        System.out.println("benchmark                          value");
        results.forEach((key, value) -> System.out.printf(Locale.ROOT, "%-32s %10.2f%n", key, value));
        Files.writeString(work.resolve("results.json"), json(results));
        System.out.println("written " + work.resolve("results.json"));
        // The e-mail draft's picture starts the JavaFX toolkit, which would keep this JVM alive after the
        // last benchmark when the timeline benchmark (which ends the toolkit) is not among those run.
        System.exit(0);
    }

    static String json(Map<String, Double> results) {
        return results.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "  \"%s\": %.3f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(",\n", "{\n", "\n}\n"));
    }

    /** Median of the given timings. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
