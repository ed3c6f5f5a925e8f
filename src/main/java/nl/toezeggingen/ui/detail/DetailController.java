package nl.toezeggingen.ui.detail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Commitment.Field;
import nl.toezeggingen.domain.Problem;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.ui.Choice;
import nl.toezeggingen.ui.Dialogs;
import nl.toezeggingen.ui.history.HistoryView;
import nl.toezeggingen.ui.main.Deleting;
import nl.toezeggingen.ui.main.WindowModel;
import nl.toezeggingen.ui.main.WindowSnapshot;

/**
 * The form beside the table: its controls bound to one {@link CommitmentForm}, each field once. It shows
 * the model's chosen commitment (or a new one), puts each problem beside its field, and is the model's
 * {@link nl.toezeggingen.ui.main.Leaving}: nothing typed is lost without "Wijzigingen opslaan?".
 */
public final class DetailController implements nl.toezeggingen.ui.main.Leaving {
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
    @FXML private javafx.scene.layout.HBox eventRow;
    @FXML private Label eventTieLabel;
    @FXML private javafx.scene.control.MenuButton eventButton;
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
    @FXML private ComboBox<String> chamberBox;
    @FXML private Label chamberError;
    @FXML private TextField committeeField;
    @FXML private Label committeeError;
    @FXML private TextField promisedToField;
    @FXML private Label promisedToError;
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
    private FormFields fields;
    private PhraseDates phraseDates;
    private EventTie eventTie;
    private DependsOnChoices dependsOn;
    private HistoryView history;

    public DetailController(WindowModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    @FXML
    private void initialize() {
        // The calendars mark the program's today, which the snapshot brings (the phrase reader has it too).
        fields = new FormFields(form, messages, formError, () -> phraseDates == null ? null : phraseDates.today());
        fields.text(Field.REFERENCE, referenceField, referenceError);
        fields.text(Field.TITLE, titleField, titleError);
        fields.text(Field.TEXT, textArea, textError);
        fields.text(Field.DOSSIER, dossierBox.getEditor(), dossierError);
        fields.text(Field.LINE, lineBox.getEditor(), lineError);
        fields.chosen(Field.STATUS, statusBox.valueProperty(), statusBox, statusError, Status::name, Status::valueOf);
        fields.text(Field.DEADLINE_PHRASE, phraseField, phraseError);
        fields.date(Field.DEADLINE_EARLIEST, earliestPicker, earliestError);
        fields.date(Field.DEADLINE_LATEST, latestPicker, latestError);
        fields.date(Field.MADE_ON, madeOnPicker, madeOnError);
        fields.text(Field.MADE_IN, madeInField, madeInError);
        fields.text(Field.MADE_BY, madeByField, madeByError);
        fields.text(Field.OWNER, ownerField, ownerError);
        // Kamer: onbekend (never guessed), Tweede Kamer or Eerste Kamer, as their codes ("" is onbekend, a real
        // choice: a ComboBox does not select a null item reliably).
        chamberBox.getItems().setAll("", nl.toezeggingen.domain.Chamber.TWEEDE_KAMER.code(),
                nl.toezeggingen.domain.Chamber.EERSTE_KAMER.code());
        chamberBox.setPromptText(messages.get("ui.detail.chamber.unknown"));
        chamberBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return nl.toezeggingen.domain.Chamber.of(code).map(c -> messages.get("chamber." + c.name()))
                        .orElse(messages.get("ui.detail.chamber.unknown"));
            }

            @Override
            public String fromString(String text) {
                return nl.toezeggingen.domain.Chamber.of(text).map(nl.toezeggingen.domain.Chamber::code).orElse("");
            }
        });
        fields.chosen(Field.CHAMBER, chamberBox.valueProperty(), chamberBox, chamberError, code -> code, code -> code);
        fields.text(Field.COMMITTEE, committeeField, committeeError);
        fields.text(Field.PROMISED_TO, promisedToField, promisedToError);
        fields.chosen(Field.DEPENDS_ON, dependsOnBox.valueProperty(), dependsOnBox, dependsOnError,
                choice -> Objects.toString(choice.value(), ""), this::dependsOnChoice);
        fields.date(Field.FULFILLED_ON, fulfilledOnPicker, fulfilledOnError);
        fields.text(Field.FULFILLED_BY, fulfilledByField, fulfilledByError);
        fields.text(Field.NOTES, notesArea, notesError);

        FormFields.showOnlyWhenSet(deadlineExplanation);
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
        eventTie = new EventTie(model, eventRow, eventTieLabel, eventButton, phraseField, madeOnPicker);
        phraseDates.onResolved(eventTie::show);
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

    private Choice<Long> dependsOnChoice(String id) {
        dependsOn.show(Long.valueOf(id));
        return dependsOnBox.getValue();
    }

    /** The user chose another commitment (the form was left first) or a new one. */
    private void chosen(nl.toezeggingen.ui.main.Chosen choice) {
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
        // Asked before the phrase is read again: a moment that got a date fills the date fields of a clean form,
        // which is not an edit of the user's; the stored commitment (moved with its moment) is shown below.
        boolean clean = form.shown() != null && !form.isDirty();
        // The tie first: the phrase read against the new calendar tells it what it names.
        eventTie.setDeadlines(snapshot.deadlines(), snapshot.today());
        phraseDates.setDeadlines(snapshot.deadlines(), snapshot.today());
        List<TrackedCommitment> all = snapshot.list();
        keepText(dossierBox, distinct(all.stream().map(t -> t.commitment().dossier()).toList()));
        keepText(lineBox, distinct(all.stream().map(t -> t.commitment().line()).toList()));
        dependsOn.offer(all);
        String waitsOn = form.text(Field.DEPENDS_ON);
        fields.filling(() -> dependsOn.show(waitsOn.isEmpty() ? null : Long.valueOf(waitsOn)));
        if (clean) {
            snapshot.find(form.shown().id()).ifPresent(this::show);
        }
    }

    private void show(TrackedCommitment tracked) {
        Commitment before = form.shown();
        Commitment c = tracked == null ? null : tracked.commitment();
        phraseDates.loading(c != null, c != null && c.deadline().estimated(), () -> {
            form.load(c);
            fields.datesFromText();
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
        fields.clearProblems();
        if (c == null || before == null || !c.id().equals(before.id())) {
            // Another commitment starts at the top; the same one after a save stays where the user was.
            formScroll.setVvalue(0);
        }
        showDirty();
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
        fields.datesFromText();
        phraseDates.reread();
        Field where = form.lastUndone();
        Node control = fields.control(where);
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
        if (fields.filling() || now == was || (now != Status.DONE && now != Status.PARTLY_DONE)) {
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

    @FXML
    private void save() {
        save(null);
    }

    /** Saves what the form says; {@code pending} (a leave that waited for the save) goes on once it is shown. */
    private void save(Runnable pending) {
        List<Problem> problems = new ArrayList<>();
        Commitment built = form.build(problems);
        if (built == null) {
            fields.showProblems(problems);
            return;
        }
        Commitment shown = form.shown();
        if (PostponeQuestion.applies(shown, built)) {
            javafx.stage.Window owner = detailRoot.getScene().getWindow();
            switch (PostponeQuestion.ask(owner, messages, shown)) {
                case CANCEL -> {
                    return;
                }
                case POSTPONE -> {
                    postponeThenSave(owner, shown, built, pending);
                    return;
                }
                case CORRECT -> {
                    // a typo: saved as typed, below
                }
            }
        }
        // Clean before the saved list comes in, so that the form shows what was stored.
        model.save(built, form::markSaved, fields::showProblems, () -> {
            if (pending != null) {
                pending.run();
            }
        });
    }

    /**
     * Uitstel from the form: the postpone dialog asks the reason (and the letter) with the new deadline filled in;
     * cancelled, the form keeps every edit. Then the other edits are saved over the old deadline, and the move is
     * made as a postponement, so the history has one "uitgesteld" line for it.
     */
    private void postponeThenSave(javafx.stage.Window owner, Commitment shown, Commitment built, Runnable pending) {
        var snapshot = model.snapshot();
        nl.toezeggingen.domain.Deadline to = built.deadline();
        String typed = to.phrase() != null && !java.util.Objects.equals(to.phrase(), shown.deadline().phrase())
                ? to.phrase() : to.latest().toString();
        var request = nl.toezeggingen.ui.postpone.PostponeDialog.ask(owner, messages, model.look(), shown,
                snapshot.deadlines(), snapshot.today(), new nl.toezeggingen.ui.postpone.PostponeDialog.Request(typed, "", ""),
                List.of());
        if (request.isEmpty()) {
            return;
        }
        Commitment rest = built.toBuilder().deadline(shown.deadline()).build();
        model.save(rest, form::markSaved, fields::showProblems, () -> {
            nl.toezeggingen.ui.postpone.Postponing.postpone(owner, model, new TrackedCommitment(rest, null), request.get());
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
