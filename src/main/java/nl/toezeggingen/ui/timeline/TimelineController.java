package nl.toezeggingen.ui.timeline;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.deadline.Recess;
import nl.toezeggingen.domain.timeline.Dependencies;
import nl.toezeggingen.render.TimelinePicture;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.report.timeline.EventMarks;
import nl.toezeggingen.report.timeline.TimelineData;
import nl.toezeggingen.report.timeline.TimelineLayout;
import nl.toezeggingen.ui.main.LayoutKeys;
import nl.toezeggingen.ui.main.WindowModel;

/** The timeline pane: its zoom bar, the conflicts list, and the view; tells the window what the user picked. */
public final class TimelineController implements nl.toezeggingen.ui.main.Memory {

    @FXML private TimelineView view;
    @FXML private MenuButton conflictsButton;
    @FXML private Label hintLabel;

    private final WindowModel model;
    private final Messages messages;
    private Map<Long, Commitment> byId = Map.of();
    private TimelineData loaded;
    // The table's search and filters (and the overdue bar's "Toon"): the timeline shows the same.
    private Predicate<TrackedCommitment> filter = tracked -> true;

    public TimelineController(WindowModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    @FXML
    private void initialize() {
        view.setText(messages::get, messages.locale(), this::describe);
        // Picked here: the same commitment in the table, whatever the filters hid.
        view.setOnSelect(id -> {
            model.reveal(id);
            model.choose(id);
        });
        view.setOnOpen(model::edit);
        filter = model.shownRule().get();
        model.shownRule().addListener((o, was, now) -> filter(now));
        model.snapshotProperty().addListener((o, was, now) -> follow(now));
        model.chosenProperty().addListener((o, was, now) -> {
            if (now.id() != null) {
                view.select(now.id());
            }
        });
        model.memories().add(this);
        // Loaded after the first list: what it shows is already there.
        follow(model.snapshot());
    }

    private void follow(nl.toezeggingen.ui.main.WindowSnapshot now) {
        if (now != null && now.complete()) {
            show(now.timeline());
            if (model.chosenId() != null) {
                view.select(model.chosenId());
            }
        }
    }

    @Override
    public void restore(Map<String, String> saved) {
        java.util.Optional.ofNullable(saved.get(LayoutKeys.TIMELINE_SCALE)).ifPresent(scale -> {
            try {
                view.rememberScale(Double.parseDouble(scale));
            } catch (NumberFormatException e) {
                // A damaged value: the timeline starts at its usual year's span.
            }
        });
    }

    @Override
    public Map<String, String> capture() {
        return Map.of(LayoutKeys.TIMELINE_SCALE, Double.toString(view.pxPerDay()));
    }

    void show(TimelineData data) {
        loaded = data;
        byId = data.commitments().stream().map(TrackedCommitment::commitment)
                .collect(Collectors.toMap(Commitment::id, c -> c, (a, b) -> a));
        redraw();
    }

    /** Shows only what {@code shown} accepts, as the table does. */
    private void filter(Predicate<TrackedCommitment> shown) {
        filter = shown;
        if (loaded != null) {
            redraw();
        }
    }

    private void redraw() {
        view.setData(loaded.only(loaded.commitments().stream().filter(filter).toList()));
        listConflicts(view.layoutModel().dependencies());
    }

    public void select(Long id) {
        view.select(id);
    }

    public TimelineView view() {
        return view;
    }

    private void listConflicts(Dependencies dependencies) {
        List<MenuItem> items = new ArrayList<>();
        for (Dependencies.Conflict conflict : dependencies.conflicts()) {
            MenuItem item = new MenuItem(messages.get("timeline.conflict.item", name(conflict.waiter()),
                    name(conflict.dependency()), conflict.waiterLatest(), conflict.dependencyLatest()));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> pick(conflict.waiter()));
            items.add(item);
        }
        for (List<Long> cycle : dependencies.cycles()) {
            MenuItem item = new MenuItem(messages.get("timeline.cycle.item",
                    cycle.stream().map(this::name).collect(Collectors.joining(" → "))));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> pick(cycle.get(0)));
            items.add(item);
        }
        conflictsButton.getItems().setAll(items);
        conflictsButton.setText(items.isEmpty() ? messages.get("timeline.conflicts.none")
                : messages.get("timeline.conflicts", items.size()));
        conflictsButton.setDisable(items.isEmpty());
        conflictsButton.getStyleClass().remove("has-conflicts");
        if (!items.isEmpty()) {
            conflictsButton.getStyleClass().add("has-conflicts");
        }
    }

    private void pick(long id) {
        view.select(id);
        model.reveal(id);
        model.choose(id);
    }

    private String name(long id) {
        Commitment c = byId.get(id);
        if (c == null) {
            return "#" + id;
        }
        return c.reference() != null ? c.reference() : c.title();
    }

    /** The full text behind an item, a recess or a lane header, for its tooltip. */
    private String describe(Object under) {
        if (under instanceof TimelineLayout.Item item) {
            return describeItem(item);
        }
        if (under instanceof Recess recess) {
            String mark = switch (recess.certainty()) {
                case OFFICIAL -> "";
                case ESTIMATED -> messages.get("timeline.recess.estimated");
                default -> messages.get("timeline.recess.unverified");
            };
            String kind = recess.kind().word();
            return messages.get("timeline.recess.tooltip", Character.toUpperCase(kind.charAt(0)) + kind.substring(1),
                    recess.first(), recess.last(), mark);
        }
        if (under instanceof EventMarks.Mark mark) {
            return describeMark(mark);
        }
        if (under instanceof TimelineLayout.Lane lane) {
            List<String> lines = new ArrayList<>();
            lines.add(lane.line() == null ? messages.get("timeline.noLine") : lane.line());
            // The phrase says what it waits for (the stored tie has the moment's id only).
            lane.waiting().forEach(t -> lines.add("○ " + messages.get("timeline.waiting") + ": " + t.commitment().title()
                    + " (" + t.commitment().deadline().phrase() + ")"));
            lane.undated().forEach(t -> lines.add("○ " + messages.get("timeline.undated") + ": " + t.commitment().title()));
            return String.join("\n", lines);
        }
        return "";
    }

    /**
     * Each moment of the mark: its full name, its day (with how certain that is), where the day comes from, and
     * how many of the commitments on the chart are tied to it.
     */
    private String describeMark(EventMarks.Mark mark) {
        List<String> lines = new ArrayList<>();
        for (Event event : mark.events()) {
            lines.add(event.name());
            String day = event.isWindow() || event.earliest() == null
                    ? messages.get("timeline.event.until", event.latest()) : messages.get("timeline.event.on", event.latest());
            lines.add(day + " · " + messages.get("agenda.status." + event.status().json()));
            if (event.rule()) {
                lines.add(messages.get("timeline.event.rule"));
            } else if (event.dossier() != null) {
                lines.add(messages.get("timeline.event.dossier", event.dossier()));
            }
            long tied = event.id() == null ? 0 : loaded.commitments().stream()
                    .map(t -> t.commitment().deadline().event())
                    .filter(ref -> ref != null && event.id().equals(ref.id())).count();
            if (tied > 0) {
                lines.add(messages.get("timeline.event.tied", tied));
            }
        }
        return String.join("\n", lines);
    }

    private String describeItem(TimelineLayout.Item item) {
        Commitment c = item.commitment();
        List<String> lines = new ArrayList<>();
        lines.add((c.reference() != null ? c.reference() + "  " : "") + c.title());
        String dates = c.deadline().earliest() != null
                ? messages.get("timeline.tooltip.window", messages.date(c.deadline().earliest()), messages.date(c.deadline().latest()))
                : messages.date(c.deadline().latest());
        lines.add((c.deadline().phrase() != null ? c.deadline().phrase() + ": " : "") + dates
                + (c.deadline().estimated() ? " " + messages.get("timeline.tooltip.estimated") : ""));
        lines.add(messages.status(c.status()) + " · " + messages.urgency(item.tracked().urgency()));
        if (c.fulfilledOn() != null) {
            lines.add(messages.get("timeline.tooltip.fulfilled", c.fulfilledOn()));
        }
        if (c.dependsOn() != null) {
            lines.add(messages.get("timeline.tooltip.dependsOn", name(c.dependsOn())));
        }
        if (c.text() != null) {
            lines.add(c.text());
        }
        return String.join("\n", lines);
    }

    @FXML
    private void zoomMonth() {
        view.zoom(TimelineZoom.MONTH);
    }

    @FXML
    private void zoomQuarter() {
        view.zoom(TimelineZoom.QUARTER);
    }

    @FXML
    private void zoomYear() {
        view.zoom(TimelineZoom.YEAR);
    }

    @FXML
    private void zoomAll() {
        view.zoom(TimelineZoom.ALL);
    }

    @FXML
    private void zoomIn() {
        view.zoomBy(TimelineZoom.STEP);
    }

    @FXML
    private void zoomOut() {
        view.zoomBy(1 / TimelineZoom.STEP);
    }

    @FXML
    private void showToday() {
        view.showToday();
    }

    /** Asks where, then writes what is in view as PNG; the disk is written off the FX thread. */
    public void saveAsPng(Window owner) {
        Consumer<String> report = model.statusProperty()::set;
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("timeline.save.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("timeline.save.filter"), "*.png"));
        chooser.setInitialFileName("tijdlijn.png");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            save(file.toPath(), report);
        }
    }

    void save(Path file, Consumer<String> report) {
        WritableImage picture = view.picture();
        model.session().call(tracker -> {
            try {
                tracker.ownFiles().refuse(file);
                TimelinePicture.writePng(picture, file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return file;
        }, done -> report.accept(messages.get("timeline.save.done", done)),
                error -> report.accept(messages.get("timeline.save.failed", file,
                        error instanceof java.io.UncheckedIOException io ? messages.reason(io.getCause())
                        : nl.toezeggingen.ui.ErrorText.of(error, messages))));
    }
}
