package nl.toezeggingen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the program makes its class archive, and how it starts the training. */
class ClassArchiveTest {
    @TempDir
    Path app;

    private ClassArchive archive(String os, String... jvmArguments) {
        return new ClassArchive(List.of(jvmArguments), app.resolve("toezeggingen.jar").toString(), app.resolve("runtime"), os);
    }

    @Test
    void wanted_when_the_launcher_names_a_missing_archive_in_a_writable_folder() throws Exception {
        Path jsa = app.resolve("toezeggingen.jsa");
        assertThat(archive("Linux", "-Xmx1g", ClassArchive.OPTION + jsa).wanted()).contains(jsa);
        assertThat(archive("Windows 11", ClassArchive.OPTION + jsa).wanted()).contains(jsa);

        assertThat(archive("Linux", "-Xmx1g").wanted()).as("no archive named").isEmpty();
        assertThat(archive("Mac OS X", ClassArchive.OPTION + jsa).wanted()).as("a signed app").isEmpty();
        assertThat(archive("Linux", ClassArchive.OPTION + app.resolve("weg").resolve("x.jsa")).wanted())
                .as("no such folder").isEmpty();

        Files.writeString(app.resolve("toezeggingen.jsa.niet-gelukt"), "eerder mislukt");
        assertThat(archive("Linux", ClassArchive.OPTION + jsa).wanted()).as("tried before").isEmpty();
        Files.delete(app.resolve("toezeggingen.jsa.niet-gelukt"));

        Files.writeString(jsa, "er al");
        assertThat(archive("Linux", ClassArchive.OPTION + jsa).wanted()).as("made before").isEmpty();
    }

    @Test
    void the_training_is_this_program_headless_with_the_same_options_writing_the_archive() {
        Path jsa = app.resolve("toezeggingen.jsa");
        List<String> command = archive("Linux", "-Xmx1g", "-XX:+UseSerialGC", ClassArchive.OPTION + jsa)
                .command(app.resolve("toezeggingen.jsa.part"), app.resolve("oefen"));

        assertThat(command.get(0)).isEqualTo(app.resolve("runtime").resolve("bin").resolve("java").toString());
        assertThat(command).contains("-Xmx1g", "-XX:+UseSerialGC",
                "-XX:ArchiveClassesAtExit=" + app.resolve("toezeggingen.jsa.part"),
                "-Dglass.platform=Monocle", "-Dtoezeggingen.startupProbe=true",
                "-cp", app.resolve("toezeggingen.jar").toString(), "nl.toezeggingen.Main", "--data",
                app.resolve("oefen").toString());
        assertThat(command).noneMatch(a -> a.startsWith(ClassArchive.OPTION));

        // A debugger or recording of the user's own start is not repeated by the training.
        List<String> debugged = archive("Linux", "-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
                "-XX:StartFlightRecording=filename=x.jfr", ClassArchive.OPTION + jsa)
                .command(app.resolve("p"), app.resolve("s"));
        assertThat(debugged).noneMatch(a -> a.startsWith("-agentlib") || a.startsWith("-XX:StartFlightRecording"));

        // A launcher that passes the class path as a property keeps it that way.
        List<String> launched = archive("Linux", "-Djava.class.path=/opt/x/app.jar", ClassArchive.OPTION + jsa)
                .command(app.resolve("p"), app.resolve("s"));
        assertThat(launched).contains("-Djava.class.path=/opt/x/app.jar").doesNotContain("-cp");
    }
}
