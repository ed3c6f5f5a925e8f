package nl.toezeggingen.ui.main;

import java.nio.file.Path;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import nl.toezeggingen.app.Backups;
import nl.toezeggingen.app.DataUnavailable;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.ui.Dialogs;
import nl.toezeggingen.ui.ErrorText;
import nl.toezeggingen.ui.Views;
import nl.toezeggingen.ui.about.AboutDialog;
import nl.toezeggingen.ui.filter.FilterBarController;
import nl.toezeggingen.ui.overdue.OverdueController;
import nl.toezeggingen.ui.safety.DataSafety;
import nl.toezeggingen.ui.table.CommitmentTableController;
import nl.toezeggingen.ui.timeline.TimelineController;

/**
 * The main window itself: its menus, the slots the panes come in, the table's placeholders and the status
 * bar. What the window shows and does is the {@link WindowModel}'s; the panes bind to that.
 */
public final class MainWindowController {
    @FXML private BorderPane root;
    @FXML private MenuBar menuBar;
    @FXML private MenuItem backupMenuItem;
    @FXML private CheckMenuItem timelineMenuItem;
    @FXML private CheckMenuItem formMenuItem;
    @FXML private MenuItem statusChangeMenuItem;
    @FXML private SplitPane split;
    @FXML private Button newButton;
    @FXML private Button overviewButton;
    @FXML private FilterBarController filterBarController;
    @FXML private javafx.scene.layout.HBox filterBar;
    @FXML private VBox toolbar;
    @FXML private javafx.scene.layout.HBox toolbarFirstRow;
    @FXML private CommitmentTableController tableController;
    @FXML private StackPane placeholder;
    @FXML private VBox loadingState;
    @FXML private VBox emptyState;
    @FXML private VBox noMatchState;
    @FXML private VBox unavailableState;
    @FXML private Label unavailableText;
    @FXML private Button loadDemoButton;
    @FXML private SplitPane leftSplit;
    @FXML private StackPane overdueSlot;
    @FXML private StackPane timelineSlot;
    @FXML private StackPane detailSlot;
    @FXML private MenuItem binMenuItem;
    @FXML private MenuItem calendarMenuItem;
    @FXML private MenuItem postponeMenuItem;

    private final WindowModel model;
    private final Messages messages;
    private final Path dataDirectory;
    private final UserSetUp setUp;
    private PaneLayout panes;
    private TimelineController timelineController;
    private boolean slotsFilled;
    private boolean startBackupMade;
    private Runnable onFirstFill = () -> { };
    private Timeline dayWatch;
    private DataSafety safety;
    private java.util.function.Consumer<String> documentOpener = uri -> {
        throw new UnsupportedOperationException("no document opener");
    };

    public MainWindowController(WindowModel model, Path dataDirectory) {
        this.model = model;
        this.messages = model.messages();
        this.dataDirectory = dataDirectory;
        this.setUp = new UserSetUp(model, this::window);
    }

    /** Loads the window for {@code model}: its panes get the same model through the controller factory. */
    public static MainWindowController load(WindowModel model, Path dataDirectory) {
        MainWindowController controller = new MainWindowController(model, dataDirectory);
        FXMLLoader loader = new FXMLLoader(MainWindowController.class.getResource("MainView.fxml"),
                model.messages().bundle());
        loader.setControllerFactory(type -> type == MainWindowController.class ? controller
                : Views.controllerFor(type, model));
        try {
            loader.load();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return controller;
    }

    public Node root() {
        return root;
    }

    @FXML
    private void initialize() {
        // Lets a window test hand the import dialog a file, which the native file chooser cannot.
        root.setUserData(this);
        tableController.table().setPlaceholder(placeholder);
        new ToolbarRows(toolbar, toolbarFirstRow, filterBar);
        nl.toezeggingen.ui.Icons.decorate(root, menuBar);
        model.setFailureShown(error -> Dialogs.error(window(), messages, messages.get("ui.error.title"),
                ErrorText.of(error, messages)));
        model.whenOpened(setUp::readAgain);
        showPlaceholders();
        newButton.disableProperty().bind(model.phaseProperty().isNotEqualTo(WindowModel.Phase.OPEN));
        overviewButton.disableProperty().bind(newButton.disableProperty());
        backupMenuItem.disableProperty().bind(newButton.disableProperty());
        statusChangeMenuItem.disableProperty().bind(newButton.disableProperty().or(Bindings.isEmpty(model.selection())));
        loadDemoButton.disableProperty().bind(model.session().background().busyProperty());
        binMenuItem.disableProperty().bind(newButton.disableProperty());
        calendarMenuItem.disableProperty().bind(newButton.disableProperty());
        postponeMenuItem.disableProperty().bind(newButton.disableProperty().or(Bindings.size(model.selection()).isNotEqualTo(1)));
        formMenuItem.selectedProperty().bindBidirectional(model.formShownProperty());
        panes = new PaneLayout(model, split, leftSplit, timelineSlot, detailSlot, timelineMenuItem, this::window,
                this::focusTable);
        model.snapshotProperty().addListener((o, was, now) -> filled(now));
        model.phaseProperty().addListener((o, was, now) -> {
            if (now == WindowModel.Phase.UNAVAILABLE) {
                unavailable(model.unavailableProperty().get());
            }
        });
    }

    /** Each placeholder shows in the model's state for it: an empty register is always the welcome. */
    private void showPlaceholders() {
        Map.of(loadingState, WindowModel.Placeholder.LOADING, emptyState, WindowModel.Placeholder.WELCOME,
                noMatchState, WindowModel.Placeholder.NO_MATCH, unavailableState, WindowModel.Placeholder.UNAVAILABLE)
                .forEach((state, when) -> state.visibleProperty().bind(model.placeholder().isEqualTo(when)));
    }

    /** The first list is in: the rest of the window comes after its frame; the start backup once it is all read. */
    private void filled(WindowSnapshot snapshot) {
        if (snapshot == null) {
            return;
        }
        if (!slotsFilled) {
            onFirstFill.run();
            onFirstFill = () -> { };
            nl.toezeggingen.ui.Frames.afterNext(root.getScene(), this::fillSlots);
        }
        if (snapshot.complete() && !startBackupMade && safety != null) {
            startBackupMade = true;
            safety.startBackup();
        }
    }

    /**
     * Loads the overdue bar, the timeline and the form into their slots; once. Not needed to see the
     * table, and together they cost more to load, style and lay out than the rest of the window, so the
     * first list brings them in after its frame; anything that needs them sooner calls this first.
     */
    private void fillSlots() {
        if (slotsFilled) {
            return;
        }
        slotsFilled = true;
        load(overdueSlot, OverdueController.class, "OverdueBar.fxml");
        timelineController = load(timelineSlot, TimelineController.class, "Timeline.fxml");
        // Its content is in now, and with it the heights the split shares out.
        panes.tableFirst();
        load(detailSlot, nl.toezeggingen.ui.detail.DetailController.class, "DetailPane.fxml");
    }

    private <C> C load(StackPane slot, Class<C> controller, String view) {
        FXMLLoader loader = Views.load(controller, view, messages, model);
        slot.getChildren().setAll((Node) loader.getRoot());
        return loader.getController();
    }

    /** Backups and the way out of a damaged file; before {@link #open}. */
    public void initSafety(Backups backups) {
        safety = new DataSafety(messages, model.session(), model.look(), backups, this::window, model::open,
                model.statusProperty()::set);
    }

    /**
     * What the start-up had read already ({@link nl.toezeggingen.ui.QuickStart#ready}), before the window
     * shows: the window then shows with its rows and the user's set-up in the first frame, instead of a frame
     * of "loading" first.
     */
    public void showFirst(nl.toezeggingen.ui.QuickStart.First first) {
        setUp.apply(first.settings(), first.dark());
        model.showFirst(first.list());
    }

    /** Opens the data in the background; the window is already on screen. */
    public void open() {
        model.open();
        watchTheDate();
    }

    /** Past midnight the same deadlines mean other urgencies: the model looks again when the day changes. */
    private void watchTheDate() {
        if (dayWatch != null) {
            return;
        }
        dayWatch = new Timeline(new KeyFrame(Duration.seconds(1), event -> model.checkTheDate()));
        dayWatch.setCycleCount(Animation.INDEFINITE);
        dayWatch.play();
    }

    /** Runs once, after the table was first filled with the data (or found it empty). */
    public void whenFirstFilled(Runnable action) {
        onFirstFill = action;
    }

    /** Stops watching the clock; the window is closing. */
    public void close() {
        if (dayWatch != null) {
            dayWatch.stop();
        }
    }

    /** What the panes want back next time; read as the window closes. */
    public Map<String, String> remembered() {
        return model.memories().remembered();
    }

    /**
     * Straight to the field, not through a lookup: a split pane's sides only become children once its
     * skin exists, which a restyle (the theme) can put off past the first show.
     */
    public void focusTable() {
        tableController.table().requestFocus();
    }

    /** Closing the window or quitting: after "Wijzigingen opslaan?" when the form holds unsaved edits. */
    public void leave(Runnable close) {
        model.leave(close);
    }

    public boolean hasUnsavedEdits() {
        return model.hasUnsavedEdits();
    }

    /** The window's one session on the data, for the dialogs it opens (and tests that must hold its disk thread). */
    public nl.toezeggingen.ui.Session session() {
        return model.session();
    }

    /** How the status overview hands its email draft to the system (HostServices.showDocument). */
    public void setDocumentOpener(java.util.function.Consumer<String> opener) {
        documentOpener = opener;
    }

    @FXML
    private void toggleTimeline() {
        panes.toggleTimeline();
    }

    @FXML
    private void saveTimeline() {
        fillSlots();
        timelineController.saveAsPng(window());
    }

    @FXML
    private void newCommitment() {
        fillSlots();
        model.edit(null);
    }

    @FXML
    private void openOverview() {
        if (model.isOpen()) {
            nl.toezeggingen.ui.overview.OverviewController.open(window(), messages, model.session(), model.look(),
                    documentOpener);
        }
    }

    @FXML
    private void importFile() {
        model.leave(() -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(messages.get("import.window.choose"));
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                    messages.get("import.window.filter"), "*.csv", "*.xlsx", "*.json", "*.txt"));
            java.io.File file = chooser.showOpenDialog(window());
            if (file != null) {
                importFile(file.toPath());
            }
        });
    }

    /** The dialog for a file already chosen: the menu's way in after the chooser, and the tests'. */
    public void importFile(Path file) {
        nl.toezeggingen.ui.importer.ImportController.open(window(), messages, model.session(), file, model::refresh);
    }

    @FXML
    private void makeBackup() {
        safety.backup();
    }

    @FXML
    private void restoreBackup() {
        // A restore replaces everything the form shows: its edits are asked about first.
        model.leave(safety::chooseAndRestore);
    }

    @FXML
    private void openBin() {
        nl.toezeggingen.ui.bin.DeletedController.open(window(), messages, model.session(), model.look(), model::refresh);
    }

    @FXML
    private void openCalendar() {
        nl.toezeggingen.ui.calendar.CalendarController.open(window(), messages, model.session(), model.look(),
                model.today(), model::refresh);
    }

    @FXML
    private void postpone() {
        nl.toezeggingen.ui.postpone.Postponing.ask(window(), model);
    }

    @FXML
    private void changeStatus() {
        nl.toezeggingen.ui.statuschange.StatusChanging.ask(window(), model);
    }

    @FXML
    private void settings() {
        nl.toezeggingen.ui.settings.SettingsDialog.open(window(), messages, model.session(), model.look(), () -> {
            model.statusProperty().set(messages.get("ui.settings.saved"));
            model.refresh();
        }, model::failed);
    }

    @FXML
    private void help() {
        model.call(Tracker::horizonDays, days -> nl.toezeggingen.ui.help.HelpWindow.show(window(),
                messages.get("ui.help.title"), nl.toezeggingen.ui.help.HelpPage.of(messages, dataDirectory, days)));
    }

    @FXML
    private void about() {
        AboutDialog.show(window(), messages, dataDirectory);
    }

    @FXML
    private void focusSearch() {
        filterBarController.focusSearch();
    }

    @FXML
    private void clearFilters() {
        model.clearFilters();
    }

    @FXML
    private void loadDemo() {
        model.loadDemo();
    }

    @FXML
    private void retry() {
        model.open();
    }

    @FXML
    private void quit() {
        Window window = window();
        if (window != null) {
            model.leave(window::hide);
        }
    }

    private void unavailable(Throwable error) {
        fillSlots();
        String text = ErrorText.of(error, messages);
        unavailableText.setText(text);
        if (error instanceof DataUnavailable damaged && damaged.damaged() && safety != null) {
            safety.offerRecovery(damaged);
            return;
        }
        if (error instanceof DataUnavailable held && held.inUse() && safety != null) {
            safety.askOtherWindowToFront(held);
        }
        Dialogs.error(window(), messages, messages.get("ui.unavailable.title"), text);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
