package nl.toezeggingen.ui;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Icons beside the words of buttons and menu items, found by fx:id. One table here rather than a graphic
 * in every FXML element: the views stay about layout, and a new action gets its icon with one line.
 * The words stay; an icon is never the only label. Colours come from the theme (.ikonli-font-icon).
 */
public final class Icons {
    private static final Map<String, String> BY_ID = Map.ofEntries(
            Map.entry("newButton", "mdi2p-plus"),
            Map.entry("newMenuItem", "mdi2p-plus"),
            Map.entry("emptyNewButton", "mdi2p-plus"),
            Map.entry("overviewButton", "mdi2e-email-outline"),
            Map.entry("overviewMenuItem", "mdi2e-email-outline"),
            Map.entry("importMenuItem", "mdi2f-file-import-outline"),
            Map.entry("emptyImportButton", "mdi2f-file-import-outline"),
            Map.entry("backupMenuItem", "mdi2d-database-export-outline"),
            Map.entry("restoreMenuItem", "mdi2b-backup-restore"),
            Map.entry("quitMenuItem", "mdi2e-exit-to-app"),
            Map.entry("settingsMenuItem", "mdi2c-cog-outline"),
            Map.entry("searchMenuItem", "mdi2m-magnify"),
            Map.entry("clearFiltersMenuItem", "mdi2f-filter-remove-outline"),
            Map.entry("helpMenuItem", "mdi2h-help-circle-outline"),
            // Not on the form's buttons: at 1280 px the form is too narrow for icons and all three words.
            Map.entry("aboutMenuItem", "mdi2i-information-outline"),
            Map.entry("saveTimelineMenuItem", "mdi2i-image-outline"),
            Map.entry("timelineMenuItem", "mdi2c-chart-timeline"));

    private Icons() {
    }

    /**
     * Before the window shows, a tool bar's buttons, a split pane's sides and a table's placeholder are not
     * children yet (their skins put them there), so lookup() would miss them: walk the controls' own lists.
     */
    private static void walk(Node node) {
        if (node == null) {
            return;
        }
        String icon = node.getId() == null ? null : BY_ID.get(node.getId());
        if (icon != null && node instanceof Labeled labeled && labeled.getGraphic() == null) {
            labeled.setGraphic(new FontIcon(icon));
        }
        if (node instanceof ToolBar bar) {
            bar.getItems().forEach(Icons::walk);
        } else if (node instanceof SplitPane split) {
            split.getItems().forEach(Icons::walk);
        } else if (node instanceof TableView<?> table) {
            walk(table.getPlaceholder());
        } else if (node instanceof ScrollPane scroll) {
            walk(scroll.getContent());
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(Icons::walk);
        }
    }

    /** Puts the icons on the buttons under {@code root} and the items of {@code menus}. */
    public static void decorate(Parent root, MenuBar menus) {
        walk(root);
        for (Menu menu : menus.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                String icon = item.getId() == null ? null : BY_ID.get(item.getId());
                if (icon != null && item.getGraphic() == null) {
                    item.setGraphic(new FontIcon(icon));
                }
            }
        }
    }
}
