package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import nl.toezeggingen.app.LaunchOptions;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.render.TimelinePicture;
import nl.toezeggingen.report.timeline.TimelineLayout.Item;
import nl.toezeggingen.ui.timeline.TimelineView;
import nl.toezeggingen.ui.timeline.TimelineZoom;
import org.junit.jupiter.api.Test;

/** The timeline in the real window, on 5 July 2024: where things are drawn, clicks, keys, zoom. */
class TimelineViewTest extends WindowTestBase {

    private void seedThree() {
        seed(Commitment.builder().reference("A").title("Kamer informeren").dossier("D").line("Lijn 1")
                        .deadline(Deadline.on(LocalDate.of(2024, 6, 3))).build(),
                Commitment.builder().reference("B").title("Onderzoek afronden").dossier("D").line("Lijn 2")
                        .deadline(new Deadline(null, LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 31), false))
                        .dependsOn(1L).build(),
                Commitment.builder().reference("C").title("Doorlopend overleg").dossier("D").line("Lijn 2")
                        .deadline(new Deadline("doorlopend", null, null, false)).build());
    }

    private TimelineView view() {
        return lookup(".timeline-view").query();
    }

    private double headerWidth() {
        return view().metrics().headerWidth();
    }

    private double axisHeight() {
        return view().metrics().axisHeight();
    }

    private Canvas canvas() {
        return lookup(".timeline-canvas").query();
    }

    private void startWithData() throws Exception {
        seedThree();
        startApp();
        waitForRows(3);
        waitUntil(() -> view().layoutModel() != null && view().layoutModel().inTimeOrder().size() == 2);
    }

    @Test
    void the_light_chart_has_the_colours_a_picture_made_without_a_window_uses() throws Exception {
        // The command line draws PNGs with TimelinePalette.LIGHT, the window with theme.css: one must not
        // drift from the other.
        startWithData();
        assertThat(look().isDark()).isFalse();
        for (String name : nl.toezeggingen.render.TimelinePalette.NAMES) {
            javafx.scene.control.Label swatch = lookup(".timeline-view .tl-" + name).query();
            assertThat(swatch.getTextFill()).as(name)
                    .isEqualTo(nl.toezeggingen.render.TimelinePalette.LIGHT.get(name));
        }
    }

    private Item item(String reference) {
        return view().layoutModel().inTimeOrder().stream()
                .filter(i -> reference.equals(i.commitment().reference())).findFirst().orElseThrow();
    }

    /** The centre of an item on the canvas, from the axis: where its date says it is. */
    private Point2D where(Item item) {
        double day = item.window() ? (item.startDay() + item.endDay() + 1) / 2.0 : item.endDay() + 0.5;
        return new Point2D(view().axis().x(day), axisHeight() + view().layoutModel().centreY(item) - view().scrollY());
    }

    private Color pixel(Point2D at) {
        WritableImage[] shot = new WritableImage[1];
        interact(() -> shot[0] = view().picture());
        return shot[0].getPixelReader().getColor((int) Math.round(at.getX()), (int) Math.round(at.getY()));
    }

    private void click(Point2D onCanvas) {
        Point2D screen = canvas().localToScreen(onCanvas);
        clickOn(screen, MouseButton.PRIMARY);
    }

    private static void assertColour(Color actual, String expected) {
        Color want = Color.web(expected);
        assertThat(actual.getRed()).isCloseTo(want.getRed(), within(0.03));
        assertThat(actual.getGreen()).isCloseTo(want.getGreen(), within(0.03));
        assertThat(actual.getBlue()).isCloseTo(want.getBlue(), within(0.03));
    }

    @Test
    void items_sit_where_their_dates_say_in_their_urgency_colour() throws Exception {
        startWithData();
        interact(() -> view().zoom(TimelineZoom.YEAR));
        screenshot("timeline-year");
        // A's last day has passed: overdue fill; B's window lies ahead: on-track fill.
        assertColour(pixel(where(item("A"))), "#fde7e9");
        assertColour(pixel(where(item("B"))), "#dff6dd");
        // Half a lane below an item is empty lane, not item.
        assertThat(pixel(where(item("A")).add(0, 40))).isNotEqualTo(pixel(where(item("A"))));
        assertThat(view().layoutModel().lanes().get(1).undated()).extracting(t -> t.commitment().reference())
                .containsExactly("C");
    }

    @Test
    void the_today_line_follows_the_replayed_day() throws Exception {
        startWithData();
        assertThat(view().layoutModel().data().today()).isEqualTo(TODAY);
        double x = Math.round(view().axis().x(TODAY.toEpochDay() + 0.5));
        // Low in the chart, below every lane: only the today line is drawn there.
        double y = Math.min(canvas().getHeight() - 4, axisHeight() + view().layoutModel().height() + 10);
        assertColour(pixel(new Point2D(x, y)), "#0f6cbd");
    }

    @Test
    void a_click_selects_the_row_and_a_row_selects_the_item() throws Exception {
        startWithData();
        click(where(item("B")));
        waitUntil(() -> table().getSelectionModel().getSelectedItem() != null
                && "B".equals(table().getSelectionModel().getSelectedItem().commitment().reference()));
        selectRow("A");
        waitUntil(() -> item("A").id() == view().selected());
    }

    @Test
    void arrow_keys_walk_in_time_order_and_enter_opens_the_editor() throws Exception {
        startWithData();
        click(new Point2D(headerWidth() + 5, canvas().getHeight() - 5));
        type(KeyCode.RIGHT);
        // Nothing was selected: the first item from today on, which is B (A ended yesterday).
        waitUntil(() -> view().selected() != null && view().selected() == item("B").id());
        type(KeyCode.LEFT);
        waitUntil(() -> view().selected() == item("A").id()
                && "A".equals(table().getSelectionModel().getSelectedItem().commitment().reference()));
        // What a screen reader says for the canvas: the selected item, in words.
        assertThat(view().getAccessibleRole()).isEqualTo(javafx.scene.AccessibleRole.LIST_VIEW);
        assertThat(view().getAccessibleText()).contains("Kamer informeren");
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#titleField").query().isFocused());
        assertThat(textOf("#titleField")).isEqualTo("Kamer informeren");
    }

    @Test
    void zoom_buttons_and_keys_change_the_scale() throws Exception {
        startWithData();
        double width = canvas().getWidth() - headerWidth();
        clickOn("#monthButton");
        assertThat(view().axis().pxPerDay()).isCloseTo(width / 45, within(1e-6));
        clickOn("#yearButton");
        assertThat(view().axis().pxPerDay()).isCloseTo(width / 400, within(1e-6));
        double year = view().axis().pxPerDay();
        click(new Point2D(headerWidth() + 5, canvas().getHeight() - 5));
        type(KeyCode.ADD);
        assertThat(view().axis().pxPerDay()).isGreaterThan(year);
        type(KeyCode.SUBTRACT);
        type(KeyCode.SUBTRACT);
        assertThat(view().axis().pxPerDay()).isLessThan(year);
        clickOn("#allButton");
        Item a = item("A");
        Item b = item("B");
        assertThat(where(a).getX()).isBetween(headerWidth(), canvas().getWidth());
        assertThat(view().axis().x(b.endDay())).isBetween(headerWidth(), canvas().getWidth());
    }

    @Test
    void the_window_opens_the_timeline_on_today_and_every_overdue_item() throws Exception {
        // The demo dossier in July 2025: its overdue items date from July 2024 on, more than half a year back.
        options = LaunchOptions.of(dataDirectory.toString(), LocalDate.of(2025, 7, 15), "nl");
        try (Tracker tracker = options.openTracker()) {
            tracker.loadDemo();
        }
        startApp();
        waitUntil(() -> view().layoutModel() != null && canvas().getWidth() > headerWidth()
                && view().layoutModel().inTimeOrder().size() == 10);
        java.util.List<Item> overdue = view().layoutModel().inTimeOrder().stream()
                .filter(i -> i.tracked().urgency() == Urgency.OVERDUE).toList();
        assertThat(overdue).hasSize(9);
        interact(() -> {
            for (Item item : overdue) {
                assertThat(view().axis().x(item.endDay())).as(item.commitment().reference())
                        .isBetween(headerWidth(), canvas().getWidth());
            }
            assertThat(view().axis().x(LocalDate.of(2025, 7, 15))).isBetween(headerWidth(), canvas().getWidth());
        });
    }

    @Test
    void the_visible_range_saves_as_png_and_the_menu_hides_the_timeline() throws Exception {
        startWithData();
        Path file = dataDirectory.resolve("tijdlijn.png");
        WritableImage[] shot = new WritableImage[1];
        interact(() -> shot[0] = view().picture());
        TimelinePicture.writePng(shot[0], file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo((int) canvas().getWidth());
        assertThat(image.getHeight()).isEqualTo((int) canvas().getHeight());

        press(KeyCode.SHORTCUT, KeyCode.T).release(KeyCode.T, KeyCode.SHORTCUT);
        waitUntil(() -> lookup(".timeline-view").tryQuery().isEmpty());
        press(KeyCode.SHORTCUT, KeyCode.T).release(KeyCode.T, KeyCode.SHORTCUT);
        waitUntil(() -> lookup(".timeline-view").tryQuery().isPresent());
    }
}
