package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import nl.toezeggingen.app.Setting;
import nl.toezeggingen.app.Tracker;
import org.junit.jupiter.api.Test;

/** With the dark theme stored, every window that opens (overview, help) wears it too, not only the main one. */
class DarkWindowsTest extends WindowTestBase {

    @Test
    void dialogs_opened_later_are_dark_as_well() throws Exception {
        try (Tracker tracker = options.openTracker()) {
            tracker.loadDemo();
            tracker.settings().put(Setting.THEME, Theme.DARK.setting());
        }
        startApp();
        waitForRows(12);
        waitUntil(() -> isDark(lookup("#table").query()));
        screenshot("dark-main");

        clickOn("#overviewButton");
        waitUntil(() -> lookup(".preview-title").tryQuery().isPresent());
        assertThat(isDark(lookup(".preview-title").query())).isTrue();
        // The status beside the buttons is on the dialog's own (dark) bar, not on the white preview.
        assertThat(lookup("#overviewStatus").<Label>query().getTextFill()).isEqualTo(Color.web("#9da7b3"));
        screenshot("dark-overview", lookup(".preview-title").<Node>query());
        type(KeyCode.ESCAPE);

        clickOn("#table");
        type(KeyCode.F1);
        waitUntil(() -> lookup("#helpPage").tryQuery().isPresent());
        assertThat(isDark(lookup("#helpPage").query())).isTrue();
        screenshot("dark-help", lookup("#helpPage").<Node>query());
    }

    @Test
    void theme_and_text_size_come_before_the_data_even_when_the_data_cannot_be_opened() throws Exception {
        try (Tracker tracker = options.openTracker()) {
            tracker.settings().put(Setting.THEME, Theme.DARK.setting());
            tracker.settings().put(Setting.TEXT_SIZE, TextSize.LARGER.setting());
        }
        // What the window reads before the data: the file beside it, kept by Settings.
        assertThat(new nl.toezeggingen.app.EarlySettings(dataDirectory).read().get(Setting.THEME.key())).isEqualTo("dark");

        // Held by another copy: the window never reads the database's settings, so only the file can say it.
        try (nl.toezeggingen.store.LockHolder otherCopy = nl.toezeggingen.store.LockHolder.start(dataDirectory)) {
            startApp();
            waitUntil(() -> lookup(".error-dialog").tryQuery().isPresent());
            assertThat(isDark(lookup("#table").query())).isTrue();
            assertThat(javafx.application.Application.getUserAgentStylesheet()).contains("primer-dark");
            assertThat(look().textSize()).isEqualTo(TextSize.LARGER);
        }
    }

    private static boolean isDark(Node node) {
        return node.getScene().getRoot().getStyleClass().contains("dark")
                && node.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css"));
    }
}
