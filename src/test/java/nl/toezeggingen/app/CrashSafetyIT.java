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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.TrackedCommitment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever the user saw saved survives kill -9: a child JVM saves continuously and is killed hard
 * (while opening, mid-transaction, between saves), 50 times over the same data; after each kill the
 * data must open and hold every acknowledged save.
 *
 * <p>The test waits for what it needs, never for time: each kill follows an event the child reported
 * (it started opening, or its k-th save was acknowledged), so a slow machine only makes it slower. A
 * small random delay after that event spreads the kills over the moments in between.
 */
class CrashSafetyIT {
    private static final int ITERATIONS = 50;
    /** Acknowledged saves to wait for before a kill while saving: at least 2, so the total is always > 50. */
    private static final int MIN_ACKS = 2;
    private static final int MAX_ACKS = 8;
    /** Random extra delay after "opening", in ms: spreads those kills over the steps of opening. */
    private static final int MAX_OPENING_DELAY_MS = 400;
    /** Random extra delay after the k-th save, in ms: a few saves' worth, to land in or between transactions. */
    private static final int MAX_SAVING_DELAY_MS = 40;
    /** Only a bound against a child that hangs; no kill depends on it. */
    private static final long EVENT_TIMEOUT_SECONDS = 120;

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedSaveSurvivesAHardKill() throws Exception {
        Random random = new Random(77);
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        int killedWhileWriting = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            Process child = start("w" + i);
            Child events = new Child(child, acknowledged);
            // One in five is killed while opening the data; the rest after their k-th acknowledged save.
            int extraDelay;
            if (random.nextInt(5) == 0) {
                assertThat(events.opening.tryAcquire(EVENT_TIMEOUT_SECONDS, TimeUnit.SECONDS))
                        .as("child %d began to open the data", i).isTrue();
                extraDelay = random.nextInt(MAX_OPENING_DELAY_MS + 1);
            } else {
                int k = MIN_ACKS + random.nextInt(MAX_ACKS - MIN_ACKS + 1);
                assertThat(events.acks.tryAcquire(k, EVENT_TIMEOUT_SECONDS, TimeUnit.SECONDS))
                        .as("child %d acknowledged %d saves", i, k).isTrue();
                extraDelay = random.nextInt(MAX_SAVING_DELAY_MS + 1);
                killedWhileWriting++;
            }
            // Only the moment of the kill, chosen at random: no check depends on what happens meanwhile.
            TimeUnit.MILLISECONDS.sleep(extraDelay);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            events.reader.join();

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

    /** What the child reports on stdout, as it comes: one permit per event. */
    private static final class Child {
        final Semaphore opening = new Semaphore(0);
        final Semaphore acks = new Semaphore(0);
        final Thread reader;

        Child(Process child, List<String> acknowledged) {
            reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        if (line.equals("opening")) {
                            opening.release();
                        } else if (line.startsWith("ack ")) {
                            // Recorded before the permit, so the test never kills on an ack it has not kept.
                            acknowledged.add(line.substring(4));
                            acks.release();
                        }
                    }
                } catch (IOException e) {
                    // the child was killed mid-line: whatever was not acknowledged in full does not count
                }
            }, "crash-reader");
            reader.start();
        }
    }
}
