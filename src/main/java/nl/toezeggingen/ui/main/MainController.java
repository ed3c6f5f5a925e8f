package nl.toezeggingen.ui.main;

import javafx.application.Platform;
import java.util.ArrayList;
import java.util.Comparator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.toezeggingen.app.Backups;
import nl.toezeggingen.app.DataUnavailable;
import nl.toezeggingen.app.LaunchOptions;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.InvalidCommitmentException;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.ui.Cells;
import nl.toezeggingen.ui.Choice;
import nl.toezeggingen.ui.Dialogs;
import nl.toezeggingen.ui.ErrorText;
import nl.toezeggingen.ui.Session;
import nl.toezeggingen.ui.Views;
import nl.toezeggingen.ui.about.AboutDialog;
import nl.toezeggingen.ui.detail.DetailController;
import nl.toezeggingen.ui.overdue.OverdueController;
import nl.toezeggingen.ui.safety.DataSafety;
import nl.toezeggingen.ui.timeline.TimelineController;

/** The main window: the table with its search and filters, the detail pane beside it, and the data behind both. */
public final class MainController {
    @FXML private BorderPane root;
    @FXML private Button newButton;
    @FXML private Button overviewButton;
    @FXML private TextField searchField;
    @FXML private ComboBox<Choice<Status>> statusFilter;
    @FXML private ComboBox<Choice<String>> dossierFilter;
    @FXML private ComboBox<Choice<Urgency>> urgencyFilter;
    @FXML private Button clearFiltersButton;
    @FXML private TableView<TrackedCommitment> table;
    @FXML private TableColumn<TrackedCommitment, String> referenceColumn;
    @FXML private TableColumn<TrackedCommitment, String> titleColumn;
    @FXML private TableColumn<TrackedCommitment, String> dossierColumn;
    @FXML private TableColumn<TrackedCommitment, String> lineColumn;
    @FXML private TableColumn<TrackedCommitment, String> deadlineColumn;
    @FXML private TableColumn<TrackedCommitment, Deadline> dueColumn;
    @FXML private TableColumn<TrackedCommitment, Status> statusColumn;
    @FXML private TableColumn<TrackedCommitment, Urgency> urgencyColumn;
    @FXML private VBox loadingState;
    @FXML private VBox emptyState;
    @FXML private VBox noMatchState;
    @FXML private VBox unavailableState;
    @FXML private Label unavailableText;
    @FXML private Button loadDemoButton;
    @FXML private Label statusLabel;
    @FXML private Label countLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private javafx.scene.control.MenuItem backupMenuItem;
    // Loaded into their slots after the first frame (fillSlots); null until then.
    private DetailController detailController;
    private OverdueController overdueController;
    private TimelineController timelineController;
    @FXML private SplitPane leftSplit;
    @FXML private javafx.scene.layout.StackPane overdueSlot;
    @FXML private javafx.scene.layout.StackPane timelineSlot;
    @FXML private javafx.scene.layout.StackPane detailSlot;
    @FXML private CheckMenuItem timelineMenuItem;
    @FXML private javafx.scene.control.MenuBar menuBar;

    private final ObservableList<TrackedCommitment> items = FXCollections.observableArrayList();
    private final FilteredList<TrackedCommitment> filtered = new FilteredList<>(items);
    private final SimpleBooleanProperty ready = new SimpleBooleanProperty(false);
    private Runnable onFirstFill = () -> { };
    private Messages messages;
    private Session session;
    private Clock clock;
    private boolean loading = true;
    private boolean slotsFilled;
    /** True while the window itself moves the selection (putting a row back); the form is not asked then. */
    private boolean reselecting;
    private nl.toezeggingen.report.history.HistoryWords historyWords;
    private boolean startBackupMade;
    private boolean shownFirst;
    private Map.Entry<nl.toezeggingen.app.Deadlines, LocalDate> deadlines;
    private Double timelineScale;
    private boolean fillingDossiers;
    // Set by the overdue bar's "Toon": exactly those commitments, on top of the other filters.
    private Set<Long> only;
    private LocalDate day;
    private Timeline dayWatch;
    private DataSafety safety;
    private Path dataDirectory;
    private TableMemory memory;
    private java.util.function.Consumer<String> documentOpener = uri -> {
        throw new UnsupportedOperationException("no document opener");
    };

    public void init(LaunchOptions options, Session session) {
        this.messages = options.messages();
        this.session = session;
        this.clock = options.clock();
        this.dataDirectory = options.dataDirectory();
        this.day = LocalDate.now(clock);
        // Lets a window test hand the import dialog a file, which the native file chooser cannot.
        root.setUserData(this);
        setUpTable();
        setUpFilters();
        memory = new TableMemory(table, searchField, List.of(statusFilter, dossierFilter, urgencyFilter));
        nl.toezeggingen.ui.ColumnWidths.follow(table);
        nl.toezeggingen.ui.Icons.decorate(root, menuBar);
        table.setOnKeyPressed(event -> {
            TrackedCommitment chosen = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == javafx.scene.input.KeyCode.DELETE && chosen != null) {
                event.consume();
                delete(chosen.commitment());
            }
        });
        newButton.disableProperty().bind(ready.not());
        overviewButton.disableProperty().bind(ready.not());
        loadDemoButton.disableProperty().bind(session.background().busyProperty());
        busyIndicator.visibleProperty().bind(session.background().busyProperty());
        // Long work (a backup, a restore) fills the circle as it goes and says how far in the status line.
        busyIndicator.progressProperty().bind(session.background().progressProperty());
        session.background().progressTextProperty().addListener((observed, before, now) -> {
            if (!now.isEmpty()) {
                statusLabel.setText(now);
            }
        });
        filtered.addListener((ListChangeListener<TrackedCommitment>) change -> showCounts());
        items.addListener((ListChangeListener<TrackedCommitment>) change -> showCounts());
        showCounts();
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
        overdueController = load(overdueSlot, OverdueController.class, "OverdueBar.fxml");
        overdueController.init(messages, new OverdueController.Actions(this::showOnly, this::openCommitment,
                this::changeHorizon, () -> session.call(tracker -> {
                    tracker.hideOverduePanelToday();
                    return true;
                }, done -> { }, this::failed)));
        timelineController = load(timelineSlot, TimelineController.class, "Timeline.fxml");
        timelineController.init(messages, session, new TimelineController.Actions(this::showInTable, this::openCommitment,
                statusLabel::setText));
        if (timelineScale != null) {
            timelineController.view().rememberScale(timelineScale);
        }
        timelineController.filter(shown());
        detailController = load(detailSlot, DetailController.class, "DetailPane.fxml");
        detailController.init(messages, this::save, this::delete);
        detailSlot.disableProperty().bind(ready.not());
        if (deadlines != null) {
            detailController.setDeadlines(deadlines.getKey(), deadlines.getValue());
        }
    }

    private <C> C load(javafx.scene.layout.StackPane slot, Class<C> controller, String view) {
        javafx.fxml.FXMLLoader loader = Views.load(controller, view, messages);
        slot.getChildren().setAll((javafx.scene.Node) loader.getRoot());
        return loader.getController();
    }

    /** Backups and the way out of a damaged file; before {@link #open}. */
    public void initSafety(Backups backups) {
        safety = new DataSafety(messages, session, backups, this::window, this::open, statusLabel::setText);
        backupMenuItem.disableProperty().bind(ready.not());
    }

    @FXML
    private void makeBackup() {
        safety.backup();
    }

    @FXML
    private void restoreBackup() {
        safety.chooseAndRestore();
    }

    /** Opens the data in the background; the window is already on screen. */
    public void open() {
        loading = !shownFirst;
        showPlaceholder();
        session.open(() -> {
            ready.set(true);
            if (shownFirst) {
                shownFirst = false;
                session.call(tracker -> {
                    new nl.toezeggingen.app.Preferences(tracker).mirrorEarly();
                    return true;
                }, done -> { }, this::failed);
            } else {
                // Queued before the list, so columns, sort and filters are in place when the rows arrive.
                restoreLook();
                reload(null);
            }
            session.call(tracker -> Map.entry(tracker.deadlines(), tracker.today()), found -> {
                deadlines = found;
                if (detailController != null) {
                    detailController.setDeadlines(found.getKey(), found.getValue());
                }
            }, this::failed);
            watchTheDate();
        }, this::unavailable);
    }

    /** Past midnight the same deadlines mean other urgencies: look again when the day changes. */
    private void watchTheDate() {
        if (dayWatch != null) {
            return;
        }
        dayWatch = new Timeline(new KeyFrame(Duration.seconds(1), event -> {
            LocalDate now = LocalDate.now(clock);
            if (!now.equals(day)) {
                day = now;
                reload(null);
            }
        }));
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

    private void refreshOverdue() {
        session.call(tracker -> {
            int horizon = tracker.horizonDays();
            return new OverdueCheck(tracker.overdue(horizon), horizon, tracker.today(),
                    tracker.overduePanelHiddenToday());
        }, check -> overdueController.update(check.found(), check.horizon(), check.today(), check.panelHidden()),
                this::failed);
    }

    private record OverdueCheck(List<TrackedCommitment> found, int horizon, LocalDate today, boolean panelHidden) {
    }

    private void showOnly(Set<Long> ids) {
        only = ids == null ? null : Set.copyOf(ids);
        applyFilter();
    }

    /** From the overdue panel: show that commitment in the table and the form, whatever the filters hid. */
    private void openCommitment(Long id) {
        fillSlots();
        boolean visible = filtered.stream().anyMatch(t -> id.equals(t.commitment().id()));
        if (!visible) {
            clearFilters();
        }
        select(id);
        detailController.focusTitle();
    }

    /** Picked on the timeline: the same commitment in the table, whatever the filters hid. */
    private void showInTable(Long id) {
        if (filtered.stream().noneMatch(t -> id.equals(t.commitment().id()))) {
            clearFilters();
        }
        select(id);
    }

    /** Shown when chosen in the menu and there is something to show: an empty chart says nothing. */
    @FXML
    private void toggleTimeline() {
        boolean wanted = timelineMenuItem.isSelected() && !items.isEmpty();
        if (wanted && !leftSplit.getItems().contains(timelineSlot)) {
            leftSplit.getItems().add(0, timelineSlot);
            leftSplit.setDividerPositions(0.5);
        } else if (!wanted) {
            leftSplit.getItems().remove(timelineSlot);
        }
    }

    @FXML
    private void saveTimeline() {
        fillSlots();
        timelineController.saveAsPng(window(), statusLabel::setText);
    }

    private void changeHorizon(int days) {
        session.call(tracker -> {
            tracker.setHorizonDays(days);
            return true;
        }, done -> reload(null), this::failed);
    }

    private void setUpTable() {
        SortedList<TrackedCommitment> sorted = new SortedList<>(filtered);
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(Cells.rows());
        TableSort<TrackedCommitment> sort = new TableSort<>();
        show(sort, referenceColumn, t -> t.commitment().reference());
        show(sort, titleColumn, t -> t.commitment().title());
        show(sort, dossierColumn, t -> t.commitment().dossier());
        show(sort, lineColumn, t -> t.commitment().line());
        show(sort, deadlineColumn, t -> t.commitment().deadline().phrase());
        statusColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().commitment().status()));
        statusColumn.setCellFactory(Cells.words(messages::status));
        sort.natural(statusColumn, t -> t.commitment().status());
        dueColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().commitment().deadline()));
        dueColumn.setCellFactory(Cells.due(messages));
        Comparator<Deadline> byLatest = Comparator.comparing(Deadline::latest, Comparator.nullsLast(Comparator.naturalOrder()));
        sort.by(dueColumn, Comparator.comparing(t -> t.commitment().deadline(), Comparator.nullsFirst(byLatest)));
        urgencyColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().urgency()));
        urgencyColumn.setCellFactory(Cells.urgency(messages));
        sort.natural(urgencyColumn, TrackedCommitment::urgency);
        // Before the first order is set: the table's own policy would refuse it and undo it.
        sort.install(table, sorted);
        // What needs attention first: overdue before due soon, earliest last day first.
        table.getSortOrder().setAll(List.of(urgencyColumn, dueColumn));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !reselecting) {
                rowChosen(now);
            }
        });
    }

    /**
     * A row chosen in the table (or selected again after a reload). Edits in the form are never lost: a reload
     * of the same commitment keeps them, and another row is shown only after "Wijzigingen opslaan?".
     */
    private void rowChosen(TrackedCommitment now) {
        Commitment shown = detailController.shown();
        Long id = now.commitment().id();
        boolean same = shown != null && id.equals(shown.id());
        if (detailController.isDirty()) {
            if (!same) {
                Long back = shown == null ? null : shown.id();
                // Put back the row whose edits are open, then ask; the answer decides where the table goes.
                Platform.runLater(() -> {
                    reselecting = true;
                    if (back == null) {
                        table.getSelectionModel().clearSelection();
                    } else {
                        select(back);
                    }
                    reselecting = false;
                    detailController.leave(() -> select(id));
                });
            }
            return;
        }
        fillSlots();
        detailController.show(now);
        timelineController.select(id);
        nl.toezeggingen.report.history.HistoryWords words = historyWords();
        // A history that cannot be read (the commitment deleted meanwhile) leaves the section empty; the
        // form itself already shows what there is.
        session.call(tracker -> words.entries(tracker.history(id)), entries -> detailController.showHistory(id, entries),
                error -> detailController.showHistory(id, List.of()));
    }

    /** Made once: the words of the history do not change while the window is open. */
    private nl.toezeggingen.report.history.HistoryWords historyWords() {
        if (historyWords == null) {
            historyWords = new nl.toezeggingen.report.history.HistoryWords(messages::get, messages.locale(),
                    java.time.ZoneId.systemDefault());
        }
        return historyWords;
    }

    private void show(TableSort<TrackedCommitment> sort, TableColumn<TrackedCommitment, String> column,
            Function<TrackedCommitment, String> value) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setCellFactory(Cells.text());
        sort.text(column, value);
    }

    private void setUpFilters() {
        statusFilter.getItems().setAll(Choice.allThen(messages.get("ui.filter.status.all"),
                List.of(Status.values()), messages::status));
        urgencyFilter.getItems().setAll(Choice.allThen(messages.get("ui.filter.urgency.all"),
                List.of(Urgency.values()), messages::urgency));
        fillDossiers();
        statusFilter.getSelectionModel().selectFirst();
        urgencyFilter.getSelectionModel().selectFirst();
        searchField.textProperty().addListener((o, was, now) -> applyFilter());
        statusFilter.valueProperty().addListener((o, was, now) -> applyFilter());
        dossierFilter.valueProperty().addListener((o, was, now) -> {
            if (!fillingDossiers) {
                applyFilter();
            }
        });
        urgencyFilter.valueProperty().addListener((o, was, now) -> applyFilter());
    }

    private void fillDossiers() {
        String chosen = Choice.chosen(dossierFilter);
        List<Choice<String>> choices = Choice.allThenNames(messages.get("ui.filter.dossier.all"),
                items.stream().map(t -> t.commitment().dossier()).toList());
        if (choices.equals(dossierFilter.getItems())) {
            return;
        }
        // New choices pass through "none chosen" on their way; filtering 10,000 rows for that is waste.
        fillingDossiers = true;
        Choice<String> keep;
        try {
            keep = Choice.refill(dossierFilter, choices);
        } finally {
            fillingDossiers = false;
        }
        if (!Objects.equals(keep.value(), chosen)) {
            applyFilter();
        }
    }

    private CommitmentFilter filter() {
        return new CommitmentFilter(searchField.getText(), Choice.chosen(statusFilter), Choice.chosen(dossierFilter), Choice.chosen(urgencyFilter));
    }

    private void applyFilter() {
        java.util.function.Predicate<TrackedCommitment> shown = shown();
        filtered.setPredicate(shown);
        if (timelineController != null) {
            timelineController.filter(shown);
        }
        clearFiltersButton.setDisable(filter().isAll() && only == null);
        showPlaceholder();
    }

    /** What the table and the timeline show: the search and filters, and the overdue bar's "Toon". */
    private java.util.function.Predicate<TrackedCommitment> shown() {
        CommitmentFilter filter = filter();
        Set<Long> ids = only;
        return ids == null ? filter : filter.and(t -> ids.contains(t.commitment().id()));
    }

    @FXML
    private void clearFilters() {
        only = null;
        if (overdueController != null) {
            overdueController.filterCleared();
        }
        searchField.clear();
        statusFilter.getSelectionModel().selectFirst();
        dossierFilter.getSelectionModel().selectFirst();
        urgencyFilter.getSelectionModel().selectFirst();
    }

    @FXML
    private void about() {
        AboutDialog.show(window(), messages, dataDirectory);
    }

    private static final String TIMELINE_SHOWN = "ui.timeline.shown";
    private static final String TIMELINE_SCALE = "ui.timeline.pxPerDay";

    /** Theme, window place, columns and filters as the user left them; after the first reload filled the dossiers. */
    private void restoreLook() {
        session.call(tracker -> {
            nl.toezeggingen.app.Preferences preferences = new nl.toezeggingen.app.Preferences(tracker);
            Map<String, String> found = preferences.all();
            // The next start reads the theme before the data is open (a restore may have changed it).
            preferences.mirrorEarly(found);
            boolean dark = nl.toezeggingen.ui.Theme.chosenIn(found).wantsDark();
            return Map.entry(found, dark);
        }, look -> applyLook(look.getKey(), look.getValue()), this::failed);
    }

    /**
     * The data was read while the toolkit started and is here before the window shows: the window then
     * shows with its rows in the first frame, instead of a frame of "loading" first. {@link #open} does
     * not read them again.
     */
    public void showFirst(Map<String, String> saved, List<TrackedCommitment> list) {
        nl.toezeggingen.ui.Theme chosen = nl.toezeggingen.ui.Theme.chosenIn(saved);
        // "Volg systeem" was asked during start-up already (the early theme); asking again would wait here.
        applyLook(saved, chosen == nl.toezeggingen.ui.Theme.SYSTEM ? nl.toezeggingen.ui.Theme.isDark() : chosen.wantsDark());
        fill(list, null);
        shownFirst = true;
    }

    private void applyLook(Map<String, String> saved, boolean dark) {
        nl.toezeggingen.ui.Theme.show(dark);
        nl.toezeggingen.ui.Theme.textSize(nl.toezeggingen.ui.TextSize.chosenIn(saved));
        if (window() instanceof javafx.stage.Stage stage) {
            nl.toezeggingen.ui.WindowPlacement.restore(stage,
                    java.util.Optional.ofNullable(saved.get(nl.toezeggingen.ui.WindowPlacement.SETTING)));
        }
        // The dossiers come with the list, after this: the saved one is a choice already.
        String dossier = saved.get(TableMemory.FILTER + dossierFilter.getId());
        if (dossier != null && !dossier.isEmpty()) {
            dossierFilter.getItems().add(new Choice<>(dossier, dossier));
        }
        memory.restore(saved);
        if ("false".equals(saved.get(TIMELINE_SHOWN))) {
            timelineMenuItem.setSelected(false);
            toggleTimeline();
        }
        java.util.Optional.ofNullable(saved.get(TIMELINE_SCALE)).ifPresent(scale -> {
            try {
                timelineScale = Double.parseDouble(scale);
                if (timelineController != null) {
                    timelineController.view().rememberScale(timelineScale);
                }
            } catch (NumberFormatException e) {
                // A damaged value: the timeline starts at its usual year's span.
            }
        });
    }

    /**
     * Straight to the field, not through a lookup: a split pane's sides only become children once its
     * skin exists, which a restyle (the theme) can put off past the first show.
     */
    public void focusTable() {
        table.requestFocus();
    }

    /** What {@link #restoreLook} puts back next time; read as the window closes. */
    public Map<String, String> remembered() {
        Map<String, String> state = new java.util.LinkedHashMap<>(memory.capture());
        state.put(TIMELINE_SHOWN, Boolean.toString(timelineMenuItem.isSelected()));
        if (timelineController != null) {
            state.put(TIMELINE_SCALE, Double.toString(timelineController.view().pxPerDay()));
        }
        if (window() instanceof javafx.stage.Stage stage) {
            state.put(nl.toezeggingen.ui.WindowPlacement.SETTING, nl.toezeggingen.ui.WindowPlacement.of(stage));
        }
        return state;
    }

    @FXML
    private void settings() {
        nl.toezeggingen.ui.settings.SettingsDialog.open(window(), messages, session, () -> {
            statusLabel.setText(messages.get("ui.settings.saved"));
            reload(null);
        }, this::failed);
    }

    @FXML
    private void help() {
        session.call(Tracker::horizonDays, days -> nl.toezeggingen.ui.help.HelpWindow.show(window(),
                messages.get("ui.help.title"), nl.toezeggingen.ui.help.HelpPage.of(messages, dataDirectory, days)),
                this::failed);
    }

    @FXML
    private void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    @FXML
    private void quit() {
        Window window = window();
        if (window != null) {
            detailController.leave(window::hide);
        }
    }

    /** How the status overview hands its email draft to the system (HostServices.showDocument). */
    public void setDocumentOpener(java.util.function.Consumer<String> opener) {
        documentOpener = opener;
    }

    @FXML
    private void openOverview() {
        if (ready.get()) {
            nl.toezeggingen.ui.overview.OverviewController.open(window(), messages, session, documentOpener);
        }
    }

    @FXML
    private void newCommitment() {
        detailController.leave(() -> {
            fillSlots();
            reselecting = true;
            table.getSelectionModel().clearSelection();
            reselecting = false;
            detailController.showNew();
            detailController.focusTitle();
        });
    }

    /** Closing the window or quitting: after "Wijzigingen opslaan?" when the form holds unsaved edits. */
    public void leave(Runnable close) {
        detailController.leave(close);
    }

    public boolean hasUnsavedEdits() {
        return detailController.isDirty();
    }

    @FXML
    private void importFile() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(messages.get("import.window.choose"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                messages.get("import.window.filter"), "*.csv", "*.xlsx", "*.json", "*.txt"));
        java.io.File file = chooser.showOpenDialog(window());
        if (file != null) {
            importFile(file.toPath());
        }
    }

    /** The dialog for a file already chosen: the menu's way in after the chooser, and the tests'. */
    /** The window's one session on the data, for the dialogs it opens (and tests that must hold its disk thread). */
    public Session session() {
        return session;
    }

    public void importFile(java.nio.file.Path file) {
        nl.toezeggingen.ui.importer.ImportController.open(window(), messages, session, file, () -> reload(null));
    }

    @FXML
    private void loadDemo() {
        session.call(Tracker::loadDemo, added -> {
            statusLabel.setText(messages.get("ui.demo.loaded", added));
            reload(null);
        }, this::failed);
    }

    @FXML
    private void retry() {
        open();
    }

    private void reload(Long select) {
        reload(select, () -> { });
    }

    /** As {@link #reload(Long)}, then {@code then} (a leave that waited for its save) on the list shown. */
    private void reload(Long select, Runnable then) {
        session.list(list -> {
            fill(list, select);
            then.run();
        }, this::failed);
    }

    private void fill(List<TrackedCommitment> list, Long select) {
        loading = false;
        Long keep = select;
        if (keep == null && table.getSelectionModel().getSelectedItem() != null) {
            keep = table.getSelectionModel().getSelectedItem().commitment().id();
        }
        items.setAll(list);
        toggleTimeline();
        if (only != null) {
            // The urgencies moved (an edit, midnight): "Toon" means what is overdue now.
            applyFilter();
        }
        showPlaceholder();
        select(keep);
        if (slotsFilled) {
            fillTheRest(list);
            startBackupOnce();
        } else {
            onFirstFill.run();
            onFirstFill = () -> { };
            nl.toezeggingen.ui.Frames.afterNext(root.getScene(), () -> {
                fillSlots();
                fillTheRest(list);
                startBackupOnce();
            });
        }
    }

    /**
     * The window's start backup, once the data it opened is shown: not tied to the first frame, since a
     * first open that failed (data held elsewhere, "Opnieuw proberen") has loaded the slots already.
     */
    private void startBackupOnce() {
        if (!startBackupMade && safety != null) {
            startBackupMade = true;
            safety.startBackup();
        }
    }

    /** Everything beside the table that follows the list. */
    private void fillTheRest(List<TrackedCommitment> list) {
        fillDossiers();
        detailController.setChoices(list);
        refreshOverdue();
        timelineController.reload(list);
    }

    private void select(Long id) {
        if (id == null) {
            return;
        }
        table.getItems().stream().filter(t -> id.equals(t.commitment().id())).findFirst().ifPresent(found -> {
            table.getSelectionModel().select(found);
            table.scrollTo(found);
        });
    }

    private void save(Commitment commitment) {
        session.call(tracker -> tracker.save(commitment), saved -> {
            statusLabel.setText(messages.get("ui.saved", saved.title()));
            Runnable then = detailController.saved();
            reload(saved.id(), then);
        }, error -> {
            if (error instanceof InvalidCommitmentException invalid) {
                detailController.showProblems(invalid.problems());
            } else {
                failed(error);
            }
        });
    }

    private void delete(Commitment commitment) {
        boolean sure = Dialogs.confirm(window(), messages,
                messages.get("ui.delete.confirm.header", commitment.title()),
                messages.get("ui.delete.confirm.text"),
                messages.get("ui.delete.confirm.ok"));
        if (!sure) {
            return;
        }
        session.call(tracker -> tracker.delete(commitment.id()), deleted -> {
            statusLabel.setText(messages.get("ui.deleted", commitment.title()));
            table.getSelectionModel().clearSelection();
            detailController.showNew();
            reload(null);
        }, this::failed);
    }

    private void unavailable(Throwable error) {
        loading = false;
        fillSlots();
        ready.set(false);
        String text = ErrorText.of(error, messages);
        unavailableText.setText(text);
        showPlaceholder();
        if (error instanceof DataUnavailable damaged && damaged.damaged() && safety != null) {
            safety.offerRecovery(damaged);
            return;
        }
        if (error instanceof DataUnavailable held && held.inUse() && safety != null) {
            safety.askOtherWindowToFront(held);
        }
        Dialogs.error(window(), messages, messages.get("ui.unavailable.title"), text);
    }

    private void failed(Throwable error) {
        String text = ErrorText.of(error, messages);
        statusLabel.setText(text);
        Dialogs.error(window(), messages, messages.get("ui.error.title"), text);
    }

    private void showPlaceholder() {
        boolean unavailable = !loading && !ready.get();
        loadingState.setVisible(loading);
        unavailableState.setVisible(unavailable);
        emptyState.setVisible(!loading && !unavailable && items.isEmpty());
        noMatchState.setVisible(!loading && !unavailable && !items.isEmpty());
    }

    private void showCounts() {
        countLabel.setText(filtered.size() == items.size()
                ? messages.get("ui.count.all", items.size())
                : messages.get("ui.count.filtered", filtered.size(), items.size()));
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

}
