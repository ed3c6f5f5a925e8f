package nl.toezeggingen.ui.main;

/**
 * The names the window's remembered layout is stored under (through {@link Memory} and
 * {@code app.Preferences}), all in one place so that no two panes take the same one. Each value is the pane's
 * own text (its format is described where it is written); the typed settings (theme, text size, own name,
 * horizon, …) are {@code app.Setting}'s.
 */
public final class LayoutKeys {
    /** The window's place and size (ui.WindowPlacement). */
    public static final String WINDOW = "ui.window";
    /** Column order, widths and which are shown: "titleColumn:300:shown,…" (ui.table.TableMemory). */
    public static final String TABLE_COLUMNS = "ui.table.columns";
    /** The table's sort: "titleColumn:DESCENDING,…". */
    public static final String TABLE_SORT = "ui.table.sort";
    /** What the search field held. */
    public static final String FILTER_SEARCH = "ui.filter.search";
    /** "true" when "Mijn toezeggingen" was on. */
    public static final String FILTER_MINE = "ui.filter.mine";
    /** The timeline's scale, pixels a day. */
    public static final String TIMELINE_SCALE = "ui.timeline.pxPerDay";
    /** "false" when the timeline was hidden. */
    public static final String TIMELINE_SHOWN = "ui.timeline.shown";
    /** "false" when the form was folded away. */
    public static final String FORM_SHOWN = "ui.form.shown";

    /** The choice in one of the filter bar's drop-downs, by its id ("statusFilter", "dossierFilter", …). */
    public static String filter(String boxId) {
        return "ui.filter." + boxId;
    }

    private LayoutKeys() {
    }
}
