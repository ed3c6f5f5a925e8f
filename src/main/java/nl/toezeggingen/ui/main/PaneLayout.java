package nl.toezeggingen.ui.main;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.ui.WindowPlacement;

/**
 * Which panes the window shows and how it shares its room: the timeline over the table (only when there is
 * something to draw), the form beside them (or folded away, so the table has the width); remembered with
 * the window's place between starts.
 */
final class PaneLayout implements Memory {
    private final WindowModel model;
    private final SplitPane split;
    private final SplitPane leftSplit;
    private final Node timelineSlot;
    private final Node detailSlot;
    private final CheckMenuItem timelineMenuItem;
    private final Supplier<Window> window;
    private final Runnable focusTable;

    PaneLayout(WindowModel model, SplitPane split, SplitPane leftSplit, Node timelineSlot, Node detailSlot,
            CheckMenuItem timelineMenuItem, Supplier<Window> window, Runnable focusTable) {
        this.model = model;
        this.split = split;
        this.leftSplit = leftSplit;
        this.timelineSlot = timelineSlot;
        this.detailSlot = detailSlot;
        this.timelineMenuItem = timelineMenuItem;
        this.window = window;
        this.focusTable = focusTable;
        model.formShownProperty().addListener((o, was, shown) -> showForm(shown));
        // An empty chart says nothing: the timeline comes with the first commitment.
        toggleTimeline();
        model.items().addListener((ListChangeListener<TrackedCommitment>) change -> toggleTimeline());
        model.memories().add(this);
    }

    /** Shown when chosen in the menu and there is something to show. */
    void toggleTimeline() {
        boolean wanted = timelineMenuItem.isSelected() && !model.items().isEmpty();
        if (wanted && !leftSplit.getItems().contains(timelineSlot)) {
            leftSplit.getItems().add(0, timelineSlot);
            tableFirst();
        } else if (!wanted) {
            leftSplit.getItems().remove(timelineSlot);
        }
    }

    /** The table first: on a laptop with the overdue list open, half for the timeline left it three rows. */
    void tableFirst() {
        if (leftSplit.getItems().contains(timelineSlot)) {
            leftSplit.setDividerPositions(0.4);
        }
    }

    private void showForm(boolean shown) {
        if (shown && !split.getItems().contains(detailSlot)) {
            split.getItems().add(detailSlot);
            split.setDividerPositions(0.68);
        } else if (!shown) {
            split.getItems().remove(detailSlot);
            focusTable.run();
        }
    }

    @Override
    public void restore(Map<String, String> saved) {
        if ("false".equals(saved.get(LayoutKeys.FORM_SHOWN))) {
            model.formShownProperty().set(false);
        }
        if ("false".equals(saved.get(LayoutKeys.TIMELINE_SHOWN))) {
            timelineMenuItem.setSelected(false);
            toggleTimeline();
        }
    }

    @Override
    public Map<String, String> capture() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put(LayoutKeys.TIMELINE_SHOWN, Boolean.toString(timelineMenuItem.isSelected()));
        state.put(LayoutKeys.FORM_SHOWN, Boolean.toString(model.formShownProperty().get()));
        if (window.get() instanceof Stage stage) {
            state.put(LayoutKeys.WINDOW, WindowPlacement.of(stage));
        }
        return state;
    }
}
