package nl.toezeggingen.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real file system of a few megabytes (tmpfs), for the full and the read-only disk. Mounting needs root;
 * where it cannot be had the test is skipped with the reason, never passed.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    public static SmallDisk mount(Path mountPoint, String size) throws IOException, InterruptedException {
        Files.createDirectories(mountPoint);
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"), "tmpfs needs Linux");
        int exit = run(List.of("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mountPoint.toString()));
        Assumptions.assumeTrue(exit == 0, "cannot mount a small tmpfs here (needs root): skipped");
        return new SmallDisk(mountPoint);
    }

    public Path path() {
        return mountPoint;
    }

    /** Turns the mounted file system read-only, as a read-only share or a write-protected stick is. */
    public void readOnly() throws IOException, InterruptedException {
        if (run(List.of("mount", "-o", "remount,ro", mountPoint.toString())) != 0) {
            throw new IOException("remount read-only failed");
        }
    }

    public void writable() throws IOException, InterruptedException {
        if (run(List.of("mount", "-o", "remount,rw", mountPoint.toString())) != 0) {
            throw new IOException("remount read-write failed");
        }
    }

    /** Fills what is left with one file; returns it, so that the test can make room again. */
    public Path fill() throws IOException {
        Path filler = mountPoint.resolve("vulling");
        byte[] block = new byte[64 * 1024];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // what we wanted: no room left
        }
        return filler;
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    @Override
    public void close() throws Exception {
        run(List.of("umount", "-l", mountPoint.toString()));
    }
}
