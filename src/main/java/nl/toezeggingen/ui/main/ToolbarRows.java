package nl.toezeggingen.ui.main;

import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The toolbar in one row when it fits, else the filters on a second row of their own, the whole width, so
 * that at large text on a laptop every filter keeps its words (a FlowPane would give them their preferred
 * width only, and a ToolBar would hide them in its overflow menu).
 */
final class ToolbarRows {
    private final VBox toolbar;
    private final HBox firstRow;
    private final Region filters;
    private final HBox secondRow = new HBox();

    ToolbarRows(VBox toolbar, HBox firstRow, Region filters) {
        this.toolbar = toolbar;
        this.firstRow = firstRow;
        this.filters = filters;
        secondRow.getStyleClass().add("main-filters");
        toolbar.widthProperty().addListener((o, was, now) -> arrange());
    }

    private void arrange() {
        double room = toolbar.getWidth() - toolbar.snappedLeftInset() - toolbar.snappedRightInset();
        double actions = 0;
        for (Node node : firstRow.getChildren()) {
            if (node != filters) {
                actions += node.prefWidth(-1) + firstRow.getSpacing();
            }
        }
        boolean oneRow = actions + filters.prefWidth(-1) <= room;
        boolean isOneRow = firstRow.getChildren().contains(filters);
        if (oneRow == isOneRow) {
            return;
        }
        if (oneRow) {
            toolbar.getChildren().remove(secondRow);
            secondRow.getChildren().remove(filters);
            firstRow.getChildren().add(filters);
            filters.getStyleClass().remove("own-row");
        } else {
            firstRow.getChildren().remove(filters);
            secondRow.getChildren().add(filters);
            filters.getStyleClass().add("own-row");
            toolbar.getChildren().add(secondRow);
        }
        HBox.setHgrow(filters, Priority.ALWAYS);
    }
}
