package nl.toezeggingen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.TrackedCommitment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever the user saw saved survives kill -9: a child JVM saves continuously and is killed hard at a
 * random moment (while opening, mid-transaction, between saves), 50 times over the same data; after
 * each kill the data must open and hold every acknowledged save.
 */
class CrashSafetyIT {
    private static final int ITERATIONS = 50;

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedSaveSurvivesAHardKill() throws Exception {
        Random random = new Random(77);
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        int killedWhileWriting = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            Process child = start("w" + i);
            CountDownLatch open = new CountDownLatch(1);
            Thread reader = read(child, acknowledged, open);
            // One in five is killed at any moment after start, opening included; the rest while saving.
            if (random.nextInt(5) == 0) {
                Thread.sleep(random.nextInt(1200));
            } else {
                assertThat(open.await(30, TimeUnit.SECONDS)).as("child opened the data").isTrue();
                Thread.sleep(random.nextInt(400));
                killedWhileWriting++;
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);

            Set<String> stored = titles();
            List<String> lost = acknowledged.stream().filter(t -> !stored.contains(t)).toList();
            assertThat(lost).as("acknowledged saves lost after kill %d", i).isEmpty();
        }
        System.out.printf("crash safety: %d hard kills (%d while saving), %d acknowledged saves, none lost%n",
                ITERATIONS, killedWhileWriting, acknowledged.size());
        assertThat(killedWhileWriting).isGreaterThan(ITERATIONS / 2);
        assertThat(acknowledged).hasSizeGreaterThan(ITERATIONS);
    }

    private Set<String> titles() {
        try (Tracker tracker = Tracker.open(data, Clock.systemDefaultZone())) {
            return tracker.list().stream().map(TrackedCommitment::commitment).map(Commitment::title)
                    .collect(Collectors.toSet());
        }
    }

    private Process start(String prefix) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), CrashWriter.class.getName(), data.toString(), prefix)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static Thread read(Process child, List<String> acknowledged, CountDownLatch open) {
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.equals("open")) {
                        open.countDown();
                    } else if (line.startsWith("ack ")) {
                        acknowledged.add(line.substring(4));
                    }
                }
            } catch (IOException e) {
                // the child was killed mid-line: whatever was not acknowledged in full does not count
            }
        }, "crash-reader");
        reader.start();
        return reader;
    }
}
