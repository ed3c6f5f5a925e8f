package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import nl.toezeggingen.app.Setting;
import nl.toezeggingen.app.Tracker;
import org.junit.jupiter.api.Test;

/**
 * Menus and drop-downs are windows of their own. Where the system cannot show see-through windows (X
 * without a compositor, some remote desktops), every pixel a pop-up leaves unpainted shows white: in the
 * dark theme that was a white frame (the room for a shadow, rounded corners). Each pop-up must paint its
 * whole window, dark.
 */
class DarkPopupsTest extends WindowTestBase {

    @Test
    void menus_context_menus_drop_downs_and_the_date_picker_paint_their_whole_window_dark() throws Exception {
        try (Tracker tracker = options.openTracker()) {
            tracker.loadDemo();
            tracker.settings().put(Setting.THEME, Theme.DARK.setting());
        }
        startApp();
        waitForRows(12);

        clickOn("Bestand");
        assertPaintsItsWholeWindowDark("dark-menu", ".context-menu");
        type(KeyCode.ESCAPE);
        waitUntil(() -> popup(".context-menu").isEmpty());

        ComboBox<?> combo = lookup(".combo-box").query();
        interact(combo::show);
        assertPaintsItsWholeWindowDark("dark-combo", ".list-view");
        interact(combo::hide);

        Node field = lookup(".text-field").match(Node::isVisible).query();
        interact(() -> {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            Event.fireEvent(field, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 4, 4,
                    b.getMinX() + 4, b.getMinY() + 4, false, null));
        });
        assertPaintsItsWholeWindowDark("dark-context-menu", ".context-menu");
        type(KeyCode.ESCAPE);

        DatePicker picker = lookup(".date-picker").query();
        interact(picker::show);
        assertPaintsItsWholeWindowDark("dark-date-picker", ".date-picker-popup");
        interact(picker::hide);
    }

    private void assertPaintsItsWholeWindowDark(String name, String content) {
        waitUntil(() -> popup(content).map(r -> r.getWidth() > 0 && r.getHeight() > 0).orElse(false));
        Region region = popup(content).orElseThrow();
        Node root = region.getScene().getRoot();
        screenshotOf(name, root);
        interact(() -> {
            assertThat(region.getEffect()).as(name + ": a shadow needs see-through room").isNull();
            BackgroundFill outer = region.getBackground().getFills().get(0);
            assertThat(outer.getRadii().getTopLeftHorizontalRadius()).as(name + ": rounded corners").isZero();
            assertThat(((Color) outer.getFill()).getBrightness()).as(name + ": its frame").isLessThan(0.3);
            // All the pop-up draws, shadow included: what its window must hold.
            SnapshotParameters transparent = new SnapshotParameters();
            transparent.setFill(Color.TRANSPARENT);
            WritableImage shot = root.snapshot(transparent, null);
            PixelReader pixels = shot.getPixelReader();
            for (int y = 0; y < (int) shot.getHeight(); y++) {
                for (int x = 0; x < (int) shot.getWidth(); x++) {
                    Color pixel = pixels.getColor(x, y);
                    if (pixel.getOpacity() < 1) {
                        throw new AssertionError(name + ": pixel " + x + "," + y + " is left unpainted (" + pixel + ")");
                    }
                }
            }
        });
    }

    /** The showing pop-up's content region of that style class (the menu, the list, the calendar). */
    private static Optional<Region> popup(String content) {
        return Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing() && w.getScene() != null)
                .flatMap(w -> w.getScene().getRoot().lookupAll(content).stream())
                .filter(Region.class::isInstance)
                .map(Region.class::cast)
                // The pop-up's bridge carries the class too; the content is the one that paints.
                .filter(r -> r.getBackground() != null && !r.getBackground().getFills().isEmpty())
                .findFirst();
    }
}
