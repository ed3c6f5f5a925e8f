package nl.toezeggingen.ui.main;

import java.util.Map;

/** A pane's part of what the window remembers between starts (columns, filters, the timeline's scale). */
public interface Memory {
    void restore(Map<String, String> saved);

    Map<String, String> capture();
}
