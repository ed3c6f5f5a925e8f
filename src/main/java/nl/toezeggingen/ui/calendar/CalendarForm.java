package nl.toezeggingen.ui.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.agenda.EventKind;
import nl.toezeggingen.domain.agenda.EventStatus;
import nl.toezeggingen.domain.deadline.Certainty;
import nl.toezeggingen.domain.deadline.Recess;
import nl.toezeggingen.domain.deadline.RecessKind;
import nl.toezeggingen.domain.deadline.RecessRow;
import nl.toezeggingen.ui.detail.DateText;

/**
 * The fields beside the calendar's list: filled from the chosen row (or empty for a new one) and read back
 * into a {@link CalendarChange}. What cannot be saved is said under its field, in one sentence, and no change
 * is made of it.
 */
final class CalendarForm {
    private final Messages messages;
    private final ChoiceBox<Sort> sort;
    private final TextField name;
    private final TextField first;
    private final TextField last;
    private final ChoiceBox<EventStatus> status;
    private final TextField dossier;
    private final TextField source;
    private final Label nameError;
    private final Label firstError;
    private final Label lastError;
    /** The row being changed; null for a new one. */
    private CalendarEntry editing;
    /** The fields as they were filled, to tell whether the user changed anything. */
    private List<Object> filled = List.of();

    CalendarForm(Messages messages, ChoiceBox<Sort> sort, TextField name, TextField first, TextField last,
            ChoiceBox<EventStatus> status, TextField dossier, TextField source, Label nameError, Label firstError,
            Label lastError) {
        this.messages = messages;
        this.sort = sort;
        this.name = name;
        this.first = first;
        this.last = last;
        this.status = status;
        this.dossier = dossier;
        this.source = source;
        this.nameError = nameError;
        this.firstError = firstError;
        this.lastError = lastError;
        sort.setConverter(words(s -> s.label(messages)));
        status.setConverter(words(s -> messages.get("agenda.status." + s.json())));
        // A recess's name is its kind and year: the name field follows the sort.
        sort.valueProperty().addListener((o, was, now) -> fitSort(now));
    }

    private static <T> StringConverter<T> words(java.util.function.Function<T, String> word) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : word.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    CalendarEntry editing() {
        return editing;
    }

    /** Fills the fields from {@code entry}; a recess keeps its kind (the kind and year say which recess it is). */
    void fill(CalendarEntry entry) {
        editing = entry;
        clearErrors();
        if (entry.isRecess()) {
            Recess r = entry.recess().recess();
            sort.getItems().setAll(Sort.recesses());
            sort.setValue(new Sort(r.kind(), null));
            sort.setDisable(true);
            name.setText(entry.name());
            first.setText(text(r.first()));
            last.setText(text(r.last()));
            status.getItems().setAll(EventStatus.OFFICIAL, EventStatus.UNCONFIRMED);
            status.setValue(r.certainty() == Certainty.OFFICIAL ? EventStatus.OFFICIAL : EventStatus.UNCONFIRMED);
            dossier.setText("");
            source.setText(nonNull(entry.recess().row().source()));
        } else {
            Event e = entry.event();
            sort.getItems().setAll(Sort.moments());
            sort.setValue(new Sort(null, e.kind()));
            sort.setDisable(false);
            name.setText(e.name());
            first.setText(text(e.earliest()));
            last.setText(e.isWindow() || e.earliest() == null ? text(e.latest()) : "");
            status.getItems().setAll(EventStatus.values());
            status.setValue(e.status());
            dossier.setText(nonNull(e.dossier()));
            source.setText(nonNull(e.source()));
        }
        fitSort(sort.getValue());
        filled = values();
    }

    /** Empty fields for a new moment or (with {@code recess}) a new recess, from {@code year}. */
    void fillNew(boolean recess) {
        editing = null;
        clearErrors();
        sort.getItems().setAll(recess ? Sort.recesses() : Sort.moments());
        sort.setValue(recess ? new Sort(RecessKind.ZOMERRECES, null) : new Sort(null, EventKind.DEBATE));
        sort.setDisable(false);
        name.setText("");
        first.setText("");
        last.setText("");
        status.getItems().setAll(recess ? List.of(EventStatus.OFFICIAL, EventStatus.UNCONFIRMED)
                : List.of(EventStatus.values()));
        status.setValue(EventStatus.UNCONFIRMED);
        dossier.setText("");
        source.setText("");
        fitSort(sort.getValue());
        filled = values();
    }

    private void fitSort(Sort now) {
        boolean recess = now != null && now.isRecess();
        name.setDisable(recess);
        dossier.setDisable(recess);
        if (recess && editing == null) {
            name.setText(messages.get("ui.calendar.recessName"));
        }
    }

    /** Whether the user typed or chose something since the fields were filled. */
    boolean changed() {
        return !values().equals(filled);
    }

    private List<Object> values() {
        return java.util.Arrays.asList(sort.getValue(), name.getText(), first.getText(), last.getText(),
                status.getValue(), dossier.getText(), source.getText());
    }

    /**
     * The change the fields ask for, with {@code wanted} as status (the confirm button gives "officieel"); empty,
     * with the reasons under the fields, when it cannot be saved.
     */
    Optional<CalendarChange> read(EventStatus wanted) {
        clearErrors();
        Optional<LocalDate> from = date(first, firstError);
        Optional<LocalDate> to = date(last, lastError);
        if (from == null || to == null) {
            return Optional.empty();
        }
        Sort chosen = sort.getValue();
        return chosen.isRecess() ? recess(chosen.recess(), from, to, wanted) : moment(chosen.moment(), from, to, wanted);
    }

    private Optional<CalendarChange> recess(RecessKind kind, Optional<LocalDate> from, Optional<LocalDate> to,
            EventStatus wanted) {
        if (from.isEmpty()) {
            say(firstError, messages.get("ui.calendar.recess.firstNeeded"));
            return Optional.empty();
        }
        if (to.isEmpty()) {
            say(lastError, messages.get("ui.calendar.recess.lastNeeded"));
            return Optional.empty();
        }
        if (to.get().isBefore(from.get())) {
            say(lastError, messages.get("validation.event.window.reversed", from.get(), to.get()));
            return Optional.empty();
        }
        Certainty certainty = wanted == EventStatus.OFFICIAL ? Certainty.OFFICIAL : Certainty.UNVERIFIED;
        return Optional.of(new CalendarChange.RecessCorrected(
                new RecessRow(new Recess(kind, from.get(), to.get(), certainty), source.getText())));
    }

    private Optional<CalendarChange> moment(EventKind kind, Optional<LocalDate> from, Optional<LocalDate> to,
            EventStatus wanted) {
        // One day is typed in the first field; a window ("vóór 1 juni") in both, or only in the last.
        LocalDate earliest = from.orElse(null);
        LocalDate latest = to.orElse(earliest);
        Long id = editing == null ? null : editing.event().id();
        Event event = new Event(id, name.getText(), kind, earliest, latest, wanted, dossier.getText(),
                source.getText(), false);
        List<Event.Problem> problems = event.problems();
        for (Event.Problem problem : problems) {
            String sentence = messages.get(problem.key(), problem.args().toArray());
            switch (problem.field()) {
                case NAME -> say(nameError, sentence);
                case EARLIEST -> say(firstError, sentence);
                default -> say(lastError, sentence);
            }
        }
        return problems.isEmpty() ? Optional.of(new CalendarChange.MomentSaved(event)) : Optional.empty();
    }

    /** The status chosen in the field. */
    EventStatus status() {
        return status.getValue();
    }

    /** The typed date, empty for blank; null (with the reason under the field) when it is no date. */
    private Optional<LocalDate> date(TextField field, Label error) {
        try {
            return DateText.parse(field.getText() == null ? "" : field.getText());
        } catch (DateTimeParseException e) {
            say(error, messages.problem(DateText.problem(nl.toezeggingen.domain.Commitment.Field.DEADLINE_LATEST, field.getText())));
            return null;
        }
    }

    private static void say(Label error, String sentence) {
        error.setText(sentence);
        error.setManaged(true);
        error.setVisible(true);
    }

    private void clearErrors() {
        for (Label error : List.of(nameError, firstError, lastError)) {
            error.setText("");
            error.setManaged(false);
            error.setVisible(false);
        }
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.getDayOfMonth() + "-" + date.getMonthValue() + "-" + date.getYear();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
