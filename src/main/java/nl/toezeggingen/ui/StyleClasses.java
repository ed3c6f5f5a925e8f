package nl.toezeggingen.ui;

import javafx.scene.Node;

/** A style class that comes and goes with a state (a refusal, conflicts found), never added twice. */
public final class StyleClasses {
    private StyleClasses() {
    }

    public static void mark(Node node, String styleClass, boolean on) {
        node.getStyleClass().remove(styleClass);
        if (on) {
            node.getStyleClass().add(styleClass);
        }
    }
}
