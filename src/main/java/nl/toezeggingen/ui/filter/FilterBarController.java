package nl.toezeggingen.ui.filter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.ui.Choice;
import nl.toezeggingen.ui.main.CommitmentFilter;
import nl.toezeggingen.ui.main.LayoutKeys;
import nl.toezeggingen.ui.main.WindowModel;

/**
 * The search field and the three filters: what they say is the model's filter, and a filter the model
 * clears (the overdue bar, "Filters wissen" elsewhere) empties them. Remembered between starts as named
 * settings ({@link LayoutKeys}): the search, and each drop-down's chosen value by its id.
 */
public final class FilterBarController implements nl.toezeggingen.ui.main.Memory {

    @FXML private TextField searchField;
    @FXML private ComboBox<Choice<Set<Status>>> statusFilter;
    @FXML private ComboBox<Choice<String>> dossierFilter;
    @FXML private ComboBox<Choice<Urgency>> urgencyFilter;
    @FXML private ToggleButton mineButton;
    @FXML private Button clearFiltersButton;

    private final WindowModel model;
    private final Messages messages;
    /** True while the controls are set from outside (refilled, cleared, restored): not the user filtering. */
    private boolean setting;

    public FilterBarController(WindowModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    @FXML
    private void initialize() {
        List<Choice<Set<Status>>> statuses = new java.util.ArrayList<>();
        statuses.add(new Choice<>(null, messages.get("ui.filter.status.all")));
        statuses.add(new Choice<>(CommitmentFilter.NOT_DONE, messages.get("ui.filter.status.notDone")));
        for (Status status : Status.values()) {
            statuses.add(new Choice<>(java.util.EnumSet.of(status), messages.status(status)));
        }
        statusFilter.getItems().setAll(statuses);
        urgencyFilter.getItems().setAll(Choice.allThen(messages.get("ui.filter.urgency.all"),
                List.of(Urgency.values()), messages::urgency));
        dossierFilter.getItems().setAll(Choice.allThenNames(messages.get("ui.filter.dossier.all"), List.of()));
        statusFilter.getSelectionModel().selectFirst();
        dossierFilter.getSelectionModel().selectFirst();
        urgencyFilter.getSelectionModel().selectFirst();
        searchField.textProperty().addListener((o, was, now) -> apply());
        statusFilter.valueProperty().addListener((o, was, now) -> apply());
        dossierFilter.valueProperty().addListener((o, was, now) -> apply());
        urgencyFilter.valueProperty().addListener((o, was, now) -> apply());
        mineButton.selectedProperty().addListener((o, was, now) -> apply());
        // Without the user's own name there is nothing to look for: the button says where to give it.
        mineButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> ownName().isEmpty(), model.snapshotProperty()));
        mineButton.setTooltip(new javafx.scene.control.Tooltip());
        mineButton.getTooltip().textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> ownName().isEmpty() ? messages.get("ui.filter.mine.noName")
                        : messages.get("ui.filter.mine.tip", ownName()), model.snapshotProperty()));
        model.filterProperty().addListener((o, was, now) -> {
            if (!now.equals(filter())) {
                show(now);
            }
        });
        model.snapshotProperty().addListener((o, was, now) -> fillDossiers());
        clearFiltersButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.filterProperty().get().isAll() && model.onlyProperty().get() == null,
                model.filterProperty(), model.onlyProperty()));
        model.memories().add(this);
    }

    private void apply() {
        if (!setting) {
            model.filterProperty().set(filter());
        }
    }

    private CommitmentFilter filter() {
        return new CommitmentFilter(searchField.getText(), Choice.chosen(statusFilter), Choice.chosen(dossierFilter),
                Choice.chosen(urgencyFilter), mineButton.isSelected() ? ownName() : null);
    }

    private String ownName() {
        return model.snapshot() == null || model.snapshot().ownName() == null ? "" : model.snapshot().ownName();
    }

    /** The controls as {@code filter} says; only "all" comes from outside, so that is what this handles. */
    private void show(CommitmentFilter filter) {
        setting = true;
        try {
            searchField.setText(Objects.toString(filter.search(), ""));
            choose(statusFilter, filter.statuses());
            choose(dossierFilter, filter.dossier());
            choose(urgencyFilter, filter.urgency());
            mineButton.setSelected(filter.owner() != null);
        } finally {
            setting = false;
        }
        apply();
    }

    /** The dossiers in the list, the chosen one kept (or "all" when it is gone); the own name as set now. */
    private void fillDossiers() {
        if (mineButton.isSelected()) {
            apply();
        }
        List<Choice<String>> choices = Choice.allThenNames(messages.get("ui.filter.dossier.all"),
                model.items().stream().map(t -> t.commitment().dossier()).toList());
        if (choices.equals(dossierFilter.getItems())) {
            return;
        }
        // New choices pass through "none chosen" on their way; filtering 10,000 rows for that is waste.
        setting = true;
        try {
            Choice.refill(dossierFilter, choices);
        } finally {
            setting = false;
        }
        apply();
    }

    @FXML
    private void clearFilters() {
        model.clearFilters();
    }

    /** Ctrl+F. */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    @Override
    public Map<String, String> capture() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put(LayoutKeys.FILTER_SEARCH, Objects.toString(searchField.getText(), ""));
        for (ComboBox<? extends Choice<?>> box : List.of(statusFilter, dossierFilter, urgencyFilter)) {
            Choice<?> chosen = box.getValue();
            state.put(LayoutKeys.filter(box.getId()), chosen == null || chosen.value() == null ? "" : saved(chosen.value()));
        }
        state.put(LayoutKeys.FILTER_MINE, Boolean.toString(mineButton.isSelected()));
        return state;
    }

    @Override
    public void restore(Map<String, String> saved) {
        setting = true;
        try {
            // The dossiers come with the list, after this: the saved one is a choice already.
            String dossier = saved.get(LayoutKeys.filter(dossierFilter.getId()));
            if (dossier != null && !dossier.isEmpty()
                    && dossierFilter.getItems().stream().noneMatch(c -> dossier.equals(c.value()))) {
                dossierFilter.getItems().add(new Choice<>(dossier, dossier));
            }
            Optional.ofNullable(saved.get(LayoutKeys.FILTER_SEARCH)).ifPresent(searchField::setText);
            for (ComboBox<? extends Choice<?>> box : List.of(statusFilter, dossierFilter, urgencyFilter)) {
                Optional.ofNullable(saved.get(LayoutKeys.filter(box.getId()))).ifPresent(value -> chooseSaved(box, value));
            }
            mineButton.setSelected("true".equals(saved.get(LayoutKeys.FILTER_MINE)));
        } finally {
            setting = false;
        }
        apply();
    }

    private static <T> void choose(ComboBox<Choice<T>> box, T value) {
        box.getItems().stream().filter(c -> Objects.equals(c.value(), value)).findFirst().ifPresent(box::setValue);
    }

    /** A choice as it is kept: its value's name; a set of statuses by their names ("OPEN,IN_PROGRESS"). */
    private static String saved(Object value) {
        if (value instanceof Set<?> set) {
            return set.stream().map(Object::toString).sorted().collect(java.util.stream.Collectors.joining(","));
        }
        return value.toString();
    }

    private static <T extends Choice<?>> void chooseSaved(ComboBox<T> box, String value) {
        box.getItems().stream()
                .filter(choice -> value.equals(choice.value() == null ? "" : saved(choice.value())))
                .findFirst().ifPresent(box::setValue);
    }
}
