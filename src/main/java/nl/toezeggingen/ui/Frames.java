package nl.toezeggingen.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that should wait until the scene has shown its next frame. */
public final class Frames {
    private Frames() {
    }

    /**
     * Runs {@code action} on the FX thread once the next pulse has laid out {@code scene}: the frame is
     * then on its way to the screen. Without a scene (not shown yet, a test's bare view) it runs at once.
     */
    public static void afterNext(Scene scene, Runnable action) {
        if (scene == null) {
            action.run();
            return;
        }
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(action);
            }
        };
        scene.addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
    }
}
