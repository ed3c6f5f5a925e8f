package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import nl.toezeggingen.app.Setting;
import nl.toezeggingen.app.Tracker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The faces a new user meets, in both themes: the welcome view, the main window with its timeline, and the
 * overview dialog. Each is checked for what must be seen (the theme on, no button cut short) and saved as
 * a picture when run with -Dtoezeggingen.screenshots=DIR, to be looked at.
 */
class LooksTest extends WindowTestBase {

    private void choose(Theme theme, boolean demo) {
        try (Tracker tracker = options.openTracker()) {
            if (demo) {
                tracker.loadDemo();
            }
            tracker.settings().put(Setting.THEME, theme.setting());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Theme.class, names = {"LIGHT", "DARK"})
    void welcome_view(Theme theme) throws Exception {
        choose(theme, false);
        startApp();
        waitUntil(() -> lookup("#emptyState").query().isVisible());
        waitUntil(() -> isDark(lookup("#table").query()) == (theme == Theme.DARK));

        for (String button : List.of("#loadDemoButton", "#emptyImportButton", "#emptyNewButton")) {
            assertWhole(lookup(button).query());
        }
        assertWhole(lookup("#newButton").query());
        // Nothing to draw yet: no empty chart above the welcome.
        assertThat(lookup("#timelinePane").tryQuery()).isEmpty();
        screenshot("welcome-" + theme.setting());

        clickOn("#loadDemoButton");
        waitForRows(12);
        waitUntil(() -> lookup("#timelinePane").tryQuery().isPresent());
    }

    @org.junit.jupiter.api.Test
    void welcome_view_with_the_largest_text() throws Exception {
        try (Tracker tracker = options.openTracker()) {
            tracker.settings().put(Setting.TEXT_SIZE, TextSize.LARGER.setting());
        }
        startApp();
        waitUntil(() -> lookup("#emptyState").query().isVisible());
        waitUntil(() -> look().textSize() == TextSize.LARGER);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        for (String button : List.of("#loadDemoButton", "#emptyImportButton", "#emptyNewButton")) {
            assertWhole(lookup(button).query());
        }
        // Nothing spills out of the table's area: the text wraps, the buttons flow onto a second line.
        javafx.geometry.Bounds area = lookup("#table").query().localToScene(lookup("#table").query().getLayoutBounds());
        for (String part : List.of(".welcome .placeholder-text", ".welcome-title", "#loadDemoButton",
                "#emptyImportButton", "#emptyNewButton")) {
            Node node = lookup(part).query();
            javafx.geometry.Bounds bounds = node.localToScene(node.getLayoutBounds());
            assertThat(bounds.getMinX()).as(part + " left edge").isGreaterThanOrEqualTo(area.getMinX());
            assertThat(bounds.getMaxX()).as(part + " right edge").isLessThanOrEqualTo(area.getMaxX());
        }
        screenshot("welcome-larger");
    }

    @ParameterizedTest
    @EnumSource(value = Theme.class, names = {"LIGHT", "DARK"})
    void main_window_timeline_and_overview(Theme theme) throws Exception {
        choose(theme, true);
        startApp();
        waitForRows(12);
        waitUntil(() -> isDark(lookup("#table").query()) == (theme == Theme.DARK));
        waitUntil(() -> lookup("#timelinePane").tryQuery().map(Node::isVisible).orElse(false));

        assertWhole(lookup("#newButton").query());
        assertWhole(lookup("#overviewButton").query());
        screenshot("main-" + theme.setting());
        // The timeline with room: the overdue list folded away (as it starts on a laptop), the timeline given
        // most of the height.
        assertThat(lookup(".overdue-panel").query().isVisible()).isFalse();
        interact(() -> lookup("#leftSplit").<javafx.scene.control.SplitPane>query().setDividerPositions(0.72));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#timelinePane").<javafx.scene.layout.Region>query().getHeight()).isGreaterThan(300);
        screenshotOf("timeline-" + theme.setting(), lookup("#timelinePane").query());

        clickOn("#table");
        press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> lookup(".preview-title").tryQuery().isPresent());
        assertThat(isDark(lookup(".preview-title").query())).isEqualTo(theme == Theme.DARK);
        screenshot("overview-" + theme.setting(), lookup(".preview-title").<Node>query());
        type(KeyCode.ESCAPE);
    }

    /** A button or label whose words are shown in full, not cut short with an ellipsis. */
    private static void assertWhole(Labeled labeled) {
        Text shown = (Text) labeled.lookup(".text");
        assertThat(shown.getText()).as(labeled.getId()).isEqualTo(labeled.getText());
    }

    private static boolean isDark(Node node) {
        return node.getScene().getRoot().getStyleClass().contains("dark");
    }

}
