package nl.toezeggingen.ui.overview;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.OverviewFormat;
import nl.toezeggingen.app.Overviews;
import nl.toezeggingen.app.Setting;
import nl.toezeggingen.app.SafeFiles;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.domain.overview.Overview;
import nl.toezeggingen.domain.overview.Scope;
import nl.toezeggingen.render.TimelinePictures;
import nl.toezeggingen.report.overview.OverviewLabels;
import nl.toezeggingen.ui.Choice;
import nl.toezeggingen.ui.Dialogs;
import nl.toezeggingen.ui.ErrorText;
import nl.toezeggingen.ui.Session;
import nl.toezeggingen.ui.Look;
import nl.toezeggingen.ui.Views;

/** The "Statusoverzicht" dialog: scope choices, a live preview of the email, copy, save and mail. */
public final class OverviewController {
    @FXML private BorderPane root;
    @FXML private ComboBox<Choice<String>> dossierChoice;
    @FXML private ComboBox<Choice<String>> lineChoice;
    @FXML private ComboBox<Choice<Status>> statusChoice;
    @FXML private ComboBox<Choice<Urgency>> urgencyChoice;
    @FXML private CheckBox groupedCheck;
    @FXML private ScrollPane previewScroll;
    @FXML private TextField toField;
    @FXML private Button mailButton;
    @FXML private Button copyButton;
    @FXML private Button saveButton;
    @FXML private Label overviewStatus;

    private Messages messages;
    private Session session;
    private Consumer<String> documentOpener;
    private List<TrackedCommitment> all = List.of();
    private Rendered shown;
    private int asked;

    /** What the preview shows, with the two clipboard flavours made from the same model. */
    record Rendered(Overview overview, OverviewLabels labels, String html, String text) {
    }

    /** Opens the dialog over {@code owner}; {@code documentOpener} hands a file URI to the system (HostServices). */
    public static Stage open(Window owner, Messages messages, Session session, Look look,
            Consumer<String> documentOpener) {
        FXMLLoader loader = Views.load(OverviewController.class, "OverviewDialog.fxml", messages);
        BorderPane root = loader.getRoot();
        OverviewController controller = loader.getController();
        controller.init(messages, session, documentOpener);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.get("ui.overview.title"));
        Scene scene = new Scene(root);
        fitToContent(scene, look);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /**
     * The dialog's first size: what its content asks for at the user's text size (the preview's room is set
     * in em, the buttons never shrink below their text), within the screen. Measured before it shows, so it
     * opens at that size rather than growing or cutting its buttons off.
     */
    private static void fitToContent(Scene scene, Look look) {
        // The text size comes with the theme's sheets, which would otherwise arrive only once the window shows.
        look.style(scene);
        Parent content = scene.getRoot();
        content.applyCss();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(content.prefWidth(-1), screen.getWidth() - 40);
        double height = Math.min(content.prefHeight(width), screen.getHeight() - 60);
        ((Region) content).setPrefSize(width, height);
    }

    void init(Messages messages, Session session, Consumer<String> documentOpener) {
        this.messages = messages;
        this.session = session;
        this.documentOpener = documentOpener;
        statusChoice.getItems().setAll(Choice.allThen(messages.get("ui.overview.all"), List.of(Status.values()),
                messages::status));
        urgencyChoice.getItems().setAll(Choice.allThen(messages.get("ui.overview.all"), List.of(Urgency.values()),
                messages::urgency));
        statusChoice.getSelectionModel().selectFirst();
        urgencyChoice.getSelectionModel().selectFirst();
        fill(dossierChoice, List.of());
        fill(lineChoice, List.of());
        for (ComboBox<?> box : List.of(statusChoice, urgencyChoice, lineChoice)) {
            box.valueProperty().addListener((o, was, now) -> refresh());
        }
        dossierChoice.valueProperty().addListener((o, was, now) -> {
            fillLines();
            refresh();
        });
        groupedCheck.selectedProperty().addListener((o, was, now) -> refresh());
        session.call(tracker -> new Start(tracker.list(), tracker.settings().get(Setting.MAIL_TO)),
                start -> {
                    all = start.commitments();
                    toField.setText(start.mailTo());
                    fill(dossierChoice, all.stream().map(t -> t.commitment().dossier()).toList());
                    fillLines();
                    refresh();
                }, this::failed);
    }

    private record Start(List<TrackedCommitment> commitments, String mailTo) {
    }

    private void fillLines() {
        String dossier = Choice.chosen(dossierChoice);
        fill(lineChoice, all.stream()
                .filter(t -> dossier == null || dossier.equals(t.commitment().dossier()))
                .map(t -> t.commitment().line()).toList());
    }

    private void fill(ComboBox<Choice<String>> box, List<String> values) {
        Choice.refill(box, Choice.allThenNames(messages.get("ui.overview.all"), values));
    }

    Scope scope() {
        return new Scope(Choice.chosen(dossierChoice), Choice.chosen(lineChoice), Choice.chosen(statusChoice), Choice.chosen(urgencyChoice));
    }

    /** Builds the overview for the chosen scope off the FX thread; an older answer never overwrites a newer one. */
    private void refresh() {
        if (session == null) {
            return;
        }
        int ticket = ++asked;
        Scope scope = scope();
        boolean grouped = groupedCheck.isSelected();
        session.call(tracker -> {
            Overviews overviews = overviews(tracker);
            Overview overview = overviews.build(scope, grouped);
            return new Rendered(overview, overviews.labels(), overviews.html(overview), overviews.text(overview));
        }, rendered -> {
            if (ticket == asked) {
                show(rendered);
            }
        }, this::failed);
    }

    private void show(Rendered rendered) {
        shown = rendered;
        previewScroll.setContent(OverviewPreview.of(rendered.overview(), rendered.labels()));
        boolean empty = rendered.overview().isEmpty();
        for (Button b : List.of(mailButton, copyButton, saveButton)) {
            b.setDisable(empty);
        }
        overviewStatus.setText(empty ? messages.get("ui.overview.empty") : "");
    }

    Rendered shown() {
        return shown;
    }

    @FXML
    private void copy() {
        if (shown == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putHtml(shown.html());
        content.putString(shown.text());
        Clipboard.getSystemClipboard().setContent(content);
        overviewStatus.setText(messages.get("ui.overview.copied"));
    }

    @FXML
    private void saveAs() {
        if (shown == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("ui.overview.save").replace("_", ""));
        for (OverviewFormat format : OverviewFormat.values()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    messages.get("ui.overview.filter." + format.extension()), "*." + format.extension()));
        }
        chooser.setInitialFileName(messages.get("ui.overview.fileName", shown.overview().date().toString()));
        File file = chooser.showSaveDialog(window());
        if (file == null) {
            return;
        }
        OverviewFormat format = formatOf(file.getName(), chooser.getSelectedExtensionFilter());
        Path target = withExtension(file.toPath(), format);
        save(target, format);
    }

    /** Writes the shown overview in {@code format}; the window's save and the tests go through here. */
    void save(Path target, OverviewFormat format) {
        Overview overview = shown.overview();
        session.call(tracker -> {
            try {
                tracker.ownFiles().refuse(target);
            } catch (IOException e) {
                throw new NotWritten(target, e);
            }
            write(target, overviews(tracker).render(overview, format));
            return target;
        }, done -> overviewStatus.setText(messages.get("ui.overview.saved", done)), this::failed);
    }

    @FXML
    private void openInMail() {
        if (shown == null) {
            return;
        }
        Overview overview = shown.overview();
        String to = toField.getText();
        session.call(tracker -> {
            tracker.settings().put(Setting.MAIL_TO, to);
            Overviews overviews = overviews(tracker);
            Path folder;
            try {
                folder = SafeFiles.exportsFolder(tracker.databaseFile());
            } catch (IOException e) {
                // The exports folder goes in the data directory: that is where writing failed.
                throw new NotWritten(tracker.databaseFile().toAbsolutePath().getParent(), e);
            }
            Path file = folder.resolve(messages.get("ui.overview.fileName", overview.date().toString()) + ".eml");
            write(file, overviews.render(overview, OverviewFormat.EML));
            return file;
        }, this::mail, this::failed);
    }

    /** The overview with the mail's timeline drawn as the command line draws it. */
    private Overviews overviews(Tracker tracker) {
        return tracker.overviews(messages, new TimelinePictures(messages::get, messages.locale())::whole);
    }

    private void mail(Path file) {
        try {
            documentOpener.accept(file.toUri().toString());
            overviewStatus.setText(messages.get("ui.overview.mailOpened", file));
        } catch (RuntimeException | LinkageError e) {
            // No mail program to hand the file to (or a platform that cannot open documents): say where it is.
            overviewStatus.setText(messages.get("ui.overview.mailManual", file));
        }
    }

    private static void write(Path target, byte[] bytes) {
        try {
            SafeFiles.write(target, bytes);
        } catch (IOException e) {
            throw new NotWritten(target, e);
        }
    }

    /** A write that failed, with the file or folder to name to the user (the cause alone may not say it). */
    private static final class NotWritten extends UncheckedIOException {
        private final Path target;

        NotWritten(Path target, IOException cause) {
            super(cause);
            this.target = target;
        }
    }

    static OverviewFormat formatOf(String name, FileChooser.ExtensionFilter filter) {
        int dot = name.lastIndexOf('.');
        String typed = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (OverviewFormat format : OverviewFormat.values()) {
            if (format.extension().equals(typed)) {
                return format;
            }
        }
        if (filter != null) {
            for (OverviewFormat format : OverviewFormat.values()) {
                if (filter.getExtensions().contains("*." + format.extension())) {
                    return format;
                }
            }
        }
        return OverviewFormat.HTML;
    }

    private static Path withExtension(Path file, OverviewFormat format) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + format.extension()) ? file
                : file.resolveSibling(name + "." + format.extension());
    }

    @FXML
    private void close() {
        Window window = window();
        if (window != null) {
            window.hide();
        }
    }

    private void failed(Throwable error) {
        String text = error instanceof NotWritten failure
                ? messages.get("overview.out.failed", failure.target, messages.reason(failure.getCause()))
                : ErrorText.of(error, messages);
        overviewStatus.setText(text);
        Dialogs.error(window(), messages, messages.get("ui.error.title"), text);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

}
