package nl.toezeggingen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program started without a command where there is no screen (a server, a terminal over ssh): one
 * sentence and exit 2, not the toolkit's stack trace. Run as a separate JVM, with the desktop toolkit
 * and not the tests' headless one, as a user would start it.
 */
class NoDisplayStartTest {
    private static final String DUTCH =
            "Er is geen beeldscherm om het venster op te openen; geef een opdracht mee (zie 'toezeggingen --help').";

    @TempDir
    Path data;

    record Result(int exit, String err) {
    }

    @BeforeAll
    static void onlyOnLinux() {
        // Only there does the window need X or Wayland, named by the environment.
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "only Linux names its display in the environment");
    }

    /** Neither DISPLAY nor WAYLAND_DISPLAY: seen before the toolkit starts, and the data is not opened. */
    @Test
    void withoutADisplayItSaysSoInOneSentence() throws Exception {
        Result result = start(null, "--data", data.toString());
        assertThat(result.exit()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(DUTCH + System.lineSeparator());
        try (var files = Files.list(data)) {
            assertThat(files).as("nothing opened or made in the data folder").isEmpty();
        }
    }

    @Test
    void inEnglishWhenAsked() throws Exception {
        Result result = start(null, "--data", data.toString(), "--lang", "en");
        assertThat(result.exit()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("There is no display to open the window on; give a command instead "
                + "(see 'toezeggingen --help')." + System.lineSeparator());
    }

    /** A DISPLAY that names no screen passes the cheap check; the toolkit's own failure is caught. */
    @Test
    void aDisplayThatCannotBeOpenedSaysTheSame() throws Exception {
        Result result = start(":97531", "--data", data.toString());
        assertThat(result.exit()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains(DUTCH).doesNotContain("Exception", "\tat ", "Unable to open DISPLAY");
        // The data opened early for the window is closed, not cut off while its file was being made.
        Path file = data.resolve("toezeggingen.mv.db");
        if (Files.exists(file)) {
            assertThat(Files.size(file)).as("more than the two header blocks of a half-made file")
                    .isGreaterThan(16 * 1024);
        }
    }

    private static Result start(String display, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        if (display != null) {
            builder.environment().put("DISPLAY", display);
        }
        Process process = builder.start();
        process.getOutputStream().close();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), err);
    }
}
