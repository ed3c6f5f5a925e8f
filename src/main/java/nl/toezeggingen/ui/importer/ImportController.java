package nl.toezeggingen.ui.importer;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import nl.toezeggingen.app.ImportReport;
import nl.toezeggingen.app.Imports;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.ui.ErrorText;
import nl.toezeggingen.ui.Session;
import nl.toezeggingen.ui.Views;

/**
 * The import dialog: checks the file first (a dry run), shows the report, and imports only when the
 * user confirms a clean file. Takes the path itself, so that a test can drive it without the file chooser.
 */
public final class ImportController {
    @FXML private Parent root;
    @FXML private Label fileLabel;
    @FXML private Label verdictLabel;
    @FXML private Label summaryLabel;
    @FXML private ListView<String> reportList;
    @FXML private Button confirmButton;
    @FXML private Button closeButton;
    @FXML private javafx.scene.layout.VBox progressBox;
    @FXML private javafx.scene.control.ProgressBar progressBar;
    @FXML private Label progressLabel;
    @FXML private javafx.scene.layout.VBox statusMapBox;
    @FXML private javafx.scene.layout.GridPane statusMapGrid;

    private Messages messages;
    private Session session;
    private Path file;
    private Runnable imported;
    private nl.toezeggingen.ui.LongWork work;
    /** The file's own status words the user has mapped so far, for this import and (once written) the next. */
    private final Map<String, Status> mapped = new LinkedHashMap<>();
    private final Map<String, ComboBox<Status>> choosers = new LinkedHashMap<>();
    /** Which check is the latest: a mapping changed while one runs starts another, and only its report counts. */
    private int checks;

    /** Opens the dialog over {@code owner} and starts checking {@code file}; {@code imported} runs after a write. */
    public static Stage open(Window owner, Messages messages, Session session, Path file, Runnable imported) {
        FXMLLoader loader = Views.load(ImportController.class, "/nl/toezeggingen/ui/importer/ImportDialog.fxml",
                messages);
        Parent view = loader.getRoot();
        Stage stage = Views.dialog(owner, messages.get("import.window.title"), new Scene(view));
        ImportController controller = loader.getController();
        controller.start(messages, session, file, imported);
        // Closing the dialog halfway stops the import too: it writes all rows or none.
        stage.setOnHidden(event -> controller.stopRunning());
        stage.show();
        return stage;
    }

    private void start(Messages messages, Session session, Path file, Runnable imported) {
        this.messages = messages;
        this.session = session;
        this.file = file;
        this.imported = imported;
        // A report line is a sentence to read whole, not a cell to scroll sideways through.
        reportList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
            }
        });
        fileLabel.setText(messages.get("import.window.file", file.toString()));
        check();
    }

    /** A dry run with the words mapped so far. */
    private void check() {
        int check = ++checks;
        Map<String, Status> words = Map.copyOf(mapped);
        confirmButton.setDisable(true);
        verdictLabel.getStyleClass().removeAll("clean", "refused");
        verdictLabel.setText(messages.get("import.window.checking"));
        watch(session.call((tracker, progress) -> tracker.imports(words).check(file, null, progress), messages,
                report -> {
                    if (check == checks) {
                        checked(report);
                    }
                }, error -> {
                    if (check == checks) {
                        failed(error);
                    }
                }));
    }

    /** Shows how far {@code running} is until it ends; the dialog's Annuleren stops it meanwhile. */
    private void watch(nl.toezeggingen.ui.LongWork running) {
        work = running;
        progressBar.progressProperty().bind(running.progressProperty());
        progressLabel.textProperty().bind(running.messageProperty());
        progressBox.visibleProperty().bind(running.runningProperty());
    }

    private void checked(ImportReport report) {
        show(report);
        offerMapping(report.unknownStatusWords());
        verdictLabel.setText(messages.get(report.accepted() ? "import.window.clean" : "import.window.problems"));
        verdictLabel.getStyleClass().add(report.accepted() ? "clean" : "refused");
        boolean work = report.accepted() && report.added() + report.updated() > 0;
        confirmButton.setDisable(!work);
        closeButton.setText(messages.get(work ? "import.window.cancel" : "import.window.close"));
        closeButton.setDefaultButton(!work);
    }

    /** A choice of our statuses per unknown word; choosing one checks the file again with it. */
    private void offerMapping(List<String> words) {
        for (String word : words) {
            if (choosers.containsKey(word)) {
                continue;
            }
            ComboBox<Status> choice = new ComboBox<>(FXCollections.observableArrayList(Status.values()));
            choice.setPromptText(messages.get("import.window.mapChoose"));
            choice.setConverter(new StringConverter<>() {
                @Override
                public String toString(Status status) {
                    return status == null ? "" : messages.status(status);
                }

                @Override
                public Status fromString(String text) {
                    return null;
                }
            });
            choice.getStyleClass().add("import-status-choice");
            choice.setUserData(word);
            Label label = new Label("\u201C" + word + "\u201D");
            label.setLabelFor(choice);
            choice.valueProperty().addListener((property, before, status) -> {
                if (status != null) {
                    mapped.put(word, status);
                    check();
                }
            });
            statusMapGrid.addRow(choosers.size(), label, choice);
            choosers.put(word, choice);
        }
        statusMapBox.setVisible(!choosers.isEmpty());
    }

    private void show(ImportReport report) {
        summaryLabel.setText(report.summary(messages));
        List<String> lines = report.lines(messages);
        reportList.getItems().setAll(lines);
        reportList.setVisible(!lines.isEmpty());
    }

    @FXML
    private void confirm() {
        confirmButton.setDisable(true);
        verdictLabel.getStyleClass().removeAll("clean", "refused");
        verdictLabel.setText(messages.get("import.window.saving"));
        Map<String, Status> words = Map.copyOf(mapped);
        choosers.values().forEach(choice -> choice.setDisable(true));
        watch(session.call((tracker, progress) -> tracker.imports(words).run(file, null, progress), messages, report -> {
            show(report);
            verdictLabel.getStyleClass().removeAll("clean", "refused");
            verdictLabel.setText(messages.get(report.written() ? "import.window.done" : "import.window.problems",
                    report.summary(messages)));
            closeButton.setText(messages.get("import.window.close"));
            closeButton.setDefaultButton(true);
            if (report.written()) {
                imported.run();
            }
        }, this::failed));
    }

    private void failed(Throwable error) {
        verdictLabel.setText(error instanceof nl.toezeggingen.app.Progress.Cancelled
                ? messages.get("progress.import.cancelled") : ErrorText.of(error, messages));
        verdictLabel.getStyleClass().add("refused");
        confirmButton.setDisable(true);
        closeButton.setText(messages.get("import.window.close"));
    }

    private void stopRunning() {
        if (work != null) {
            work.cancel();
        }
    }

    /** Annuleren: while the file is being read or stored it stops that (nothing is written); else it closes. */
    @FXML
    private void close() {
        if (work != null && work.runningProperty().get()) {
            work.cancel();
            return;
        }
        root.getScene().getWindow().hide();
    }
}
