package nl.toezeggingen.ui.detail;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import nl.toezeggingen.app.Deadlines;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Commitment.Field;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Problem;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.deadline.Resolution;
import javafx.beans.property.ReadOnlyBooleanProperty;
import nl.toezeggingen.ui.Choice;
import nl.toezeggingen.ui.Dialogs;

/**
 * The form beside the table: shows one commitment (or a new one), reads back what the user typed and
 * puts each problem beside its field. It never saves by itself; the main view does that off the FX thread.
 */
public final class DetailController {
    @FXML private javafx.scene.layout.BorderPane detailRoot;
    @FXML private Label headline;
    @FXML private ScrollPane formScroll;
    @FXML private Label formError;
    @FXML private TextField referenceField;
    @FXML private Label referenceError;
    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private TextArea textArea;
    @FXML private Label textError;
    @FXML private ComboBox<String> dossierBox;
    @FXML private Label dossierError;
    @FXML private ComboBox<String> lineBox;
    @FXML private Label lineError;
    @FXML private ComboBox<Status> statusBox;
    @FXML private Label statusError;
    @FXML private TextField phraseField;
    @FXML private Label deadlineExplanation;
    @FXML private Label phraseError;
    @FXML private DatePicker earliestPicker;
    @FXML private Label earliestError;
    @FXML private DatePicker latestPicker;
    @FXML private Label latestError;
    @FXML private Label estimatedLabel;
    @FXML private DatePicker madeOnPicker;
    @FXML private Label madeOnError;
    @FXML private TextField madeInField;
    @FXML private Label madeInError;
    @FXML private TextField madeByField;
    @FXML private Label madeByError;
    @FXML private TextField ownerField;
    @FXML private Label ownerError;
    @FXML private ComboBox<Choice<Long>> dependsOnBox;
    @FXML private Label dependsOnError;
    @FXML private DatePicker fulfilledOnPicker;
    @FXML private Label fulfilledOnError;
    @FXML private TextField fulfilledByField;
    @FXML private Label fulfilledByError;
    @FXML private TextArea notesArea;
    @FXML private Label notesError;
    @FXML private Button saveButton;
    @FXML private Button revertButton;
    @FXML private Button deleteButton;
    @FXML private javafx.scene.layout.VBox historySection;
    private nl.toezeggingen.ui.history.HistoryView history;

    private final Map<Field, Label> errors = new EnumMap<>(Field.class);
    private final FormChanges changes = new FormChanges();
    /** What to do once the save that "Wijzigingen opslaan?" asked for has succeeded (see {@link #leave}). */
    private Runnable afterSave;
    private final Map<Field, DatePicker> dates = new EnumMap<>(Field.class);
    private Messages messages;
    private Consumer<Commitment> onSave = c -> { };
    private Consumer<Commitment> onDelete = c -> { };
    private List<TrackedCommitment> all = List.of();
    private Commitment shown;
    private Deadlines deadlines;
    private LocalDate today;
    private Resolution resolution;
    // While true the date fields show the phrase's window and follow every change of the phrase.
    private boolean followPhrase = true;
    private boolean filling;
    // True from show() until the user edits the phrase, the made-on date or a deadline date.
    private boolean untouched;
    // True while an existing commitment keeps its stored dates because its phrase needs the missing made-on date.
    private boolean keepingStored;

    @FXML
    private void initialize() {
        listenToKeys();
        errors.put(Field.REFERENCE, referenceError);
        errors.put(Field.TITLE, titleError);
        errors.put(Field.TEXT, textError);
        errors.put(Field.DOSSIER, dossierError);
        errors.put(Field.LINE, lineError);
        errors.put(Field.STATUS, statusError);
        errors.put(Field.DEADLINE_PHRASE, phraseError);
        errors.put(Field.DEADLINE_EARLIEST, earliestError);
        errors.put(Field.DEADLINE_LATEST, latestError);
        errors.put(Field.MADE_ON, madeOnError);
        errors.put(Field.MADE_IN, madeInError);
        errors.put(Field.MADE_BY, madeByError);
        errors.put(Field.OWNER, ownerError);
        errors.put(Field.DEPENDS_ON, dependsOnError);
        errors.put(Field.FULFILLED_ON, fulfilledOnError);
        errors.put(Field.FULFILLED_BY, fulfilledByError);
        errors.put(Field.NOTES, notesError);
        dates.put(Field.DEADLINE_EARLIEST, earliestPicker);
        dates.put(Field.DEADLINE_LATEST, latestPicker);
        dates.put(Field.MADE_ON, madeOnPicker);
        dates.put(Field.FULFILLED_ON, fulfilledOnPicker);

        errors.values().forEach(DetailController::showOnlyWhenSet);
        showOnlyWhenSet(formError);
        showOnlyWhenSet(deadlineExplanation);
        clearOnEdit(Field.REFERENCE, referenceField.textProperty());
        clearOnEdit(Field.TITLE, titleField.textProperty());
        clearOnEdit(Field.TEXT, textArea.textProperty());
        clearOnEdit(Field.DOSSIER, dossierBox.getEditor().textProperty());
        clearOnEdit(Field.LINE, lineBox.getEditor().textProperty());
        clearOnEdit(Field.STATUS, statusBox.valueProperty());
        clearOnEdit(Field.DEADLINE_PHRASE, phraseField.textProperty());
        clearOnEdit(Field.MADE_IN, madeInField.textProperty());
        clearOnEdit(Field.MADE_BY, madeByField.textProperty());
        clearOnEdit(Field.OWNER, ownerField.textProperty());
        clearOnEdit(Field.DEPENDS_ON, dependsOnBox.valueProperty());
        dependsOnBox.setOnShowing(event -> offerAllDependsOn());
        clearOnEdit(Field.FULFILLED_BY, fulfilledByField.textProperty());
        clearOnEdit(Field.NOTES, notesArea.textProperty());
        statusBox.getItems().setAll(Status.values());
        historySection.managedProperty().bind(historySection.visibleProperty());
        phraseField.textProperty().addListener((o, was, now) -> {
            phraseOrMadeOnEdited();
            explainDeadline();
        });
        madeOnPicker.valueProperty().addListener((o, was, now) -> {
            phraseOrMadeOnEdited();
            explainDeadline();
        });
        earliestPicker.valueProperty().addListener((o, was, now) -> datesTouched());
        latestPicker.valueProperty().addListener((o, was, now) -> datesTouched());
        for (javafx.beans.Observable field : List.of(referenceField.textProperty(), titleField.textProperty(),
                textArea.textProperty(), dossierBox.getEditor().textProperty(), lineBox.getEditor().textProperty(),
                statusBox.valueProperty(), phraseField.textProperty(), earliestPicker.getEditor().textProperty(),
                latestPicker.getEditor().textProperty(), madeOnPicker.getEditor().textProperty(),
                madeInField.textProperty(), madeByField.textProperty(), ownerField.textProperty(),
                dependsOnBox.valueProperty(), fulfilledOnPicker.getEditor().textProperty(),
                fulfilledByField.textProperty(), notesArea.textProperty())) {
            field.addListener(o -> {
                if (!filling) {
                    changes.now(contents());
                }
            });
        }
        changes.dirtyProperty().addListener((o, was, now) -> showDirty());
    }

    /**
     * Every field as the user sees it, named once: what "unsaved changes" compares. The date fields count
     * by their text, so a half-typed date is a change too.
     */
    private Map<Object, String> contents() {
        Map<Object, String> now = new java.util.HashMap<>();
        now.put(Field.REFERENCE, referenceField.getText());
        now.put(Field.TITLE, titleField.getText());
        now.put(Field.TEXT, textArea.getText());
        now.put(Field.DOSSIER, dossierBox.getEditor().getText());
        now.put(Field.LINE, lineBox.getEditor().getText());
        now.put(Field.STATUS, String.valueOf(statusBox.getValue()));
        now.put(Field.DEADLINE_PHRASE, phraseField.getText());
        dates.forEach((field, picker) -> now.put(field, picker.getEditor().getText()));
        now.put(Field.MADE_IN, madeInField.getText());
        now.put(Field.MADE_BY, madeByField.getText());
        now.put(Field.OWNER, ownerField.getText());
        now.put(Field.DEPENDS_ON, dependsOnBox.getValue() == null ? "" : String.valueOf(dependsOnBox.getValue().value()));
        now.put(Field.FULFILLED_BY, fulfilledByField.getText());
        now.put(Field.NOTES, notesArea.getText());
        now.replaceAll((field, value) -> value == null ? "" : value.strip());
        return now;
    }

    /** "gewijzigd" in the heading; Opslaan and Wijzigingen verwerpen only when there is something to do. */
    private void showDirty() {
        boolean dirty = changes.isDirty();
        String heading = messages.get(shown == null ? "ui.detail.new" : "ui.detail.edit");
        headline.setText(dirty ? messages.get("ui.detail.changed", heading) : heading);
        // A new form may be saved untouched: the save says what is missing, which is the help a user needs.
        saveButton.setDisable(shown != null && !dirty);
        revertButton.setDisable(!dirty);
    }

    /** True while the form holds edits that are not saved. */
    public boolean isDirty() {
        return changes.isDirty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return changes.dirtyProperty();
    }

    /**
     * Leaves the form (for another row, a new commitment, closing the window): at once when nothing is
     * unsaved, else after asking "Wijzigingen opslaan?". Opslaan saves and leaves once the save succeeded
     * (a refused save stays, with its problems at the fields); Niet opslaan leaves; Annuleren stays.
     */
    public void leave(Runnable proceed) {
        if (!changes.isDirty()) {
            proceed.run();
            return;
        }
        switch (UnsavedQuestion.ask(detailRoot.getScene().getWindow(), messages, titleField.getText())) {
            case SAVE -> {
                afterSave = proceed;
                save();
            }
            case DISCARD -> {
                // The edits no longer count; whatever comes next shows what it shows.
                changes.loaded(contents());
                proceed.run();
            }
            case CANCEL -> { }
        }
    }

    /**
     * The main view calls this when a save succeeded: the form is clean. Returns what a pending leave was to
     * do, for the main view to run once the saved list is shown (nothing when there was none).
     */
    public Runnable saved() {
        changes.loaded(contents());
        Runnable next = afterSave;
        afterSave = null;
        return next != null ? next : () -> { };
    }

    /** From now on a typed phrase shows its window and explanation live under the field. */
    public void setDeadlines(Deadlines deadlines, LocalDate today) {
        this.deadlines = deadlines;
        this.today = today;
        followPhrase = followsPhrase();
        explainDeadline();
    }

    private void explainDeadline() {
        if (filling || deadlines == null) {
            return;
        }
        String phrase = phraseField.getText();
        if (phrase == null || phrase.isBlank()) {
            resolution = null;
            deadlineExplanation.setText("");
            if (followPhrase) {
                fillDates(null, null, false);
            }
            return;
        }
        LocalDate madeOn = madeOnPicker.getValue();
        if (untouched && shown != null && madeOn == null && hasDates() && deadlines.needsMadeOn(phrase)) {
            // Counting from today would move the saved dates every day; they stay until the user acts.
            keepingStored = true;
            resolution = null;
            phraseError.setText("");
            deadlineExplanation.setText(messages.get("ui.detail.deadline.kept"));
            return;
        }
        // Without a made-on date a new phrase counts from today, and the explanation says so.
        resolution = deadlines.draft(phrase, madeOn, today);
        if (!resolution.understood()) {
            // Dates set by hand may still be saved: the phrase is then kept as text, and the form says so.
            deadlineExplanation.setText(hasDates() ? messages.get("ui.detail.deadline.notConverted") : "");
            phraseError.setText(messages.explanation(resolution.refusal()));
            return;
        }
        phraseError.setText("");
        Deadline window = resolution.deadline();
        if (followPhrase) {
            fillDates(window.earliest(), window.latest(), window.estimated());
        }
        String explanation = messages.explanation(resolution.explanation());
        deadlineExplanation.setText(followPhrase ? explanation : explanation + "\n" + messages.get("ui.detail.handSet"));
    }

    private void fillDates(LocalDate earliest, LocalDate latest, boolean estimated) {
        filling = true;
        try {
            earliestPicker.setValue(earliest);
            latestPicker.setValue(latest);
            earliestPicker.getEditor().setText(earliestPicker.getConverter().toString(earliest));
            latestPicker.getEditor().setText(latestPicker.getConverter().toString(latest));
            estimatedLabel.setVisible(estimated);
            estimatedLabel.setManaged(estimated);
        } finally {
            filling = false;
        }
    }

    /** Editing the phrase or the made-on date ends the kept dates: from then on the dates follow the phrase. */
    private void phraseOrMadeOnEdited() {
        if (filling) {
            return;
        }
        untouched = false;
        if (keepingStored) {
            keepingStored = false;
            followPhrase = true;
        }
    }

    private boolean hasDates() {
        return earliestPicker.getValue() != null || latestPicker.getValue() != null;
    }

    /** A date the user sets by hand wins over the phrase; setting it back to the phrase's date follows again. */
    private void datesTouched() {
        if (filling) {
            return;
        }
        untouched = false;
        boolean follows = followsPhrase();
        if (keepingStored) {
            keepingStored = false;
            followPhrase = follows;
            explainDeadline();
        } else if (follows != followPhrase || (resolution != null && !resolution.understood())) {
            // A refused phrase says "niet omgezet" once dates are set by hand, and stops saying it without them.
            followPhrase = follows;
            explainDeadline();
        }
        if (!followPhrase) {
            estimatedLabel.setVisible(false);
            estimatedLabel.setManaged(false);
        }
    }

    private boolean followsPhrase() {
        LocalDate earliest = earliestPicker.getValue();
        LocalDate latest = latestPicker.getValue();
        if (earliest == null && latest == null) {
            return true;
        }
        if (deadlines == null || phraseField.getText() == null || phraseField.getText().isBlank()) {
            return false;
        }
        Resolution r = deadlines.draft(phraseField.getText(), madeOnPicker.getValue(), today);
        return r.understood() && Objects.equals(r.deadline().earliest(), earliest)
                && Objects.equals(r.deadline().latest(), latest);
    }

    public void init(Messages messages, Consumer<Commitment> onSave, Consumer<Commitment> onDelete) {
        this.messages = messages;
        this.onSave = onSave;
        this.onDelete = onDelete;
        statusBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Status status) {
                return status == null ? "" : messages.status(status);
            }

            @Override
            public Status fromString(String text) {
                return Status.parse(text).orElse(null);
            }
        });
        dates.forEach(this::watchDate);
        history = nl.toezeggingen.ui.history.HistoryView.load(messages);
        javafx.scene.layout.Region list = (javafx.scene.layout.Region) history.root();
        // Inside the form's own scroll: a fixed height keeps the form from growing with every change.
        list.setPrefHeight(nl.toezeggingen.ui.Theme.em(18));
        historySection.getChildren().add(list);
        showNew();
    }

    /**
     * The history of the commitment on display, newest first, once the main view has read it; ignored when
     * another commitment is shown by then.
     */
    public void showHistory(long id, List<nl.toezeggingen.report.history.HistoryEntry> entries) {
        if (shown != null && shown.id() == id) {
            history.show(entries);
        }
    }

    /** Offers existing dossiers, lines and commitments to wait on. */
    public void setChoices(List<TrackedCommitment> commitments) {
        all = List.copyOf(commitments);
        keepText(dossierBox, distinct(all.stream().map(t -> t.commitment().dossier()).toList()));
        keepText(lineBox, distinct(all.stream().map(t -> t.commitment().line()).toList()));
        fillDependsOn(dependsOnBox.getValue() == null ? null : dependsOnBox.getValue().value());
    }

    public void showNew() {
        show(null);
    }

    public void show(TrackedCommitment tracked) {
        shown = tracked == null ? null : tracked.commitment();
        Commitment c = shown != null ? shown : Commitment.builder().status(Status.OPEN).build();
        filling = true;
        headline.setText(messages.get(shown == null ? "ui.detail.new" : "ui.detail.edit"));
        referenceField.setText(text(c.reference()));
        titleField.setText(text(c.title()));
        textArea.setText(text(c.text()));
        setEditable(dossierBox, c.dossier());
        setEditable(lineBox, c.line());
        statusBox.setValue(c.status());
        phraseField.setText(text(c.deadline().phrase()));
        earliestPicker.setValue(c.deadline().earliest());
        latestPicker.setValue(c.deadline().latest());
        estimatedLabel.setVisible(c.deadline().estimated());
        estimatedLabel.setManaged(c.deadline().estimated());
        madeOnPicker.setValue(c.madeOn());
        madeInField.setText(text(c.madeIn()));
        madeByField.setText(text(c.madeBy()));
        ownerField.setText(text(c.owner()));
        fillDependsOn(c.dependsOn());
        fulfilledOnPicker.setValue(c.fulfilledOn());
        fulfilledByField.setText(text(c.fulfilledBy()));
        notesArea.setText(text(c.notes()));
        dates.values().forEach(picker -> picker.getEditor().setText(picker.getConverter().toString(picker.getValue())));
        filling = false;
        deleteButton.setDisable(shown == null);
        // A new commitment has no history yet; an existing one shows its own once it is read.
        historySection.setVisible(shown != null);
        history.show(List.of());
        clearProblems();
        untouched = true;
        keepingStored = false;
        followPhrase = followsPhrase();
        explainDeadline();
        formScroll.setVvalue(0);
        afterSave = null;
        changes.loaded(contents());
        showDirty();
    }

    /** The commitment on display, or null when the form holds a new one. */
    public Commitment shown() {
        return shown;
    }

    public void focusTitle() {
        titleField.requestFocus();
    }

    public void showProblems(Collection<Problem> problems) {
        // The save that was to let the user leave did not happen: stay, with the problems in sight.
        afterSave = null;
        clearProblems();
        List<String> elsewhere = new ArrayList<>();
        for (Problem problem : problems) {
            Label label = problem.field() == null ? null : errors.get(problem.field());
            String message = messages.problem(problem);
            if (label == null) {
                elsewhere.add(message);
            } else {
                label.setText(label.getText().isEmpty() ? message : label.getText() + "\n" + message);
            }
        }
        elsewhere.add(0, messages.get("ui.detail.fix"));
        formError.setText(String.join("\n", elsewhere));
    }

    @FXML
    private void save() {
        List<Problem> problems = new ArrayList<>();
        LocalDate earliest = date(Field.DEADLINE_EARLIEST, problems);
        LocalDate latest = date(Field.DEADLINE_LATEST, problems);
        LocalDate madeOn = date(Field.MADE_ON, problems);
        LocalDate fulfilledOn = date(Field.FULFILLED_ON, problems);
        if (!problems.isEmpty()) {
            showProblems(problems);
            return;
        }
        Commitment.Builder form = shown != null ? shown.toBuilder() : Commitment.builder();
        Deadline before = shown != null ? shown.deadline() : Deadline.NONE;
        // A date set by hand is the user's own, no longer the calendar's estimate.
        boolean sameDates = Objects.equals(before.earliest(), earliest) && Objects.equals(before.latest(), latest);
        Choice<Long> dependsOn = dependsOnBox.getValue();
        onSave.accept(form
                .reference(referenceField.getText())
                .title(titleField.getText())
                .text(textArea.getText())
                .dossier(dossierBox.getEditor().getText())
                .line(lineBox.getEditor().getText())
                .status(statusBox.getValue())
                .deadline(new Deadline(phraseField.getText(), earliest, latest, sameDates && before.estimated()))
                .madeOn(madeOn)
                .madeIn(madeInField.getText())
                .madeBy(madeByField.getText())
                .owner(ownerField.getText())
                .dependsOn(dependsOn == null ? null : dependsOn.value())
                .fulfilledOn(fulfilledOn)
                .fulfilledBy(fulfilledByField.getText())
                .notes(notesArea.getText())
                .build());
    }

    /**
     * Ctrl+S saves from any field (a filter: a text area would otherwise take the key); Escape undoes the
     * edit, after the field had its chance (an open date popup closes first).
     */
    private void listenToKeys() {
        KeyCombination saveKeys = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
        detailRoot.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (saveKeys.match(event)) {
                event.consume();
                if (!saveButton.isDisabled()) {
                    save();
                }
            }
        });
        detailRoot.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && changes.isDirty()) {
                // Escape never throws edits away unasked; an open pop-up has closed before this handler.
                event.consume();
                revert();
            }
        });
    }

    /** Wijzigingen verwerpen (button, Escape): asks first, then shows the commitment as it is stored. */
    @FXML
    private void revert() {
        if (changes.isDirty() && Dialogs.confirm(detailRoot.getScene().getWindow(), messages,
                messages.get("ui.detail.revert.header"), messages.get("ui.detail.revert.text"),
                messages.get("ui.detail.revert.ok"))) {
            show(shown == null ? null : new TrackedCommitment(shown, null));
        }
    }

    @FXML
    private void delete() {
        if (shown != null) {
            onDelete.accept(shown);
        }
    }

    /** Reads the text as typed, not the picker's value, which silently keeps the old date on a typo. */
    private LocalDate date(Field field, List<Problem> problems) {
        String typed = dates.get(field).getEditor().getText();
        try {
            return DateText.parse(typed).orElse(null);
        } catch (DateTimeParseException e) {
            problems.add(DateText.problem(field, typed));
            return null;
        }
    }

    private void watchDate(Field field, DatePicker picker) {
        DateText converter = new DateText(picker::getValue);
        picker.setConverter(converter);
        picker.setPromptText(messages.get("ui.detail.date.prompt"));
        Label error = errors.get(field);
        converter.refusedProperty().addListener((o, was, refused) -> {
            if (refused == null) {
                error.setText("");
                return;
            }
            error.setText(messages.problem(DateText.problem(field, refused)));
            // The picker has put back its old text by now; give the user's own text back to correct.
            Platform.runLater(() -> picker.getEditor().setText(refused));
        });
        picker.valueProperty().addListener((o, was, now) -> error.setText(""));
    }

    /**
     * Offers "none" and the current choice only; the whole list is built when the user opens it. With
     * thousands of commitments, building it on every selection would make the table feel slow.
     */
    private void fillDependsOn(Long selected) {
        Choice<Long> none = new Choice<>(null, messages.get("ui.detail.dependsOn.none"));
        Choice<Long> current = all.stream().filter(t -> t.commitment().id().equals(selected)).findFirst()
                .map(t -> dependsOnChoice(t.commitment())).orElse(none);
        dependsOnBox.getItems().setAll(current == none ? List.of(none) : List.of(none, current));
        dependsOnBox.setValue(current);
    }

    private void offerAllDependsOn() {
        List<Choice<Long>> choices = new ArrayList<>();
        choices.add(new Choice<>(null, messages.get("ui.detail.dependsOn.none")));
        Long self = shown == null ? null : shown.id();
        for (TrackedCommitment t : all) {
            if (!t.commitment().id().equals(self)) {
                choices.add(dependsOnChoice(t.commitment()));
            }
        }
        Choice.refill(dependsOnBox, choices);
    }

    private static Choice<Long> dependsOnChoice(Commitment other) {
        String mark = other.reference() != null ? other.reference() : "#" + other.id();
        return new Choice<>(other.id(), mark + " – " + other.title());
    }

    private void clearProblems() {
        errors.values().forEach(label -> label.setText(""));
        formError.setText("");
    }

    private void clearOnEdit(Field field, ObservableValue<?> value) {
        value.addListener((o, was, now) -> errors.get(field).setText(""));
    }

    private static void showOnlyWhenSet(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static void setEditable(ComboBox<String> box, String value) {
        box.setValue(value);
        box.getEditor().setText(text(value));
    }

    private static void keepText(ComboBox<String> box, List<String> items) {
        String typed = box.getEditor().getText();
        box.getItems().setAll(items);
        box.getEditor().setText(typed);
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
