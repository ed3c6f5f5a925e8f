package nl.toezeggingen.ui.history;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.fxml.FXML;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.report.history.HistoryEntry;
import nl.toezeggingen.ui.Views;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One commitment's history as a list, newest first: per save when and who, then each field it changed
 * ("Status  In uitvoering → Afgedaan"); a moved deadline is marked in colour with an icon, and its save
 * gets a bar along its edge. It shows what it is given ({@link #show}, or bind {@link #entriesProperty}):
 * no data of its own, so whoever owns the selection decides what it shows.
 */
public final class HistoryView {
    /**
     * A text or notes field can hold pages: a line of history shows the start of each value. The form
     * shows the whole of the current one.
     */
    private static final int VALUE_WIDTH = 300;

    @FXML private VBox root;
    @FXML private ListView<HistoryEntry> list;

    private final ObjectProperty<List<HistoryEntry>> entries = new SimpleObjectProperty<>(this, "entries", List.of());

    /** The view with the user's words; put {@link #root()} where it belongs (a tab, a pane). */
    public static HistoryView load(Messages messages) {
        return Views.load(HistoryView.class, "History.fxml", messages).getController();
    }

    @FXML
    private void initialize() {
        list.setCellFactory(view -> new EntryCell());
        entries.addListener((o, was, now) -> {
            list.getItems().setAll(now == null ? List.of() : now);
            if (!list.getItems().isEmpty()) {
                list.scrollTo(0);
            }
        });
    }

    public Node root() {
        return root;
    }

    /** Shows these entries (newest first, as {@link nl.toezeggingen.report.history.HistoryWords} gives them); empty: the placeholder. */
    public void show(List<HistoryEntry> shown) {
        entries.set(List.copyOf(shown));
    }

    /** What is shown, for binding to a model. */
    public ObjectProperty<List<HistoryEntry>> entriesProperty() {
        return entries;
    }

    /** One save: when and who above, one row per changed field beneath. */
    private static final class EntryCell extends ListCell<HistoryEntry> {
        EntryCell() {
            // The list's width decides, not the longest line: long values wrap instead of scrolling sideways.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(HistoryEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().remove("moves-deadline");
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            if (entry.movesDeadline()) {
                getStyleClass().add("moves-deadline");
            }
            setGraphic(entryNode(entry));
            // A screen reader hears the whole save, as the command line prints it.
            setAccessibleText(entry.heading() + ". " + entry.lines().stream()
                    .map(line -> line.text(VALUE_WIDTH)).collect(Collectors.joining(". ")));
        }

        private static Node entryNode(HistoryEntry entry) {
            GridPane grid = new GridPane();
            grid.getStyleClass().add("history-entry");
            ColumnConstraints names = new ColumnConstraints();
            names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ColumnConstraints values = new ColumnConstraints();
            values.setHgrow(Priority.ALWAYS);
            values.setMinWidth(0);
            grid.getColumnConstraints().setAll(names, values);
            grid.add(label(entry.heading(), "history-when"), 0, 0, 2, 1);
            int row = 1;
            for (HistoryEntry.Line line : entry.lines()) {
                if (line.deadlineMove()) {
                    Label moved = label(line.text(), "history-move");
                    moved.setGraphic(new FontIcon("mdi2c-calendar-arrow-right"));
                    grid.add(moved, 0, row, 2, 1);
                } else {
                    Label name = label(line.field(), "history-field");
                    Label change = label(line.change(VALUE_WIDTH), "history-change");
                    // A value of several lines has its field's name beside its first line.
                    GridPane.setValignment(name, VPos.TOP);
                    GridPane.setValignment(change, VPos.TOP);
                    grid.addRow(row, name, change);
                }
                row++;
            }
            return grid;
        }

        private static Label label(String text, String style) {
            Label label = new Label(text);
            label.getStyleClass().add(style);
            label.setWrapText(true);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            return label;
        }
    }
}
