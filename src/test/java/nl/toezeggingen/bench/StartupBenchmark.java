package nl.toezeggingen.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.toezeggingen.Main;
import nl.toezeggingen.ui.StartupProbe;

/**
 * JVM start to first frame, measured from outside: an empty JavaFX stage against the real window on a
 * 10,000-commitment database, each a fresh JVM on the same (Monocle headless, software) display and with
 * the same JVM options (those the installed program starts with), one warm-up then five runs each,
 * interleaved so a busy moment of the machine hits both alike. The program runs from the built jar, as
 * users run it; the empty stage from the test classes (it is not in the jar). A third series runs the program
 * with a class-data-sharing archive made by a training start, to know what shipping one would bring; a
 * fourth a window like ours without our code or data ({@link BareTableWindow}), the platform's share.
 */
final class StartupBenchmark implements Benchmarks.Benchmark {
    private static final int RUNS = 5;

    @Override
    public Map<String, Double> run(Path dir) throws Exception {
        Path data = dir.resolve("data");
        OverdueBenchmark.fill(data, 10_000);
        String testPath = System.getProperty("java.class.path");
        String monocle = java.util.Arrays.stream(testPath.split(java.io.File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle")).findFirst().orElse("");
        String jar = System.getProperty("bench.jar");
        String appPath = jar == null ? testPath : jar + java.io.File.pathSeparator + monocle;
        List<String> empty = command(testPath, List.of(), EmptyStage.Launcher.class.getName());
        List<String> bare = command(testPath, List.of(), BareTableWindow.Launcher.class.getName());
        String[] appArgs = {"--data", data.toString(), "--today", "2025-07-10"};
        List<String> app = command(appPath, List.of(), Main.class.getName(), appArgs);
        // Class-data sharing: an archive of the classes a start loads, made by one training start. Not (yet)
        // what the installers ship; measured beside the plain start so the gain is known.
        Path archive = dir.resolve("app.jsa");
        launch(command(appPath, List.of("-XX:ArchiveClassesAtExit=" + archive), Main.class.getName(), appArgs));
        List<String> appShared = command(appPath, List.of("-XX:SharedArchiveFile=" + archive), Main.class.getName(), appArgs);
        launch(empty);
        launch(bare);
        launch(app);
        launch(appShared);
        double[] emptyMs = new double[RUNS];
        double[] appMs = new double[RUNS];
        double[] appRss = new double[RUNS];
        double[] sharedMs = new double[RUNS];
        double[] bareMs = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            emptyMs[i] = launch(empty)[0];
            double[] measured = launch(app);
            appMs[i] = measured[0];
            appRss[i] = measured[1];
            sharedMs[i] = launch(appShared)[0];
            bareMs[i] = launch(bare)[0];
        }
        Map<String, Double> results = new LinkedHashMap<>();
        results.put("startup.empty_stage_ms", Benchmarks.median(emptyMs));
        results.put("startup.empty_stage_min_ms", min(emptyMs));
        results.put("startup.app_ms", Benchmarks.median(appMs));
        results.put("startup.app_min_ms", min(appMs));
        results.put("startup.ratio", Benchmarks.median(appMs) / Benchmarks.median(emptyMs));
        results.put("startup.rss_mb", Benchmarks.median(appRss));
        results.put("startup.app_cds_ms", Benchmarks.median(sharedMs));
        results.put("startup.bare_table_window_ms", Benchmarks.median(bareMs));
        results.put("startup.ratio_cds", Benchmarks.median(sharedMs) / Benchmarks.median(emptyMs));
        return results;
    }

    private static List<String> command(String classPath, List<String> extra, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath));
        command.addAll(extra);
        for (String option : System.getProperty("bench.jvmOptions", "").split(" ")) {
            if (!option.isBlank()) {
                command.add(option);
            }
        }
        command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-D" + StartupProbe.PROPERTY + "=true", mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** Returns milliseconds from process start to the first frame, and the resident memory then in MB. */
    private static double[] launch(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        do {
            line = out.readLine();
        } while (line != null && !line.equals("first-frame"));
        double ms = (System.nanoTime() - start) / 1e6;
        if (line == null) {
            throw new IllegalStateException("no first frame from " + command.get(command.size() - 1));
        }
        double rss = rssMegabytes(process.pid());
        process.getOutputStream().close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new double[] {ms, rss};
    }

    private static double rssMegabytes(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return Double.NaN;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private static double min(double[] values) {
        double min = Double.MAX_VALUE;
        for (double v : values) {
            min = Math.min(min, v);
        }
        return min;
    }
}
