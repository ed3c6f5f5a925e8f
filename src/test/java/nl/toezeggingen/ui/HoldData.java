package nl.toezeggingen.ui;

import java.time.Clock;
import java.nio.file.Path;
import nl.toezeggingen.app.Tracker;

/**
 * Another running copy: opens the data in its own JVM and keeps it until its input closes. H2 shares a
 * file among openers in one JVM, so only a second process shows what a user with two copies sees.
 */
public final class HoldData {
    private HoldData() {
    }

    public static void main(String[] args) throws Exception {
        try (Tracker tracker = Tracker.open(Path.of(args[0]), Clock.systemDefaultZone())) {
            System.out.println("held");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to let go
            }
        }
    }
}
