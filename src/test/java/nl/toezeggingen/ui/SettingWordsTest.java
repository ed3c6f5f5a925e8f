package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import nl.toezeggingen.app.Setting;
import org.junit.jupiter.api.Test;

/** The words the window stores for its theme and text size are the ones the typed settings take. */
class SettingWordsTest {
    @Test
    void every_theme_and_text_size_is_a_word_the_setting_accepts() {
        for (Theme theme : Theme.values()) {
            assertThat(Setting.THEME.accepts(theme.setting())).as(theme.name()).isTrue();
        }
        for (TextSize size : TextSize.values()) {
            assertThat(Setting.TEXT_SIZE.accepts(size.setting())).as(size.name()).isTrue();
        }
        // The settings' defaults are the window's: light, and the system's text size.
        assertThat(Theme.of(Optional.of(Setting.THEME.fallback()))).isEqualTo(Theme.LIGHT);
        assertThat(TextSize.chosenIn(Map.of())).isEqualTo(TextSize.NORMAL);
        assertThat(TextSize.chosenIn(Map.of(Setting.TEXT_SIZE.key(), "larger"))).isEqualTo(TextSize.LARGER);
    }
}
