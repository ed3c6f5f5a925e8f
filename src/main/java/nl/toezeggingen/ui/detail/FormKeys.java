package nl.toezeggingen.ui.detail;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** The form's keys: Ctrl+S, Ctrl+Z and Ctrl+Y (Ctrl+Shift+Z) from any field, Escape, and Tab out of text areas. */
final class FormKeys {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_TOO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private FormKeys() {
    }

    /**
     * Filters, not handlers: a text field would otherwise take Ctrl+Z for its own undo, which knows only
     * that field. Escape is a handler: an open pop-up (a date picker's calendar) closes first.
     */
    static void listen(Node form, Runnable save, Runnable undo, Runnable redo, java.util.function.BooleanSupplier dirty,
            Runnable revert) {
        form.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            Runnable action = SAVE.match(event) ? save : UNDO.match(event) ? undo
                    : REDO.match(event) || REDO_TOO.match(event) ? redo : null;
            if (action != null) {
                event.consume();
                action.run();
            }
        });
        form.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && dirty.getAsBoolean()) {
                // Escape never throws edits away unasked: it asks "Wijzigingen verwerpen?".
                event.consume();
                revert.run();
            }
        });
    }

    /**
     * Tab goes to the next field from a text area too, as everywhere else in the form: nobody knows the
     * toolkit's Ctrl+Tab. A tab in the text itself is rare enough to be pasted.
     */
    static void leaveWithTab(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown() && !event.isMetaDown()) {
                event.consume();
                area.fireEvent(new KeyEvent(event.getSource(), event.getTarget(), KeyEvent.KEY_PRESSED,
                        event.getCharacter(), event.getText(), KeyCode.TAB, event.isShiftDown(), true, false, false));
            }
        });
    }
}
