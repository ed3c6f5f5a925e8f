package nl.toezeggingen.ui.main;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the panes remember between starts (columns, filters, the timeline's scale), in one place: the
 * saved set-up comes in once the settings are read, and a pane that loads after that (the slots fill after
 * the first frame) gets it as it adds itself.
 */
public final class Memories {
    private final List<Memory> memories = new ArrayList<>();
    private Map<String, String> restored;

    public void add(Memory memory) {
        memories.add(memory);
        if (restored != null) {
            memory.restore(restored);
        }
    }

    /** What every pane wants back next time, gathered as the window closes. */
    public Map<String, String> remembered() {
        Map<String, String> state = new LinkedHashMap<>();
        memories.forEach(memory -> state.putAll(memory.capture()));
        return state;
    }

    /** The saved look, for the panes: also for those that load later. */
    public void restore(Map<String, String> saved) {
        restored = Map.copyOf(saved);
        memories.forEach(memory -> memory.restore(restored));
    }
}
