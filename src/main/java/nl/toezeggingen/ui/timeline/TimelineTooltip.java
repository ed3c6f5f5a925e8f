package nl.toezeggingen.ui.timeline;

import java.util.Objects;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;

/**
 * The tooltip that follows the pointer over the canvas: the full text of the item, recess or lane under it,
 * shown again only when the pointer reaches another one.
 */
final class TimelineTooltip {
    private final Tooltip tooltip = new Tooltip();
    private Object hovered;

    /** Shows what {@code describe} says of {@code under} (hidden when it says nothing) near the pointer. */
    void hover(Object under, Function<Object, String> describe, Node owner, double screenX, double screenY) {
        if (Objects.equals(under, hovered)) {
            return;
        }
        hovered = under;
        String text = under == null ? "" : describe.apply(under);
        if (text.isEmpty()) {
            tooltip.hide();
        } else {
            tooltip.setText(text);
            tooltip.show(owner, screenX + 14, screenY + 16);
        }
    }

    void hide() {
        hovered = null;
        tooltip.hide();
    }
}
