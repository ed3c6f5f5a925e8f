package nl.toezeggingen.app;

import java.time.Clock;
import java.nio.file.Path;
import nl.toezeggingen.domain.Commitment;

/**
 * The program under a power cut: a child JVM that saves through the Tracker as fast as it can and
 * prints "ack TITLE" only after each save returned, i.e. when the user would have seen it succeed.
 * "opening" comes just before the data is opened, so the test can kill it while it opens.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        String prefix = args[1];
        System.out.println("opening");
        System.out.flush();
        try (Tracker tracker = Tracker.open(Path.of(args[0]), Clock.systemDefaultZone())) {
            System.out.println("open");
            System.out.flush();
            for (int n = 0; ; n++) {
                String title = prefix + "-" + n;
                Commitment saved = tracker.save(Commitment.builder().title(title).owner("schrijver").build());
                if (n % 3 == 0) {
                    tracker.save(saved.toBuilder().notes("bijgewerkt " + n).build());
                }
                System.out.println("ack " + title);
                System.out.flush();
            }
        }
    }
}
