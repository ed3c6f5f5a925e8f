package nl.toezeggingen.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Makes the class-data-sharing archive that the launcher names ({@code -XX:SharedArchiveFile}) when it is
 * missing: once, in the background, by a headless training start of this same program on the demo in a
 * scratch folder. Java 17 only uses an archive made with the very class path of the launcher, so it has
 * to be made where the program is installed; the next start is then about a quarter quicker. Where the
 * folder cannot be written (an install for all users) or on macOS (writing into a signed app would break
 * it) nothing happens; the program works the same without it.
 */
public final class ClassArchive {
    static final String OPTION = "-XX:SharedArchiveFile=";
    private static final System.Logger LOG = System.getLogger(ClassArchive.class.getName());
    private static final long TRAINING_SECONDS = 120;
    // Not for the training: sharing settings of its own, and a debugger, agent or recording that would
    // open a second port or write into someone's files.
    private static final List<String> NOT_PASSED_ON = List.of("-Xshare", "-agentlib", "-agentpath", "-javaagent",
            "-Xdebug", "-Xrunjdwp", "-XX:StartFlightRecording", "-XX:FlightRecorderOptions", "-Xlog");

    private final List<String> jvmArguments;
    private final String classPath;
    private final Path javaHome;
    private final String os;

    ClassArchive(List<String> jvmArguments, String classPath, Path javaHome, String os) {
        this.jvmArguments = List.copyOf(jvmArguments);
        this.classPath = classPath;
        this.javaHome = javaHome;
        this.os = os.toLowerCase(Locale.ROOT);
    }

    /** For the running program. */
    public static ClassArchive ofThisProgram() {
        return new ClassArchive(ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getProperty("java.class.path"), Path.of(System.getProperty("java.home")),
                System.getProperty("os.name", ""));
    }

    /** The archive to make: named by the launcher, missing, in a folder this user may write, not on macOS. */
    Optional<Path> wanted() {
        if (os.startsWith("mac")) {
            return Optional.empty();
        }
        return jvmArguments.stream().filter(a -> a.startsWith(OPTION)).reduce((first, last) -> last)
                .map(a -> Path.of(a.substring(OPTION.length())))
                .filter(file -> !Files.exists(file) && !Files.exists(tried(file)))
                .filter(file -> file.toAbsolutePath().getParent() != null
                        && Files.isWritable(file.toAbsolutePath().getParent()));
    }

    /** Makes the archive if it is wanted; waits for the training start, so call it on a thread of its own. */
    public void makeIfMissing() {
        wanted().ifPresent(this::make);
    }

    private void make(Path archive) {
        Path scratch = null;
        Path partial = archive.resolveSibling(archive.getFileName() + ".part");
        try {
            scratch = Files.createTempDirectory("toezeggingen-training");
            try (Tracker tracker = Tracker.open(scratch, Clock.systemDefaultZone())) {
                tracker.loadDemo();
            }
            Process training = new ProcessBuilder(command(partial, scratch))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            // The training start shows its first frame and ends when its input closes; the JVM then writes the archive.
            training.getOutputStream().close();
            boolean ended = training.waitFor(TRAINING_SECONDS, TimeUnit.SECONDS);
            if (!ended) {
                training.destroyForcibly();
            }
            if (ended && training.exitValue() == 0 && Files.size(partial) > 0) {
                Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
            } else {
                giveUp(archive, "the training start ended with " + (ended ? training.exitValue() : "a time-out"));
            }
        } catch (IOException | RuntimeException e) {
            giveUp(archive, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // A left-over .part is overwritten by the next try.
            Backups.deleteQuietly(partial);
            if (scratch != null) {
                Backups.deleteTree(scratch);
            }
        }
    }

    /** This program again, as the launcher started it, but headless, writing the archive as it ends. */
    List<String> command(Path partial, Path scratch) {
        List<String> command = new ArrayList<>();
        Path bin = javaHome.resolve("bin");
        // javaw on Windows: java would open a console window beside the user's.
        Path javaw = bin.resolve("javaw.exe");
        command.add(Files.exists(javaw) ? javaw.toString() : bin.resolve(os.startsWith("windows") ? "java.exe" : "java").toString());
        for (String argument : jvmArguments) {
            if (!argument.startsWith(OPTION) && NOT_PASSED_ON.stream().noneMatch(argument::startsWith)) {
                command.add(argument);
            }
        }
        command.add("-XX:ArchiveClassesAtExit=" + partial);
        command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dtoezeggingen.startupProbe=true"));
        if (jvmArguments.stream().noneMatch(a -> a.startsWith("-Djava.class.path="))) {
            command.addAll(List.of("-cp", classPath));
        }
        command.addAll(List.of("nl.toezeggingen.Main", "--data", scratch.toString()));
        return command;
    }

    /** Not again on every start: a marker beside the archive says it was tried. */
    private static void giveUp(Path archive, String why) {
        LOG.log(System.Logger.Level.INFO, "no class archive made (" + why + "); the program starts without one");
        try {
            Files.writeString(tried(archive), why);
        } catch (IOException e) {
            // Then it is tried again next time; no harm.
        }
    }

    private static Path tried(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".niet-gelukt");
    }
}
