package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cheap check before the toolkit starts: only a sure absence of a screen counts. */
class NoDisplayTest {
    @Test
    void linuxWithoutXOrWaylandHasNoDisplay() {
        assertThat(NoDisplay.evident("Linux", Map.of(), null)).isTrue();
        assertThat(NoDisplay.evident("Linux", Map.of("DISPLAY", " "), "gtk")).isTrue();
    }

    @Test
    void anythingElseIsLeftToTheToolkit() {
        assertThat(NoDisplay.evident("Linux", Map.of("DISPLAY", ":0"), null)).isFalse();
        assertThat(NoDisplay.evident("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null)).isFalse();
        // The tests' headless toolkit needs no screen.
        assertThat(NoDisplay.evident("Linux", Map.of(), "Monocle")).isFalse();
        assertThat(NoDisplay.evident("Windows 11", Map.of(), null)).isFalse();
        assertThat(NoDisplay.evident("Mac OS X", Map.of(), null)).isFalse();
    }
}
