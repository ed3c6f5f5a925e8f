package nl.toezeggingen.bench;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import nl.toezeggingen.ui.StartupProbe;

/**
 * What the platform charges for a window like ours without any of our code or data: a menu bar, a tool
 * bar with a search field and three choice boxes, and an eight-column table of 10,000 rows, in the same
 * theme. It tells how much of the start-up is ours and how much is JavaFX's first CSS and layout. With
 * {@code --table-only} the window holds just the table: the least a window "with its table filled" can be.
 */
public final class BareTableWindow extends Application {

    /** On the class path the main class must not be the Application itself. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(BareTableWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        TableView<String[]> table = new TableView<>();
        for (int c = 0; c < 8; c++) {
            int column = c;
            TableColumn<String[], String> col = new TableColumn<>("Kolom " + c);
            col.setPrefWidth(100);
            col.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()[column]));
            table.getColumns().add(col);
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            String[] row = new String[8];
            for (int c = 0; c < 8; c++) {
                row[c] = "Waarde " + i + "-" + c;
            }
            rows.add(row);
        }
        table.getItems().setAll(rows);
        Scene scene = new Scene(getParameters().getRaw().contains("--table-only") ? new BorderPane(table)
                : withBars(table), 1280, 760);
        stage.setScene(scene);
        stage.show();
        StartupProbe.afterNextFrame(scene);
    }

    private static BorderPane withBars(TableView<String[]> table) {
        MenuBar menus = new MenuBar(new Menu("_Bestand"), new Menu("_Bewerken"), new Menu("_Beeld"), new Menu("_Help"));
        ToolBar tools = new ToolBar(new Button("Nieuwe toezegging"), new Button("Statusoverzicht"), new TextField(),
                new ComboBox<String>(), new ComboBox<String>(), new ComboBox<String>(), new Button("Filters wissen"));
        BorderPane root = new BorderPane(table);
        root.setTop(new VBox(menus, tools));
        return root;
    }
}
