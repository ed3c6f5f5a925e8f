package nl.toezeggingen.ui.detail;

import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Whether the form holds edits that are not saved: what its fields say now against what they said when a
 * commitment was loaded (or last saved). Comparing contents, not counting keystrokes, so that typing a
 * value back to what it was makes the form clean again.
 */
final class FormChanges {
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private Map<Object, String> loaded = Map.of();

    /** The fields as they are loaded or saved: from here on, any difference is an unsaved change. */
    void loaded(Map<Object, String> contents) {
        loaded = Map.copyOf(contents);
        dirty.set(false);
    }

    /** The fields as they are now. */
    void now(Map<Object, String> contents) {
        dirty.set(!loaded.equals(contents));
    }

    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    boolean isDirty() {
        return dirty.get();
    }
}
