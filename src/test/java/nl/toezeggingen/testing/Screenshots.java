package nl.toezeggingen.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saves what a component test shows as PNG in the folder named by -Dtoezeggingen.screenshots, to look
 * at; does nothing without it. For tests outside nl.toezeggingen.ui, which cannot reach WindowTestBase.
 */
public final class Screenshots {
    private Screenshots() {
    }

    /** The window that holds {@code node}, as the user sees it. From any thread: it is taken on the FX thread. */
    public static void ofWindow(String name, Node node) {
        String folder = System.getProperty("toezeggingen.screenshots");
        if (folder == null) {
            return;
        }
        WritableImage shot;
        try {
            shot = WaitForAsyncUtils.asyncFx(() -> node.getScene().snapshot(null)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("no screenshot of " + name, e);
        }
        PixelReader pixels = shot.getPixelReader();
        BufferedImage image = new BufferedImage((int) shot.getWidth(), (int) shot.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(Path.of(folder));
            ImageIO.write(image, "png", Path.of(folder, name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
