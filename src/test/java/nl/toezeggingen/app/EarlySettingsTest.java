package nl.toezeggingen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme and text size beside the data, for the first frame; kept in step with the database. */
class EarlySettingsTest {
    @TempDir
    Path data;

    @Test
    void saving_the_theme_writes_it_beside_the_data_and_nothing_else() {
        try (Tracker tracker = Tracker.open(data, Clock.systemDefaultZone())) {
            tracker.preferences().putAll(java.util.Map.of("ui.filter.search", "geheim zoekwoord"));
            tracker.settings().put(Setting.OWN_NAME, "A. Jansen");
            tracker.settings().put(Setting.THEME, "dark");
            tracker.settings().put(Setting.TEXT_SIZE, "large");
        }
        EarlySettings early = new EarlySettings(data);
        assertThat(early.read()).containsOnlyKeys(Setting.THEME.key(), Setting.TEXT_SIZE.key())
                .containsEntry(Setting.THEME.key(), "dark").containsEntry(Setting.TEXT_SIZE.key(), "large");
    }

    @Test
    void a_database_that_says_otherwise_wins_when_mirrored() throws Exception {
        try (Tracker tracker = Tracker.open(data, Clock.systemDefaultZone())) {
            tracker.settings().put(Setting.THEME, "dark");
            // as restored from a backup: the file says otherwise
            Files.writeString(data.resolve(EarlySettings.FILE), "ui.theme=light\n");

            tracker.preferences().mirrorEarly();
        }
        assertThat(new EarlySettings(data).read().get(Setting.THEME.key())).isEqualTo("dark");
    }

    @Test
    void a_missing_or_damaged_file_means_nothing_and_never_fails() throws Exception {
        assertThat(new EarlySettings(data).read()).isEmpty();
        Files.writeString(data.resolve(EarlySettings.FILE), "ui.theme=\\uZZZZ\n");
        assertThat(new EarlySettings(data).read()).isEmpty();
        Files.createDirectories(data.resolve("elders"));
        assertThat(new EarlySettings(data.resolve("bestaat-niet")).read().get(Setting.THEME.key())).isNull();
    }
}
