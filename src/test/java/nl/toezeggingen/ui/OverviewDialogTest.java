package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;
import nl.toezeggingen.app.Setting;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import nl.toezeggingen.app.Tracker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Statusoverzicht dialog on the demo dossier: it opens, follows the scope, and copies both flavours. */
class OverviewDialogTest extends WindowTestBase {

    @BeforeEach
    void loadDemo() throws Exception {
        try (Tracker tracker = options.openTracker()) {
            tracker.loadDemo();
        }
    }

    private void openWindow() throws Exception {
        startApp();
        waitForRows(12);
    }

    private List<String> sections() {
        return lookup(".preview-section").queryAll().stream().map(n -> ((Label) n).getText()).sorted().toList();
    }

    @Test
    void opensFromTheToolbarShowsThePreviewAndFollowsTheScope() throws Exception {
        openWindow();
        clickOn("#overviewButton");
        waitUntil(() -> lookup(".preview-title").tryQuery().isPresent());
        assertThat(((Label) lookup(".preview-title").query()).getText()).isEqualTo("Statusoverzicht toezeggingen 5 juli 2024");
        // 5 July 2024: SV-01, -11 and -12 were due the day before.
        assertThat(sections()).contains("Te laat (3)", "Zonder termijn (2)");
        screenshot("overview-dialog", lookup(".preview-title").query());

        choose("#urgencyChoice", "Zonder termijn");
        waitUntil(() -> sections().equals(List.of("Zonder termijn (2)")));
        choose("#statusChoice", "Afgedaan");
        waitUntil(() -> lookup(".preview-section").queryAll().isEmpty());
        assertThat(lookup("#copyButton").<Node>query().isDisabled()).isTrue();
        assertThat(textOf("#overviewStatus")).contains("Niets in deze selectie");
    }

    /** Issue 18: the preview shows a deadline waiting for its debate's date apart, counted, saying what it waits for. */
    @Test
    void thePreviewShowsADeadlineWaitingForItsDebatesDateApart() throws Exception {
        try (Tracker tracker = options.openTracker()) {
            tracker.save(nl.toezeggingen.domain.Commitment.builder().title("Brief over meldpunten")
                    .madeOn(java.time.LocalDate.of(2024, 6, 2)).deadline(new nl.toezeggingen.domain.Deadline(
                            "voor het commissiedebat sociale veiligheid", null, null, false)).build());
        }
        startApp();
        waitForRows(13);
        clickOn("#overviewButton");
        waitUntil(() -> lookup(".preview-title").tryQuery().isPresent());

        assertThat(sections()).contains("Termijn zonder datum (1)", "Zonder termijn (2)");
        assertThat(lookup(".count-waiting-for-date .preview-count-number").<Label>query().getText()).isEqualTo("1");
        assertThat(lookup(".count-no-deadline .preview-count-number").<Label>query().getText()).isEqualTo("2");
        assertThat(lookup(".preview-small").queryAll()).extracting(n -> ((Label) n).getText())
                .contains("wacht op datum: commissiedebat sociale veiligheid");
        screenshot("overview-waiting", lookup(".preview-title").query());
    }

    @Test
    void openInMailWritesADraftWithTheTimelineInline() throws Exception {
        openWindow();
        clickOn("#overviewButton");
        waitUntil(() -> !lookup("#mailButton").<Node>query().isDisabled());
        clickOn("#mailButton");
        java.nio.file.Path exports = dataDirectory.resolve("exports");
        waitUntil(() -> {
            try (var files = java.nio.file.Files.list(exports)) {
                return files.anyMatch(f -> f.toString().endsWith(".eml"));
            } catch (java.io.IOException e) {
                return false;
            }
        });
        java.nio.file.Path eml;
        try (var files = java.nio.file.Files.list(exports)) {
            eml = files.filter(f -> f.toString().endsWith(".eml")).findFirst().orElseThrow();
        }
        String draft = java.nio.file.Files.readString(eml);
        assertThat(draft).contains("X-Unsent: 1", "multipart/related", "image/png");
        // Headless there is no mail program: the dialog says where the draft is instead of failing.
        waitUntil(() -> textOf("#overviewStatus").contains(eml.getFileName().toString()));
    }

    @Test
    void opensWithTheShortcutAndCopiesHtmlAndText() throws Exception {
        openWindow();
        press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> lookup(".preview-title").tryQuery().isPresent());
        waitUntil(() -> !lookup("#copyButton").<Node>query().isDisabled());
        clickOn("#copyButton");
        String[] flavours = new String[2];
        interact(() -> {
            Clipboard clipboard = Clipboard.getSystemClipboard();
            flavours[0] = clipboard.getHtml();
            flavours[1] = clipboard.getString();
        });
        assertThat(flavours[0]).contains("<table").contains("Te laat (3)");
        assertThat(flavours[1]).startsWith("Statusoverzicht toezeggingen 5 juli 2024").doesNotContain("<table");
        assertThat(textOf("#overviewStatus")).startsWith("Gekopieerd");
        // The sentence has a line of its own: beside the buttons it squeezed them to "Ko…".
        assertButtonsKeepTheirWidth();
    }

    @Test
    void atTheLargestTextSizeItOpensAsWideAsItsContentAndALongSentenceSqueezesNoButton() throws Exception {
        try (Tracker tracker = options.openTracker()) {
            tracker.settings().put(Setting.TEXT_SIZE, TextSize.LARGER.setting());
        }
        openWindow();
        clickOn("#overviewButton");
        waitUntil(() -> !lookup("#mailButton").<Node>query().isDisabled());
        Region dialog = lookup(".overview-dialog").query();
        interact(() -> {
            // What the bars need at this text size, against what the window got the first time it opened.
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            double needed = Math.max(lookup(".action-area").<Region>query().prefWidth(-1),
                    lookup(".scope-bar").<Region>query().prefWidth(-1));
            Window window = dialog.getScene().getWindow();
            assertThat(dialog.getScene().getWidth()).isGreaterThanOrEqualTo(Math.min(needed, screen.getWidth() - 40) - 1);
            assertThat(window.getWidth()).isLessThanOrEqualTo(screen.getWidth());
            assertThat(window.getHeight()).isLessThanOrEqualTo(screen.getHeight());
            assertThat(dialog.getScene().getHeight()).isGreaterThanOrEqualTo(dialog.minHeight(-1));
        });
        assertButtonsKeepTheirWidth();

        // Headless there is no mail program: the longest sentence, naming the draft's whole path.
        clickOn("#mailButton");
        waitUntil(() -> textOf("#overviewStatus").contains(".eml"));
        assertButtonsKeepTheirWidth();
        screenshot("overview-larger", dialog);
    }

    private void assertButtonsKeepTheirWidth() {
        interact(() -> {
            for (Node node : lookup(".action-bar .button").queryAll()) {
                Button button = (Button) node;
                assertThat(button.getWidth()).as(button.getText()).isGreaterThanOrEqualTo(button.prefWidth(-1) - 0.5);
            }
        });
    }
}
