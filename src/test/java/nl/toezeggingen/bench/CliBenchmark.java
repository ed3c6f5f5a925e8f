package nl.toezeggingen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.toezeggingen.app.ImportFiles;

/**
 * The command line as a scheduled task runs it: a fresh JVM from the built jar, against an empty register
 * and one of 100,000 commitments. Read-only commands must not pay for the size of the register (no start
 * backup of a 60 MB file); writing ones pay for a backup only when something changed since the last one.
 * The import of 100,000 rows runs with a 256 MB heap, as the issue asks; a failure is reported as -1.
 */
final class CliBenchmark implements Benchmarks.Benchmark {
    private static final int RUNS = 5;

    @Override
    public Map<String, Double> run(Path dir) throws Exception {
        String jar = System.getProperty("bench.jar");
        if (jar == null) {
            throw new IllegalStateException("-Dbench.jar names the built program (./mvnw -Pbench verify sets it)");
        }
        Path empty = dir.resolve("leeg");
        Path large = dir.resolve("groot");
        Map<String, Double> results = new LinkedHashMap<>();
        try {
            command(jar, empty, "list"); // creates the empty register
            OverdueBenchmark.fill(large, OverdueBenchmark.SIZE); // a long-lived register: most past ones closed
            command(jar, large, "list"); // first open after the fill, not measured
            results.put("cli.overdue_empty_ms", median(jar, empty, "--today", "2025-07-10", "overdue"));
            results.put("cli.overdue_100k_ms", median(jar, large, "--today", "2025-07-10", "overdue"));
            results.put("cli.list_empty_ms", median(jar, empty, "list", "--format", "json"));
            results.put("cli.list_100k_ms", median(jar, large, "list", "--format", "json"));
            results.put("cli.backup_100k_ms", median(jar, large, "backup"));
            // Each add changes the register, so each start makes its backup first: the cost of a writing command.
            results.put("cli.add_100k_ms", median(jar, large, "add", "--title", "Nog een"));
            results.put("cli.data_100k_mb", Files.size(large.resolve("toezeggingen.mv.db")) / 1e6);

            Path csv = ImportFiles.csv(dir.resolve("lijst.csv"), ImportFiles.rows(100_000), ';', StandardCharsets.UTF_8);
            Path fresh = dir.resolve("import");
            long start = System.nanoTime();
            int exit = command(jar, fresh, List.of("-Xmx256m"), "import", csv.toString());
            results.put("cli.import_100k_256m_ms", exit == 0 ? (System.nanoTime() - start) / 1e6 : -1);
        } finally {
            Benchmarks.deleteTree(dir);
        }
        System.out.printf("cli: overdue %.0f ms on 100,000 against %.0f ms on an empty register%n",
                results.get("cli.overdue_100k_ms"), results.get("cli.overdue_empty_ms"));
        return results;
    }

    private static double median(String jar, Path data, String... args) throws IOException, InterruptedException {
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            command(jar, data, args);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return Benchmarks.median(ms);
    }

    private static int command(String jar, Path data, String... args) throws IOException, InterruptedException {
        return command(jar, data, List.of(), args);
    }

    private static int command(String jar, Path data, List<String> jvm, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar, "--data", data.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
