package nl.toezeggingen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** {@code export --format png}, run as the command line runs it. */
class ExportPngTest {
    @TempDir
    Path data;

    @BeforeAll
    static void shareTheToolkitWithWindowTests() throws Exception {
        // One JavaFX toolkit per JVM: let TestFX start it, as the window tests in this JVM expect; the export uses it.
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void writes_a_picture_of_the_requested_width_with_the_demo_dossier() throws Exception {
        assertThat(CliRun.run(data, "demo").exit).isZero();
        Path png = data.resolve("t.png");
        CliRun run = CliRun.run(data, "--today", "2025-07-10", "export", "--format", "png", "--out", png.toString(),
                "--width", "1000", "--from", "2024-01-01", "--to", "2025-12-31");
        assertThat(run.exit).as(run.toString()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        // Axis plus one dossier heading and six lanes of the demo.
        assertThat(image.getHeight()).isGreaterThan(200);
        assertThat(distinctColours(image)).isGreaterThan(10);
    }

    @Test
    void from_after_to_is_bad_input_and_writes_nothing() {
        Path png = data.resolve("t.png");
        CliRun run = CliRun.run(data, "export", "--format", "png", "--out", png.toString(),
                "--from", "2025-12-31", "--to", "2025-01-01");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("--from").contains("na --to").doesNotContain("Exception");
        assertThat(png).doesNotExist();
    }

    @Test
    void a_width_out_of_range_or_no_out_file_is_bad_input() {
        assertThat(CliRun.run(data, "export", "--format", "png", "--out", data.resolve("x.png").toString(),
                "--width", "50").exit).isEqualTo(2);
        CliRun noOut = CliRun.run(data, "--lang", "en", "export", "--format", "png");
        assertThat(noOut.exit).isEqualTo(2);
        assertThat(noOut.err).contains("--out");
        assertThat(Files.exists(data.resolve("x.png"))).isFalse();
    }

    private static long distinctColours(BufferedImage image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
