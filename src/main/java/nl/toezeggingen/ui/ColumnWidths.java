package nl.toezeggingen.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;

/**
 * Column widths cannot be set in a stylesheet, so they cannot be written in em: this keeps a table's columns
 * (their least, preferred and largest width) in proportion to the text size instead. The widths in the FXML
 * were chosen for Primer's 14 px; at "groter" a column is half as wide again, so a reference or an urgency
 * badge still fits (the table scrolls sideways when all of them no longer do).
 */
public final class ColumnWidths {
    /** The text size the FXML's widths were chosen for. */
    static final double DESIGNED_FOR = 14;
    /** A column's largest width when none was given (TableColumnBase's default): left alone. */
    private static final double NO_MAXIMUM = 5000;

    private final TableView<?> table;
    private double applied = DESIGNED_FOR;

    private ColumnWidths(TableView<?> table) {
        this.table = table;
    }

    /** From now on the table's columns follow {@code look}'s text size ({@link Look#fontSizeProperty()}). On the FX thread. */
    public static void follow(TableView<?> table, Look look) {
        ColumnWidths widths = new ColumnWidths(table);
        widths.scaleTo(look.fontSizeProperty().get());
        ChangeListener<Number> listener = (o, was, now) -> widths.scaleTo(now.doubleValue());
        // Held by the table, heard weakly: a closed window's table is not kept alive by the text size.
        table.getProperties().put(ColumnWidths.class, listener);
        look.fontSizeProperty().addListener(new WeakChangeListener<>(listener));
    }

    private void scaleTo(double fontSize) {
        if (fontSize <= 0 || fontSize == applied) {
            return;
        }
        double factor = fontSize / applied;
        applied = fontSize;
        table.getColumns().forEach(column -> scale(column, factor));
    }

    private static void scale(TableColumnBase<?, ?> column, double factor) {
        column.getColumns().forEach(child -> scale(child, factor));
        double min = column.getMinWidth() * factor;
        double pref = column.getPrefWidth() * factor;
        double max = column.getMaxWidth() < NO_MAXIMUM ? column.getMaxWidth() * factor : column.getMaxWidth();
        // Widen the bounds before the width and narrow them after it, so that none is clamped on the way.
        if (factor > 1) {
            column.setMaxWidth(max);
            column.setPrefWidth(pref);
            column.setMinWidth(min);
        } else {
            column.setMinWidth(min);
            column.setPrefWidth(pref);
            column.setMaxWidth(max);
        }
    }
}
