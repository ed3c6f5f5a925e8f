package nl.toezeggingen.ui.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import nl.toezeggingen.ui.main.LayoutKeys;

/**
 * The table as the user left it: column order, widths and which are shown, and its sort.
 * Kept as named settings ({@link LayoutKeys#TABLE_COLUMNS} = "titleColumn:300:shown,...",
 * {@link LayoutKeys#TABLE_SORT} = "titleColumn:DESCENDING").
 */
final class TableMemory implements nl.toezeggingen.ui.main.Memory {

    private final TableView<?> table;

    private final java.util.function.Predicate<TableColumn<?, ?>> folded;

    /** {@code folded}: columns put away for lack of room, remembered as shown. */
    TableMemory(TableView<?> table, java.util.function.Predicate<TableColumn<?, ?>> folded) {
        this.table = table;
        this.folded = folded;
    }

    @Override
    public Map<String, String> capture() {
        Map<String, String> state = new LinkedHashMap<>();
        List<String> columns = new ArrayList<>();
        for (TableColumn<?, ?> column : table.getColumns()) {
            columns.add(String.format(Locale.ROOT, "%s:%.0f:%s", column.getId(), column.getWidth(),
                    column.isVisible() || folded.test(column) ? "shown" : "hidden"));
        }
        state.put(LayoutKeys.TABLE_COLUMNS, String.join(",", columns));
        List<String> sort = new ArrayList<>();
        for (TableColumn<?, ?> column : table.getSortOrder()) {
            sort.add(column.getId() + ":" + column.getSortType());
        }
        state.put(LayoutKeys.TABLE_SORT, String.join(",", sort));
        return state;
    }

    @Override
    public void restore(Map<String, String> state) {
        Optional.ofNullable(state.get(LayoutKeys.TABLE_COLUMNS)).ifPresent(this::restoreColumns);
        Optional.ofNullable(state.get(LayoutKeys.TABLE_SORT)).filter(sort -> !sort.isBlank()).ifPresent(this::restoreSort);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void restoreSort(String saved) {
        List<TableColumn> sort = new ArrayList<>();
        for (String part : saved.split(",")) {
            String[] fields = part.split(":");
            if (fields.length != 2) {
                continue;
            }
            table.getColumns().stream().filter(c -> fields[0].equals(c.getId())).findFirst().ifPresent(c -> {
                try {
                    c.setSortType(TableColumn.SortType.valueOf(fields[1]));
                } catch (IllegalArgumentException e) {
                    // An unknown direction keeps the column's own.
                }
                sort.add(c);
            });
        }
        if (!sort.isEmpty()) {
            ((TableView) table).getSortOrder().setAll(sort);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void restoreColumns(String saved) {
        List<TableColumn> ordered = new ArrayList<>();
        List<TableColumn> all = new ArrayList<>(table.getColumns());
        for (String part : saved.split(",")) {
            String[] fields = part.split(":");
            if (fields.length != 3) {
                continue;
            }
            all.stream().filter(c -> fields[0].equals(c.getId()) && !ordered.contains(c)).findFirst().ifPresent(c -> {
                try {
                    c.setPrefWidth(Double.parseDouble(fields[1]));
                } catch (NumberFormatException e) {
                    // A damaged width keeps the column's own; the order and visibility still count.
                }
                c.setVisible(!"hidden".equals(fields[2]));
                ordered.add(c);
            });
        }
        // Columns added since the state was saved go at the end, not lost.
        all.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        if (!ordered.equals(table.getColumns())) {
            // Taking columns out drops them from the sort order: put the user's sort back after.
            List<TableColumn> sort = new ArrayList<>(table.getSortOrder());
            ((TableView) table).getColumns().setAll(ordered);
            ((TableView) table).getSortOrder().setAll(sort);
        }
    }
}
