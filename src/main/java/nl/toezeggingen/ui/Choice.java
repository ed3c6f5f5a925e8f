package nl.toezeggingen.ui;

/** An entry of a drop-down: a value (null for "all" or "none") with the words the user sees. */
public record Choice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
