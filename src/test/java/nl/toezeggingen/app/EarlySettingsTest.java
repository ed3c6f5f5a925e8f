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
            Preferences preferences = new Preferences(tracker);
            preferences.put("ui.filter.search", "geheim zoekwoord");
            preferences.put(Preferences.THEME, "dark");
            preferences.put(Preferences.TEXT_SIZE, "large");
        }
        EarlySettings early = new EarlySettings(data);
        assertThat(early.read()).containsOnlyKeys(Preferences.THEME, Preferences.TEXT_SIZE)
                .containsEntry(Preferences.THEME, "dark").containsEntry(Preferences.TEXT_SIZE, "large");
    }

    @Test
    void a_database_that_says_otherwise_wins_when_mirrored() throws Exception {
        try (Tracker tracker = Tracker.open(data, Clock.systemDefaultZone())) {
            tracker.settings().put(Preferences.THEME, "dark"); // as restored from a backup: no file written
            Files.writeString(data.resolve(EarlySettings.FILE), "ui.theme=light\n");

            new Preferences(tracker).mirrorEarly();
        }
        assertThat(new EarlySettings(data).read().get(Preferences.THEME)).isEqualTo("dark");
    }

    @Test
    void a_missing_or_damaged_file_means_nothing_and_never_fails() throws Exception {
        assertThat(new EarlySettings(data).read()).isEmpty();
        Files.writeString(data.resolve(EarlySettings.FILE), "ui.theme=\\uZZZZ\n");
        assertThat(new EarlySettings(data).read()).isEmpty();
        Files.createDirectories(data.resolve("elders"));
        assertThat(new EarlySettings(data.resolve("bestaat-niet")).read().get(Preferences.THEME)).isNull();
    }
}
