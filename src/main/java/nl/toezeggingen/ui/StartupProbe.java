package nl.toezeggingen.ui;

import java.io.IOException;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the startup benchmark only (-Dtoezeggingen.startupProbe=true): prints "first-frame" once a frame
 * has been rendered, then keeps the program alive until its standard input closes, so the benchmark can
 * read the memory in use before it ends the program.
 */
public final class StartupProbe {
    public static final String PROPERTY = "toezeggingen.startupProbe";

    private StartupProbe() {
    }

    public static boolean wanted() {
        return Boolean.getBoolean(PROPERTY);
    }

    public static void afterNextFrame(Scene scene) {
        Frames.afterNext(scene, StartupProbe::report);
    }

    private static void report() {
        System.out.println("first-frame");
        System.out.flush();
        Thread waiter = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // until the benchmark closes our input
                }
            } catch (IOException ignored) {
                // a closed input is the signal too
            }
            Platform.exit();
        }, "startup-probe");
        waiter.setDaemon(true);
        waiter.start();
    }
}
