package nl.toezeggingen.ui.detail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Commitment.Field;
import nl.toezeggingen.domain.Problem;

/**
 * The form's controls tied to the fields of one {@link CommitmentForm}, and each problem put beside its
 * field: text fields, date pickers (whose text is the field, so a half-typed date is never lost) and
 * drop-downs. While the form's own values go into the controls (loading, undoing) nothing counts as the
 * user choosing.
 */
final class FormFields {
    private final CommitmentForm form;
    private final Messages messages;
    private final Label formError;
    private final Supplier<LocalDate> today;
    private final Map<Field, Label> errors = new EnumMap<>(Field.class);
    private final Map<Field, Node> controls = new EnumMap<>(Field.class);
    private final Map<Field, DatePicker> dates = new EnumMap<>(Field.class);
    private boolean filling;

    /** {@code today}: the program's today (the tracker's clock, --today), which the calendars mark. */
    FormFields(CommitmentForm form, Messages messages, Label formError, Supplier<LocalDate> today) {
        this.form = form;
        this.messages = messages;
        this.formError = formError;
        this.today = today;
        showOnlyWhenSet(formError);
    }

    /** A text field (or a combo box's editor): its text is the form's field. */
    void text(Field field, TextInputControl control, Label error) {
        control.textProperty().bindBidirectional(form.field(field));
        control.focusedProperty().addListener((o, was, focused) -> form.endTyping());
        checked(field, control, error);
    }

    /** A date picker: its editor's text is the form's field; its value follows when the form sets the text. */
    void date(Field field, DatePicker picker, Label error) {
        DateText converter = new DateText(picker::getValue);
        picker.setConverter(converter);
        picker.setPromptText(messages.get("ui.detail.date.prompt"));
        picker.setDayCellFactory(shown -> new TodayCell(today));
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
    <T> void chosen(Field field, ObjectProperty<T> value, Node control, Label error,
            Function<T, String> toText, Function<String, T> fromText) {
        StringProperty text = form.field(field);
        value.addListener((o, was, now) -> {
            if (!filling) {
                text.set(now == null ? "" : toText.apply(now));
            }
        });
        text.addListener((o, was, now) -> {
            if (!Objects.equals(now, value.get() == null ? "" : toText.apply(value.get()))) {
                filling(() -> value.set(now == null || now.isEmpty() ? null : fromText.apply(now)));
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

    /** True while the form's own values go into the controls: a change then is not the user's choice. */
    boolean filling() {
        return filling;
    }

    /** Puts the form's own values into controls, not as the user's choices. */
    void filling(Runnable work) {
        boolean was = filling;
        filling = true;
        try {
            work.run();
        } finally {
            filling = was;
        }
    }

    /** The pickers' values as their text says, after the form set the text (loading, undoing). */
    void datesFromText() {
        filling(() -> form.quietly(() -> dates.forEach((field, picker) -> {
            String typed = form.text(field);
            try {
                picker.setValue(DateText.parse(typed).orElse(null));
            } catch (java.time.format.DateTimeParseException e) {
                picker.setValue(null);
            }
            // The value's own text may differ ("05-07-2024" for "5-7-2024"): the typed text stays.
            form.field(field).set(typed);
        })));
    }

    /** The control of {@code field}; null for a field without one. */
    Node control(Field field) {
        return field == null ? null : controls.get(field);
    }

    /** Each problem beside its field; those of no field (or of the whole) above the form. */
    void showProblems(Collection<Problem> problems) {
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

    void clearProblems() {
        errors.values().forEach(label -> label.setText(""));
        formError.setText("");
    }

    static void showOnlyWhenSet(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /**
     * A day in the calendar pop-up. The pop-up marks the computer's own today; the day that counts is the
     * program's (the tracker's clock, so --today and a test's day), so that one is marked instead.
     */
    static final class TodayCell extends DateCell {
        private static final String TODAY = "today";
        private final Supplier<LocalDate> today;

        TodayCell(Supplier<LocalDate> today) {
            this.today = today;
        }

        @Override
        public void updateItem(LocalDate item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(TODAY);
            LocalDate ours = today.get();
            if (!empty && item != null && item.equals(ours)) {
                getStyleClass().add(TODAY);
            }
        }
    }
}
