package nl.toezeggingen.ui.table;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Keeps the columns a user cannot do without in sight when the table is narrow (a laptop, large text, a
 * wide form): Kenmerk, Titel, Uiterlijk, Status and Urgentie stay; the others fold away from the right,
 * in the order the user put the columns in, and come back, last folded first, when there is room again.
 * A column the user hides or shows in the table's menu is the user's: folding leaves it alone after that.
 */
final class ColumnFit {
    private final TableView<?> table;
    private final Set<String> kept;
    private final Deque<TableColumn<?, ?>> folded = new ArrayDeque<>();
    private boolean fitting;

    ColumnFit(TableView<?> table, Set<String> kept) {
        this.table = table;
        this.kept = kept;
        table.widthProperty().addListener((o, was, now) -> fit());
        for (TableColumn<?, ?> column : table.getColumns()) {
            watch(column);
        }
        table.getColumns().addListener((ListChangeListener<TableColumn<?, ?>>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
            }
            fit();
        });
    }

    /** True for a column folded for lack of room: it counts as shown in what the window remembers. */
    boolean isFolded(TableColumn<?, ?> column) {
        return folded.contains(column);
    }

    private void watch(TableColumn<?, ?> column) {
        if (column.getProperties().containsKey(ColumnFit.class)) {
            return;
        }
        column.getProperties().put(ColumnFit.class, Boolean.TRUE);
        column.visibleProperty().addListener((o, was, now) -> {
            if (!fitting) {
                // The user's own choice in the table's menu.
                folded.remove(column);
                fit();
            }
        });
        column.minWidthProperty().addListener((o, was, now) -> fit());
    }

    /** Folds while the shown columns need more than the table has; unfolds while the last folded one fits. */
    void fit() {
        double room = table.getWidth() - 24;
        if (room <= 0 || fitting) {
            return;
        }
        fitting = true;
        try {
            while (need() > room) {
                TableColumn<?, ?> next = nextToFold();
                if (next == null) {
                    break;
                }
                next.setVisible(false);
                folded.push(next);
            }
            while (!folded.isEmpty() && need() + readable(folded.peek()) <= room) {
                folded.pop().setVisible(true);
            }
        } finally {
            fitting = false;
        }
    }

    private double need() {
        return table.getColumns().stream().filter(TableColumn::isVisible).mapToDouble(ColumnFit::readable).sum();
    }

    /**
     * What a column needs to be worth showing: its preferred width (at least its least). At the least
     * width of every column all of them fit but each says "Soci…"; better fewer that can be read.
     */
    private static double readable(TableColumn<?, ?> column) {
        return Math.max(column.getMinWidth(), column.getPrefWidth());
    }

    private TableColumn<?, ?> nextToFold() {
        List<? extends TableColumn<?, ?>> columns = table.getColumns();
        for (int i = columns.size() - 1; i >= 0; i--) {
            TableColumn<?, ?> column = columns.get(i);
            if (column.isVisible() && !kept.contains(column.getId())) {
                return column;
            }
        }
        return null;
    }
}
