package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build puts a binary twin (.bss) beside every stylesheet: JavaFX loads that instead and the window
 * starts without its CSS parser. A stylesheet without one, or with an older one, would silently cost that.
 */
class BinaryStylesheetsTest {

    @Test
    void every_stylesheet_has_an_up_to_date_binary_twin() throws Exception {
        Path classes = Path.of(Theme.class.getResource("theme.css").toURI()).getParent().getParent().getParent().getParent();
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(classes)) {
            sheets = files.filter(p -> p.toString().endsWith(".css")).toList();
        }
        assertThat(sheets).hasSizeGreaterThan(5);
        for (Path css : sheets) {
            Path bss = css.resolveSibling(css.getFileName().toString().replace(".css", ".bss"));
            assertThat(bss).as("binary twin of " + css).exists();
            assertThat(Files.getLastModifiedTime(bss)).as(bss.toString())
                    .isGreaterThanOrEqualTo(Files.getLastModifiedTime(css));
        }
    }
}
