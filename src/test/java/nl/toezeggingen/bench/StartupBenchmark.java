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
 * users run it; the platform's windows from a small jar beside it on the same class path. Two platform
 * windows show what JavaFX itself charges: a window with just a 10,000-row table, and one like ours with
 * menus and a tool bar ({@link BareTableWindow}), both without our code or data. Every window is measured
 * twice: as is, and with a class-data-sharing archive made for it by one training start (what the
 * installed program uses from its first or second start).
 */
final class StartupBenchmark implements Benchmarks.Benchmark {
    private static final int RUNS = 5;

    /** One kind of start: a name for its result keys and the command that makes it. */
    private record Series(String name, List<String> command) {
    }

    @Override
    public Map<String, Double> run(Path dir) throws Exception {
        Path data = dir.resolve("data");
        OverdueBenchmark.fill(data, 10_000);
        // The program's jar holds everything, Monocle too: measured as the installed program runs.
        String appPath = System.getProperty("bench.jar");
        if (appPath == null) {
            throw new IllegalStateException("-Dbench.jar names the built program (./mvnw -Pbench verify sets it)");
        }
        String platformPath = platformJar(dir) + java.io.File.pathSeparator + appPath;
        String[] appArgs = {"--data", data.toString(), "--today", "2025-07-10"};
        List<Series> plain = List.of(
                new Series("empty_stage", command(platformPath, EmptyStage.Launcher.class.getName())),
                new Series("table_only", command(platformPath, BareTableWindow.Launcher.class.getName(),
                        "--table-only")),
                new Series("bare_table_window", command(platformPath, BareTableWindow.Launcher.class.getName())),
                new Series("app", command(appPath, Main.class.getName(), appArgs)));
        List<Series> all = new ArrayList<>(plain);
        for (Series series : plain) {
            all.add(archived(series, dir));
        }
        Map<String, double[]> ms = new LinkedHashMap<>();
        double[] appRss = new double[RUNS];
        // Processor time spent up to the first frame, all threads: on a busy machine far steadier than the
        // wall time, and the figure that says whether a change added work (2 cores are saturated at start).
        Map<String, double[]> cpu = new LinkedHashMap<>();
        for (Series series : all) {
            launch(series.command());
            ms.put(series.name(), new double[RUNS]);
            cpu.put(series.name(), new double[RUNS]);
        }
        for (int i = 0; i < RUNS; i++) {
            for (Series series : all) {
                double[] measured = launch(series.command());
                ms.get(series.name())[i] = measured[0];
                cpu.get(series.name())[i] = measured[2];
                if (series.name().equals("app")) {
                    appRss[i] = measured[1];
                }
            }
        }
        Map<String, Double> median = new LinkedHashMap<>();
        ms.forEach((name, values) -> median.put(name, Benchmarks.median(values)));
        Map<String, Double> results = new LinkedHashMap<>();
        results.put("startup.empty_stage_ms", median.get("empty_stage"));
        results.put("startup.empty_stage_min_ms", min(ms.get("empty_stage")));
        results.put("startup.app_ms", median.get("app"));
        results.put("startup.app_min_ms", min(ms.get("app")));
        results.put("startup.ratio", median.get("app") / median.get("empty_stage"));
        results.put("startup.rss_mb", Benchmarks.median(appRss));
        results.put("startup.app_cds_ms", median.get("app_cds"));
        results.put("startup.ratio_cds", median.get("app_cds") / median.get("empty_stage"));
        results.put("startup.table_only_ms", median.get("table_only"));
        results.put("startup.table_only_ratio", median.get("table_only") / median.get("empty_stage"));
        results.put("startup.bare_table_window_ms", median.get("bare_table_window"));
        results.put("startup.bare_table_window_ratio", median.get("bare_table_window") / median.get("empty_stage"));
        results.put("startup.empty_stage_cds_ms", median.get("empty_stage_cds"));
        results.put("startup.table_only_cds_ms", median.get("table_only_cds"));
        results.put("startup.bare_table_window_cds_ms", median.get("bare_table_window_cds"));
        results.put("startup.app_vs_bare_ratio", median.get("app") / median.get("bare_table_window"));
        results.put("startup.app_vs_bare_cds_ratio", median.get("app_cds") / median.get("bare_table_window_cds"));
        results.put("startup.app_cpu_ms", Benchmarks.median(cpu.get("app")));
        results.put("startup.bare_table_window_cpu_ms", Benchmarks.median(cpu.get("bare_table_window")));
        results.put("startup.app_vs_bare_cpu_ratio",
                Benchmarks.median(cpu.get("app")) / Benchmarks.median(cpu.get("bare_table_window")));
        return results;
    }

    /** The same start with its own class archive, made by one training start that ends at its first frame. */
    private static Series archived(Series series, Path dir) throws IOException, InterruptedException {
        Path archive = dir.resolve(series.name() + ".jsa");
        launch(withOption(series.command(), "-XX:ArchiveClassesAtExit=" + archive));
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("no class archive made for " + series.name());
        }
        return new Series(series.name() + "_cds", withOption(series.command(), "-XX:SharedArchiveFile=" + archive));
    }

    private static List<String> withOption(List<String> command, String option) {
        List<String> with = new ArrayList<>(command);
        with.add(1, option);
        return with;
    }

    /**
     * The platform's windows in a jar of their own: a class archive cannot be made from a folder of classes,
     * and beside the program's jar they load JavaFX from the same place it does.
     */
    private static Path platformJar(Path dir) throws IOException {
        Path jar = dir.resolve("platform.jar");
        Path classes;
        try {
            classes = Path.of(EmptyStage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        String folder = EmptyStage.class.getPackageName().replace('.', '/');
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
             var files = Files.list(classes.resolve(folder))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith(EmptyStage.class.getSimpleName()) || name.startsWith(BareTableWindow.class.getSimpleName())) {
                    out.putNextEntry(new java.util.jar.JarEntry(folder + "/" + name));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    private static List<String> command(String classPath, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath));
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

    /**
     * Returns milliseconds from process start to the first frame, the resident memory then in MB, and the
     * processor time (user and system, all threads) the process had used by then, in ms.
     */
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
        double cpu = cpuMillis(process.pid());
        process.getOutputStream().close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new double[] {ms, rss, cpu};
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

    /** utime + stime from /proc/PID/stat (fields 14 and 15, in clock ticks of 10 ms on Linux). */
    private static double cpuMillis(long pid) throws IOException {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return Double.NaN;
        }
        String line = Files.readString(stat);
        // The command name (field 2) is in parentheses and may hold spaces: count from after it.
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
    }

    private static double min(double[] values) {
        double min = Double.MAX_VALUE;
        for (double v : values) {
            min = Math.min(min, v);
        }
        return min;
    }
}
