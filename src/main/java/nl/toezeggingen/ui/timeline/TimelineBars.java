package nl.toezeggingen.ui.timeline;

import java.util.function.DoubleConsumer;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;

/**
 * The timeline's two scroll bars: they show the {@link ScrollRange}s of the viewport and report where the user
 * drags them, but not the moves they are given here (that would feed a repaint back into itself).
 */
final class TimelineBars {
    final ScrollBar horizontal = new ScrollBar();
    final ScrollBar vertical = new ScrollBar();
    private boolean syncing;

    TimelineBars(DoubleConsumer toStartDay, DoubleConsumer toScrollY) {
        horizontal.setOrientation(Orientation.HORIZONTAL);
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.valueProperty().addListener((o, was, now) -> {
            if (!syncing) {
                toStartDay.accept(now.doubleValue());
            }
        });
        vertical.valueProperty().addListener((o, was, now) -> {
            if (!syncing) {
                toScrollY.accept(now.doubleValue());
            }
        });
    }

    void show(ScrollRange across, ScrollRange down) {
        syncing = true;
        apply(horizontal, across);
        apply(vertical, down);
        syncing = false;
    }

    private static void apply(ScrollBar bar, ScrollRange to) {
        bar.setMin(to.min());
        bar.setMax(to.max());
        bar.setVisibleAmount(to.visible());
        bar.setValue(to.value());
        bar.setUnitIncrement(to.unit());
        bar.setBlockIncrement(to.block());
        bar.setDisable(to.disabled());
    }
}
