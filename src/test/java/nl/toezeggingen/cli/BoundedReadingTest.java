package nl.toezeggingen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import nl.toezeggingen.Main;
import nl.toezeggingen.importer.ZipBombs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The zip bombs of issue 15 and a file too large for the memory, through the real program in a JVM of
 * its own with a small heap, so that the memory bound is proven and not just hoped for: the bombs are
 * refused with exit 2 and one sentence, the memory error is exit 4 and one sentence (never exit 1, which
 * means "something is overdue"), never a stack trace, and the register stays as it was.
 */
class BoundedReadingTest {
    private static final long GB = 1024L * 1024 * 1024;

    @TempDir
    Path data;
    @TempDir
    Path files;
    String before;

    @BeforeEach
    void oneCommitment() {
        assertThat(CliRun.run(data, "add", "--title", "Kamer informeren over de aanpak", "--deadline", "eind 2025").exit)
                .isZero();
        before = CliRun.run(data, "list", "--format", "json").out;
    }

    static Stream<Arguments> bombs() {
        BiFunction<Path, Boolean, Path> cell = (file, honest) -> ZipBombs.oneHugeCell(file, 3 * GB / 2, honest);
        BiFunction<Path, Boolean, Path> rows = (file, honest) -> ZipBombs.manyRows(file, 2 * GB, honest);
        return Stream.of(
                Arguments.of("one cell of 1.5 GB", cell, true, "zip-bom"),
                Arguments.of("one cell of 1.5 GB, its size declared as 1 KB", cell, false, "meer dan 100.000 tekens"),
                Arguments.of("2 GB of rows", rows, true, "zip-bom"),
                Arguments.of("2 GB of rows, their size declared as 1 KB", rows, false, "zip-bom"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bombs")
    void a_zip_bomb_is_refused_in_256_mb_within_seconds_and_nothing_is_written(
            String name, BiFunction<Path, Boolean, Path> bomb, boolean honest, String why) throws Exception {
        Path file = bomb.apply(files.resolve("lijst.xlsx"), honest);
        assertThat(Files.size(file)).isLessThan(8L * 1024 * 1024);

        long start = System.nanoTime();
        Child run = Child.run(data, "-Xmx256m", "import", file.toString());
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

        assertThat(run.exit).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err).contains(why).contains("Niets ingelezen: 1 probleem in het bestand.");
        assertNoStackTrace(run);
        assertThat(seconds).as("seconds to refuse").isLessThan(30);
        assertThat(CliRun.run(data, "list", "--format", "json").out).isEqualTo(before);
    }

    @Test
    void running_out_of_memory_is_exit_4_with_one_sentence_and_nothing_is_written() throws Exception {
        // Within every import limit (150,000 rows, 47 MB), but more than a heap of 32 MB can hold.
        Path file = files.resolve("groot.csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write("Titel;Tekst\n".getBytes(StandardCharsets.UTF_8));
            byte[] text = ("x".repeat(300) + "\n").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 150_000; i++) {
                out.write(("Toezegging " + i + ";").getBytes(StandardCharsets.UTF_8));
                out.write(text);
            }
        }

        Child run = Child.run(data, "-Xmx32m", "import", file.toString());

        assertThat(run.exit).as(run.toString()).isEqualTo(Cli.INTERNAL_ERROR);
        assertThat(run.err.strip()).isEqualTo(
                "Er was niet genoeg geheugen voor deze opdracht. Er is niets opgeslagen wat niet al bevestigd was.");
        assertNoStackTrace(run);
        assertThat(CliRun.run(data, "list", "--format", "json").out).isEqualTo(before);
    }

    private static void assertNoStackTrace(Child run) {
        assertThat(run.err + run.out).as(run.toString())
                .doesNotContain("Exception").doesNotContain("Error:").doesNotContain("\tat ");
    }

    /** The program as a user starts it, {@code java ... nl.toezeggingen.Main}, with this test's class path. */
    private record Child(int exit, String out, String err) {
        static Child run(Path data, String heap, String... args) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--data", data.toString()));
            command.addAll(List.of(args));
            Path out = Files.createTempFile("toezeggingen-out", ".txt");
            Path err = Files.createTempFile("toezeggingen-err", ".txt");
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the program did not end: " + Files.readString(err));
            }
            Child child = new Child(process.exitValue(), Files.readString(out), Files.readString(err));
            Files.delete(out);
            Files.delete(err);
            return child;
        }

        @Override
        public String toString() {
            return "exit " + exit + "\nout: " + out + "\nerr: " + err;
        }
    }
}
