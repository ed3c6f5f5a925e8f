package nl.toezeggingen.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import nl.toezeggingen.store.Database;
import nl.toezeggingen.store.SettingStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The typed settings on a real database: defaults, what is kept across a reopen, and what is refused. */
class SettingsTest {
    private static final Clock JULY = Clock.fixed(LocalDate.of(2025, 7, 10).atStartOfDay(ZoneOffset.UTC).toInstant(),
            ZoneOffset.UTC);

    @TempDir
    Path data;

    @Test
    void nothing_stored_reads_as_each_settings_default() {
        try (Tracker tracker = Tracker.open(data, JULY)) {
            Settings settings = tracker.settings();
            assertThat(settings.get(Setting.HORIZON_DAYS)).isEqualTo(14);
            assertThat(settings.get(Setting.VAGUE_MONTHS)).isEqualTo(3);
            assertThat(settings.get(Setting.MAIL_TO)).isEmpty();
            assertThat(settings.get(Setting.OWN_NAME)).isEmpty();
            assertThat(settings.get(Setting.THEME)).isEqualTo("light");
            assertThat(settings.get(Setting.TEXT_SIZE)).isEqualTo("normal");
            assertThat(settings.get(Setting.OVERDUE_PANEL_HIDDEN_ON)).isNull();
            assertThat(tracker.overduePanelHiddenToday()).isFalse();
        }
    }

    @Test
    void what_is_put_comes_back_after_a_reopen() {
        try (Tracker tracker = Tracker.open(data, JULY)) {
            Settings settings = tracker.settings();
            settings.put(Setting.HORIZON_DAYS, 365);
            settings.put(Setting.MAIL_TO, "  teamleider@example.nl ");
            settings.put(Setting.OWN_NAME, "A.\tJansen");
            settings.put(Setting.THEME, "dark");
            settings.put(Setting.TEXT_SIZE, "larger");
            tracker.setVagueMonths(6);
            tracker.hideOverduePanelToday();
        }
        try (Tracker tracker = Tracker.open(data, JULY)) {
            Settings settings = tracker.settings();
            assertThat(settings.get(Setting.HORIZON_DAYS)).isEqualTo(365);
            assertThat(tracker.horizonDays()).isEqualTo(365);
            // Cleaned as a form field is: stripped, a tab between words is a space.
            assertThat(settings.get(Setting.MAIL_TO)).isEqualTo("teamleider@example.nl");
            assertThat(settings.get(Setting.OWN_NAME)).isEqualTo("A. Jansen");
            assertThat(settings.get(Setting.THEME)).isEqualTo("dark");
            assertThat(settings.get(Setting.TEXT_SIZE)).isEqualTo("larger");
            assertThat(tracker.vagueMonths()).isEqualTo(6);
            assertThat(settings.get(Setting.OVERDUE_PANEL_HIDDEN_ON)).isEqualTo(LocalDate.of(2025, 7, 10));
            assertThat(tracker.overduePanelHiddenToday()).isTrue();
        }
        // The theme, text size and house rule are also beside the data, for what runs before it is open.
        assertThat(new EarlySettings(data).read()).containsOnly(Map.entry("ui.theme", "dark"),
                Map.entry("ui.textSize", "larger"), Map.entry("deadline.vagueMonths", "6"));
        assertThat(Deadlines.load(data).vagueMonths()).isEqualTo(6);
    }

    @Test
    void a_value_out_of_range_is_refused_and_nothing_is_stored() {
        try (Tracker tracker = Tracker.open(data, JULY)) {
            Settings settings = tracker.settings();
            settings.put(Setting.HORIZON_DAYS, 30);
            Map<String, String> before = settings.all();

            assertThatThrownBy(() -> settings.put(Setting.HORIZON_DAYS, 366)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> settings.put(Setting.HORIZON_DAYS, -1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> tracker.setHorizonDays(400)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> tracker.setVagueMonths(25)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> tracker.setVagueMonths(0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> settings.put(Setting.THEME, "paars")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> settings.put(Setting.TEXT_SIZE, null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> settings.put(Setting.MAIL_TO, "a".repeat(4001)))
                    .isInstanceOf(IllegalArgumentException.class);
            // The window's layout cannot slip a typed setting past its checks.
            assertThatThrownBy(() -> tracker.preferences().putAll(Map.of("ui.table.sort", "", "horizon.days", "abc")))
                    .isInstanceOf(IllegalArgumentException.class);

            assertThat(settings.all()).isEqualTo(before);
            assertThat(tracker.horizonDays()).isEqualTo(30);
        }
    }

    @Test
    void a_stored_value_this_version_cannot_read_is_the_default() {
        try (Database database = Database.open(data, db -> { })) {
            SettingStore store = new SettingStore(database);
            store.put("horizon.days", "veertien");
            store.put("deadline.vagueMonths", "99");
            store.put("ui.theme", "hoogcontrast");
            store.put("overdue.panel.hiddenOn", "gisteren");
        }
        try (Tracker tracker = Tracker.open(data, JULY)) {
            assertThat(tracker.horizonDays()).isEqualTo(14);
            assertThat(tracker.vagueMonths()).isEqualTo(3);
            assertThat(tracker.settings().get(Setting.THEME)).isEqualTo("light");
            assertThat(tracker.overduePanelHiddenToday()).isFalse();
        }
    }

    @Test
    void every_key_is_named_once() {
        Map<String, Long> keys = Setting.ALL.stream().collect(Collectors.groupingBy(Setting::key, Collectors.counting()));
        assertThat(keys).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1L));
        assertThat(EarlySettings.KEYS).containsExactlyInAnyOrder("ui.theme", "ui.textSize", "deadline.vagueMonths");
    }
}
