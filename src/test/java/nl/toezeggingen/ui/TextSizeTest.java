package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import nl.toezeggingen.app.LaunchOptions;
import nl.toezeggingen.app.Setting;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.ui.timeline.TimelineView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;

/**
 * Tekstgrootte: at "groter" (150 %) the table rows, the form and the timeline's rows grow with the text, and no
 * label of the form that could be read whole at the normal size is cut off. Also: the search field's prompt
 * fits on a 1366 x 768 screen.
 */
class TextSizeTest extends WindowTestBase {

    @Test
    void at_150_percent_rows_form_and_timeline_are_taller_and_no_form_label_is_cut_off() throws Exception {
        try (Tracker tracker = options.openTracker()) {
            tracker.loadDemo();
        }
        startApp();
        waitForRows(12);
        selectRow("SV-04");
        waitUntil(() -> !textOf("#titleField").isEmpty());
        waitUntil(() -> view().layoutModel() != null);

        Sizes normal = measure();
        Map<String, String> whole = new LinkedHashMap<>();
        formLabels().forEach(label -> {
            if (!cutOff(label)) {
                whole.put(label.getText(), shown(label));
            }
        });
        assertThat(whole).as("labels read whole at the normal size").hasSizeGreaterThan(15);

        interact(() -> look().textSize(TextSize.LARGER));
        waitUntil(() -> measure().font() > normal.font() * 1.4);
        Sizes larger = measure();
        screenshot("text-larger");

        assertThat(larger.font()).isCloseTo(normal.font() * 1.5, org.assertj.core.data.Offset.offset(0.25));
        assertThat(larger.tableRow()).isGreaterThan(normal.tableRow() * 1.3);
        assertThat(larger.formLabel()).isGreaterThan(normal.formLabel() * 1.3);
        assertThat(larger.timelineRow()).isGreaterThan(normal.timelineRow() * 1.3);
        assertThat(larger.timelineHeader()).isGreaterThan(normal.timelineHeader() * 1.3);
        List<String> cut = formLabels().stream()
                .filter(label -> whole.containsKey(label.getText()) && cutOff(label))
                .map(label -> label.getText() + " -> " + shown(label)).toList();
        assertThat(cut).as("form labels cut off at 150 %").isEmpty();
        // Nothing pushed out of the window: the form's buttons and the status line are still on screen.
        for (String query : List.of("#saveButton", "#deleteButton", "#countLabel", "#newButton")) {
            Node node = lookup(query).query();
            javafx.geometry.Bounds bounds = node.localToScene(node.getLayoutBounds());
            assertThat(bounds.getMaxX()).as(query + " right edge").isLessThanOrEqualTo(node.getScene().getWidth());
            assertThat(bounds.getMaxY()).as(query + " bottom edge").isLessThanOrEqualTo(node.getScene().getHeight());
        }

        interact(() -> look().textSize(TextSize.NORMAL));
        waitUntil(() -> measure().font() == normal.font());
        assertThat(measure().timelineRow()).isEqualTo(normal.timelineRow());
    }

    @Test
    void chosen_in_the_settings_it_applies_at_once_and_is_stored() throws Exception {
        startApp();
        waitUntil(() -> lookup("#emptyState").query().isVisible());
        double before = fontOf(lookup("#newButton").query());

        clickOn("#editMenu").clickOn("#settingsMenuItem");
        waitUntil(() -> lookup("#settingsTextSize").tryQuery().isPresent());
        assertThat(lookup("#settingsTextSize").queryComboBox().getValue().toString()).isEqualTo("Normaal");
        choose("#settingsTextSize", "Groter");
        clickOn(lookup(".settings-dialog .button").match(LabeledMatchers.hasText("Opslaan")).<Button>query());

        waitUntil(() -> fontOf(lookup("#newButton").query()) > before * 1.4);
        assertThat(look().textSize()).isEqualTo(TextSize.LARGER);
        screenshot("settings-saved-larger");

        // Opened again, the dialog is in the larger text itself and shows the choice.
        clickOn("#editMenu").clickOn("#settingsMenuItem");
        waitUntil(() -> lookup("#settingsTextSize").tryQuery().isPresent());
        assertThat(lookup("#settingsTextSize").queryComboBox().getValue().toString()).isEqualTo("Groter");
        assertThat(fontOf(lookup(".settings-dialog .label").query())).isGreaterThan(before * 1.4);
        screenshot("settings-larger", "#settingsTextSize");
        clickOn(lookup(".settings-dialog .button").match(LabeledMatchers.hasText("Annuleren")).<Button>query());
        stopApp();
        try (Tracker tracker = options.openTracker()) {
            assertThat(tracker.settings().get(Setting.TEXT_SIZE)).isEqualTo("larger");
        }
    }

    @Test
    void the_search_prompt_fits_in_its_field_on_a_laptop_screen() throws Exception {
        startApp();
        assertPromptFits("Zoek op kenmerk of woord");
    }

    @Test
    void the_english_search_prompt_fits_too() throws Exception {
        options = LaunchOptions.of(dataDirectory.toString(), TODAY, "en");
        startApp();
        assertPromptFits("Search reference or word");
    }

    /**
     * The window as it opens on the test screen (1280 x 800, Monocle's; no larger than 1366 x 768): the
     * toolbar's widths do not depend on the window's, so what fits here fits on a 1366 screen.
     */
    private void assertPromptFits(String prompt) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        assertThat(stage.getWidth()).isLessThanOrEqualTo(1366);
        TextField search = lookup("#searchField").query();
        waitUntil(() -> search.getWidth() > 0);
        assertThat(search.getPromptText()).isEqualTo(prompt);
        Text text = new Text(prompt);
        text.setFont(search.getFont());
        double room = search.getWidth() - search.snappedLeftInset() - search.snappedRightInset();
        assertThat(text.getLayoutBounds().getWidth()).as("prompt width in a field with %s px inside", room)
                .isLessThanOrEqualTo(room);
        // On the toolbar, not folded into its overflow menu.
        assertThat(search.isVisible()).isTrue();
        assertThat(search.localToScene(search.getLayoutBounds()).getMaxX()).isLessThanOrEqualTo(stage.getWidth());
    }

    private record Sizes(double font, double tableRow, double formLabel, double timelineRow, double timelineHeader) {
    }

    private Sizes measure() {
        double[] sizes = new double[5];
        interact(() -> {
            Labeled label = lookup(".detail-form .field-label").query();
            TableRow<?> row = lookup("#table .table-row-cell").<TableRow<?>>queryAll().stream()
                    .filter(r -> r.getItem() != null).findFirst().orElseThrow();
            sizes[0] = label.getFont().getSize();
            sizes[1] = row.getHeight();
            sizes[2] = label.getHeight();
            sizes[3] = view().layoutModel().rowHeight();
            sizes[4] = view().metrics().headerWidth();
        });
        return new Sizes(sizes[0], sizes[1], sizes[2], sizes[3], sizes[4]);
    }

    private TimelineView view() {
        return lookup(".timeline-view").query();
    }

    /** The form's words: section headings, field names, hints, with text. */
    private List<Labeled> formLabels() {
        return lookup("#detailRoot .label").<Labeled>queryAll().stream()
                .filter(label -> label.isVisible() && label.getText() != null && !label.getText().isBlank())
                .toList();
    }

    /** What the label shows: its text, or its text cut short with an ellipsis when it does not fit. */
    private static String shown(Labeled label) {
        Node text = label.lookup(".text");
        return text instanceof Text t ? t.getText() : label.getText();
    }

    private static boolean cutOff(Labeled label) {
        String shown = shown(label);
        return !shown.equals(label.getText()) && (shown.endsWith("...") || shown.endsWith("…"));
    }

    private static double fontOf(Labeled labeled) {
        return labeled.getFont().getSize();
    }

    @Test
    void normal_is_the_themes_14_px_grown_only_when_the_system_text_is_larger() {
        double usual = System.getProperty("os.name", "").startsWith("Windows") ? 12 : 13;
        assertThat(TextSize.NORMAL.pixels(usual)).isEqualTo(14);
        assertThat(TextSize.NORMAL.pixels(usual - 1)).isEqualTo(14);
        assertThat(TextSize.NORMAL.pixels(usual * 1.5)).isEqualTo(21);
        assertThat(TextSize.LARGE.pixels(usual)).isEqualTo(17.5);
        assertThat(TextSize.LARGER.pixels(usual * 1.25)).isEqualTo(26.25);
    }
}
