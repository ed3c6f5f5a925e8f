package nl.toezeggingen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void theOptionWinsOverTheEnvironment() {
        assertThat(DataDirectory.resolve("/x", Map.of("TOEZEGGINGEN_DATA", "/y"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/x"));
        assertThat(DataDirectory.resolve(null, Map.of("TOEZEGGINGEN_DATA", "/y"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/y"));
    }

    @Test
    void eachPlatformHasItsOwnPlace() {
        assertThat(DataDirectory.resolve(null, Map.of("LOCALAPPDATA", "C:/Users/u/AppData/Local"), "Windows 11", "C:/Users/u"))
                .isEqualTo(Path.of("C:/Users/u/AppData/Local", "Toezeggingen"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Toezeggingen"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/toezeggingen"));
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/data/toezeggingen"));
    }
}
