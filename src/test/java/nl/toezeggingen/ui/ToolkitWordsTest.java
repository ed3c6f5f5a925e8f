package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** Issue 17, point 9: the toolkit's own words (a text field's menu) are Dutch in the Dutch window. */
class ToolkitWordsTest extends WindowTestBase {

    @Test
    void a_text_fields_menu_speaks_dutch() throws Exception {
        startApp();
        javafx.scene.control.TextField search = lookup("#searchField").query();
        // What a right click (or the menu key) sends; the headless screen does not turn a click into it.
        javafx.geometry.Point2D at = search.localToScreen(10, 10);
        interact(() -> search.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10,
                at.getX(), at.getY(), false, null)));
        waitUntil(() -> editMenu() != null);

        assertThat(editMenu().getItems().stream().filter(item -> !(item instanceof SeparatorMenuItem))
                .map(MenuItem::getText))
                .contains("Ongedaan maken", "Knippen", "Kopiëren", "Plakken", "Alles selecteren")
                .doesNotContain("Cut", "Copy", "Paste", "Select All");
        interact(() -> editMenu().hide());
    }

    private static ContextMenu editMenu() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(ContextMenu.class::cast).findFirst().orElse(null);
    }
}
