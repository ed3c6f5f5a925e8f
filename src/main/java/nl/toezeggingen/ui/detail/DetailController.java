package nl.toezeggingen.ui.detail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.util.StringConverter;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Commitment.Field;
import nl.toezeggingen.domain.Problem;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.ui.Choice;
import nl.toezeggingen.ui.Dialogs;
import nl.toezeggingen.ui.Theme;
import nl.toezeggingen.ui.history.HistoryView;
import nl.toezeggingen.ui.main.Deleting;
import nl.toezeggingen.ui.main.WindowModel;
import nl.toezeggingen.ui.main.WindowSnapshot;

/**
 * The form beside the table: its controls bound to one {@link CommitmentForm}, each field once. It shows
 * the model's chosen commitment (or a new one), puts each problem beside its field, and is the model's
 * {@link WindowModel.Leaving}: nothing typed is lost without "Wijzigingen opslaan?".
 */
public final class DetailController implements WindowModel.Leaving {
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

    private final WindowModel model;
    private final Messages messages;
    private final CommitmentForm form = new CommitmentForm();
    private final Map<Field, Label> errors = new EnumMap<>(Field.class);
    private final Map<Field, Node> controls = new EnumMap<>(Field.class);
    private final Map<Field, DatePicker> dates = new EnumMap<>(Field.class);
    private PhraseDates phraseDates;
    private DependsOnChoices dependsOn;
    private HistoryView history;
    /** True while the form's own values go into the controls (loading, undoing): not the user choosing. */
    private boolean filling;

    public DetailController(WindowModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    @FXML
    private void initialize() {
        text(Field.REFERENCE, referenceField, referenceError);
        text(Field.TITLE, titleField, titleError);
        text(Field.TEXT, textArea, textError);
        text(Field.DOSSIER, dossierBox.getEditor(), dossierError);
        text(Field.LINE, lineBox.getEditor(), lineError);
        chosen(Field.STATUS, statusBox.valueProperty(), statusBox, statusError, Status::name, Status::valueOf);
        text(Field.DEADLINE_PHRASE, phraseField, phraseError);
        date(Field.DEADLINE_EARLIEST, earliestPicker, earliestError);
        date(Field.DEADLINE_LATEST, latestPicker, latestError);
        date(Field.MADE_ON, madeOnPicker, madeOnError);
        text(Field.MADE_IN, madeInField, madeInError);
        text(Field.MADE_BY, madeByField, madeByError);
        text(Field.OWNER, ownerField, ownerError);
        chosen(Field.DEPENDS_ON, dependsOnBox.valueProperty(), dependsOnBox, dependsOnError,
                choice -> Objects.toString(choice.value(), ""), this::dependsOnChoice);
        date(Field.FULFILLED_ON, fulfilledOnPicker, fulfilledOnError);
        text(Field.FULFILLED_BY, fulfilledByField, fulfilledByError);
        text(Field.NOTES, notesArea, notesError);

        showOnlyWhenSet(formError);
        showOnlyWhenSet(deadlineExplanation);
        statusBox.getItems().setAll(Status.values());
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
        statusBox.valueProperty().addListener((o, was, now) -> statusChosen(was, now));
        dependsOn = new DependsOnChoices(dependsOnBox, messages);
        dependsOnBox.setOnShowing(event -> dependsOn.offerAll(form.shown() == null ? null : form.shown().id()));
        phraseDates = new PhraseDates(form, messages, phraseField, earliestPicker, latestPicker, madeOnPicker,
                estimatedLabel, deadlineExplanation, phraseError);
        history = HistoryView.load(messages);
        javafx.scene.layout.Region list = (javafx.scene.layout.Region) history.root();
        // Inside the form's own scroll: a fixed height keeps the form from growing with every change.
        list.setPrefHeight(model.look().em(18));
        historySection.getChildren().add(list);
        historySection.managedProperty().bind(historySection.visibleProperty());
        Completion.of(dossierBox);
        Completion.of(lineBox);
        FormKeys.leaveWithTab(textArea);
        FormKeys.leaveWithTab(notesArea);
        FormKeys.listen(detailRoot, () -> {
            if (!saveButton.isDisabled()) {
                save();
            }
        }, this::undo, this::redo, form::isDirty, this::revert);
        form.dirtyProperty().addListener((o, was, now) -> showDirty());
        show(null);

        model.setLeaving(this);
        model.chosenProperty().addListener((o, was, now) -> chosen(now));
        model.snapshotProperty().addListener((o, was, now) -> refreshed(now));
        detailRoot.disableProperty().bind(model.phaseProperty().isNotEqualTo(WindowModel.Phase.OPEN));
        // Loaded after the first list: the choices are there already, and perhaps a chosen row.
        refreshed(model.snapshot());
        if (model.chosenId() != null) {
            chosen(model.chosenProperty().get());
        }
    }

    /** A text field (or a combo box's editor): its text is the form's field. */
    private void text(Field field, TextInputControl control, Label error) {
        control.textProperty().bindBidirectional(form.field(field));
        control.focusedProperty().addListener((o, was, focused) -> form.endTyping());
        checked(field, control, error);
    }

    /** A date picker: its editor's text is the form's field; its value follows when the form sets the text. */
    private void date(Field field, DatePicker picker, Label error) {
        DateText converter = new DateText(picker::getValue);
        picker.setConverter(converter);
        picker.setPromptText(messages.get("ui.detail.date.prompt"));
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
        dates.put(field, picker);
        text(field, picker.getEditor(), error);
        controls.put(field, picker);
    }

    /** A drop-down: the form's field holds its value in words the form can read back. */
    private <T> void chosen(Field field, ObjectProperty<T> value, Node control, Label error,
            Function<T, String> toText, Function<String, T> fromText) {
        StringProperty text = form.field(field);
        value.addListener((o, was, now) -> {
            if (!filling) {
                text.set(now == null ? "" : toText.apply(now));
            }
        });
        text.addListener((o, was, now) -> {
            if (!Objects.equals(now, value.get() == null ? "" : toText.apply(value.get()))) {
                filling = true;
                try {
                    value.set(now == null || now.isEmpty() ? null : fromText.apply(now));
                } finally {
                    filling = false;
                }
            }
        });
        checked(field, control, error);
    }

    private void checked(Field field, Node control, Label error) {
        errors.put(field, error);
        controls.putIfAbsent(field, control);
        showOnlyWhenSet(error);
        form.field(field).addListener((o, was, now) -> error.setText(""));
    }

    private Choice<Long> dependsOnChoice(String id) {
        dependsOn.show(Long.valueOf(id));
        return dependsOnBox.getValue();
    }

    /** The user chose another commitment (the form was left first) or a new one. */
    private void chosen(WindowModel.Choice choice) {
        show(model.chosenCommitment().orElse(null));
        if (choice.toForm()) {
            titleField.requestFocus();
        }
    }

    /**
     * A new snapshot: new choices, today's date; the commitment on display as stored now, unless the form
     * holds edits, which are never thrown away by a reload.
     */
    private void refreshed(WindowSnapshot snapshot) {
        if (snapshot == null || !snapshot.complete()) {
            return;
        }
        phraseDates.setDeadlines(snapshot.deadlines(), snapshot.today());
        List<TrackedCommitment> all = snapshot.list();
        keepText(dossierBox, distinct(all.stream().map(t -> t.commitment().dossier()).toList()));
        keepText(lineBox, distinct(all.stream().map(t -> t.commitment().line()).toList()));
        dependsOn.offer(all);
        String waitsOn = form.text(Field.DEPENDS_ON);
        filling = true;
        try {
            dependsOn.show(waitsOn.isEmpty() ? null : Long.valueOf(waitsOn));
        } finally {
            filling = false;
        }
        if (form.shown() != null && !form.isDirty()) {
            snapshot.find(form.shown().id()).ifPresent(this::show);
        }
    }

    private void show(TrackedCommitment tracked) {
        Commitment before = form.shown();
        Commitment c = tracked == null ? null : tracked.commitment();
        phraseDates.loading(c != null, c != null && c.deadline().estimated(), () -> {
            form.load(c);
            datesFromText();
        });
        dossierBox.setValue(emptyAsNull(form.text(Field.DOSSIER)));
        lineBox.setValue(emptyAsNull(form.text(Field.LINE)));
        form.markSaved();
        deleteButton.setDisable(c == null);
        // A new commitment has no history yet; an existing one shows its own once it is read.
        historySection.setVisible(c != null);
        history.show(List.of());
        if (c != null) {
            long id = c.id();
            model.history(id, entries -> {
                if (form.shown() != null && form.shown().id() == id) {
                    history.show(entries);
                }
            });
        }
        clearProblems();
        if (c == null || before == null || !c.id().equals(before.id())) {
            // Another commitment starts at the top; the same one after a save stays where the user was.
            formScroll.setVvalue(0);
        }
        showDirty();
    }

    /** The pickers' values as their text says, after the form set the text (loading, undoing). */
    private void datesFromText() {
        filling = true;
        try {
            form.quietly(() -> dates.forEach((field, picker) -> {
                String typed = form.text(field);
                try {
                    picker.setValue(DateText.parse(typed).orElse(null));
                } catch (java.time.format.DateTimeParseException e) {
                    picker.setValue(null);
                }
                // The value's own text may differ ("05-07-2024" for "5-7-2024"): the typed text stays.
                form.field(field).set(typed);
            }));
        } finally {
            filling = false;
        }
    }

    private void undo() {
        stepped(form.undo());
    }

    private void redo() {
        stepped(form.redo());
    }

    /** After an undo or redo: the pickers and the explanation follow, and the cursor goes where it changed. */
    private void stepped(boolean changed) {
        if (!changed) {
            return;
        }
        datesFromText();
        phraseDates.reread();
        Field where = form.lastUndone();
        Node control = where == null ? null : controls.get(where);
        if (control != null) {
            control.requestFocus();
        }
    }

    /** "gewijzigd" in the heading; Opslaan and Wijzigingen verwerpen only when there is something to do. */
    private void showDirty() {
        boolean dirty = form.isDirty();
        String heading = messages.get(form.shown() == null ? "ui.detail.new" : "ui.detail.edit");
        headline.setText(dirty ? messages.get("ui.detail.changed", heading) : heading);
        // A new form may be saved untouched: the save says what is missing, which is the help a user needs.
        saveButton.setDisable(form.shown() != null && !dirty);
        revertButton.setDisable(!dirty);
    }

    @Override
    public boolean hasUnsavedEdits() {
        return form.isDirty();
    }

    /**
     * Leaves the form (for another row, a new commitment, closing the window): at once when nothing is
     * unsaved, else after asking "Wijzigingen opslaan?". Opslaan saves and leaves once the save succeeded
     * (a refused save stays, with its problems at the fields); Niet opslaan leaves; Annuleren stays.
     */
    @Override
    public void leave(Runnable proceed) {
        if (!form.isDirty()) {
            proceed.run();
            return;
        }
        switch (UnsavedQuestion.ask(detailRoot.getScene().getWindow(), messages, titleField.getText())) {
            case SAVE -> save(proceed);
            case DISCARD -> {
                // The edits no longer count; whatever comes next shows what it shows.
                form.markSaved();
                proceed.run();
            }
            case CANCEL -> { }
        }
    }

    /**
     * Afgedaan (or Deels afgedaan) means done with something on some day: the day is today unless the user
     * says otherwise, and the cursor goes to "Afgedaan met", where the document belongs. An empty document
     * may still be saved; the overview shows it as missing.
     */
    private void statusChosen(Status was, Status now) {
        if (filling || now == was || (now != Status.DONE && now != Status.PARTLY_DONE)) {
            return;
        }
        LocalDate today = phraseDates.today();
        if (form.text(Field.FULFILLED_ON).isBlank() && today != null) {
            fulfilledOnPicker.setValue(today);
            form.field(Field.FULFILLED_ON).set(DateText.show(today));
        }
        // After the drop-down has closed, or the focus would go back to it.
        Platform.runLater(() -> {
            reveal(fulfilledByField);
            fulfilledByField.requestFocus();
        });
    }

    /** Scrolls the form so that {@code field} is in sight. */
    private void reveal(Node field) {
        javafx.geometry.Bounds content = formScroll.getContent().getLayoutBounds();
        javafx.geometry.Bounds at = formScroll.getContent().sceneToLocal(field.localToScene(field.getLayoutBounds()));
        double room = content.getHeight() - formScroll.getViewportBounds().getHeight();
        if (room > 0) {
            formScroll.setVvalue(Math.min(1, Math.max(0, (at.getMinY() - model.look().em(3)) / room)));
        }
    }

    private void showProblems(Collection<Problem> problems) {
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
        save(null);
    }

    /** Saves what the form says; {@code pending} (a leave that waited for the save) goes on once it is shown. */
    private void save(Runnable pending) {
        List<Problem> problems = new ArrayList<>();
        Commitment built = form.build(problems);
        if (built == null) {
            showProblems(problems);
            return;
        }
        // Clean before the saved list comes in, so that the form shows what was stored.
        model.save(built, form::markSaved, this::showProblems, () -> {
            if (pending != null) {
                pending.run();
            }
        });
    }

    /** Wijzigingen verwerpen (button, Escape): asks first, then shows the commitment as it is stored. */
    @FXML
    private void revert() {
        if (form.isDirty() && Dialogs.confirm(detailRoot.getScene().getWindow(), messages,
                messages.get("ui.detail.revert.header"), messages.get("ui.detail.revert.text"),
                messages.get("ui.detail.revert.ok"))) {
            show(form.shown() == null ? null : new TrackedCommitment(form.shown(), null));
        }
    }

    /** Folds the form away: the table gets the width; a double click on a row brings it back. */
    @FXML
    private void fold() {
        model.formShownProperty().set(false);
    }

    @FXML
    private void delete() {
        if (form.shown() != null) {
            Deleting.ask(detailRoot.getScene().getWindow(), model, form.shown());
        }
    }

    private void clearProblems() {
        errors.values().forEach(label -> label.setText(""));
        formError.setText("");
    }

    private static void showOnlyWhenSet(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static void keepText(ComboBox<String> box, List<String> items) {
        String typed = box.getEditor().getText();
        box.getItems().setAll(items);
        box.getEditor().setText(typed);
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }

    private static String emptyAsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
