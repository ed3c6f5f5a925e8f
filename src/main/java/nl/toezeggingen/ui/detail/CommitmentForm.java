package nl.toezeggingen.ui.detail;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Commitment.Field;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Problem;
import nl.toezeggingen.domain.Status;

/**
 * What the form says, field by field, as the user typed it: every field of a commitment is one text
 * property here (a date as typed, the status by its name, the commitment waited on by its id). It loads
 * a commitment and builds one back, knows whether it differs from what was loaded (comparing contents,
 * so typing a value back makes it clean again), and undoes and redoes edits across its fields.
 * No controls: the form's controls bind to these properties.
 */
final class CommitmentForm {
    private final Map<Field, StringProperty> fields = new EnumMap<>(Field.class);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private Map<Field, String> loaded = Map.of();
    private Commitment shown;
    /** Above zero while the form itself sets fields (loading, undoing, a date the phrase gives): no new edit. */
    private int quiet;
    /** The field of the last edit: typing on in the same field adds to that edit instead of starting one. */
    private Field typing;

    /** One step to undo: a field from what it said to what it says. */
    private record Edit(Field field, String before, String after) {
    }

    CommitmentForm() {
        for (Field field : Field.values()) {
            StringProperty property = new SimpleStringProperty(this, field.name(), "");
            property.addListener((o, was, now) -> edited(field, was, now));
            fields.put(field, property);
        }
        load(null);
    }

    StringProperty field(Field field) {
        return fields.get(field);
    }

    String text(Field field) {
        return fields.get(field).get();
    }

    /** Shows {@code commitment} (null: a new one): clean, with nothing to undo. */
    void load(Commitment commitment) {
        shown = commitment;
        Commitment c = commitment != null ? commitment : Commitment.builder().status(Status.OPEN).build();
        quietly(() -> {
            for (Field field : Field.values()) {
                fields.get(field).set(Objects.toString(read(c, field), ""));
            }
        });
        undo.clear();
        redo.clear();
        typing = null;
        markSaved();
    }

    /** The commitment loaded, or null for a new one. */
    Commitment shown() {
        return shown;
    }

    /** What the form says now is what is stored: after a save, or once the user let go of the edits. */
    void markSaved() {
        loaded = contents();
        dirty.set(false);
        showUndo();
    }

    /** Changes that follow from another (the dates a phrase gives): part of that edit, not one of their own. */
    void quietly(Runnable change) {
        quiet++;
        try {
            change.run();
        } finally {
            quiet--;
            dirty.set(!loaded.equals(contents()));
        }
    }

    boolean undo() {
        Edit edit = undo.poll();
        if (edit == null) {
            return false;
        }
        redo.push(edit);
        quietly(() -> fields.get(edit.field()).set(edit.before()));
        typing = null;
        showUndo();
        return true;
    }

    boolean redo() {
        Edit edit = redo.poll();
        if (edit == null) {
            return false;
        }
        undo.push(edit);
        quietly(() -> fields.get(edit.field()).set(edit.after()));
        typing = null;
        showUndo();
        return true;
    }

    /** The field the last undo or redo changed, for the cursor to go to; null when there is none. */
    Field lastUndone() {
        return redo.isEmpty() ? null : redo.peek().field();
    }

    /** Ends the edit in progress: the next keystroke in the same field is a step of its own (leaving a field). */
    void endTyping() {
        typing = null;
    }

    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    boolean isDirty() {
        return dirty.get();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Every field as the user sees it, trimmed: what "unsaved changes" compares. */
    Map<Field, String> contents() {
        Map<Field, String> now = new EnumMap<>(Field.class);
        fields.forEach((field, property) -> now.put(field, property.get() == null ? "" : property.get().strip()));
        return now;
    }

    /**
     * The commitment the form says, on the loaded one (its id and what the form does not show), or the
     * problems with its dates; the deadline's dates are the ones typed, estimated only while they are
     * still the stored estimate.
     */
    Commitment build(List<Problem> problems) {
        LocalDate earliest = date(Field.DEADLINE_EARLIEST, problems);
        LocalDate latest = date(Field.DEADLINE_LATEST, problems);
        LocalDate madeOn = date(Field.MADE_ON, problems);
        LocalDate fulfilledOn = date(Field.FULFILLED_ON, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        Deadline before = shown != null ? shown.deadline() : Deadline.NONE;
        // A date set by hand is the user's own, no longer the calendar's estimate.
        boolean sameDates = Objects.equals(before.earliest(), earliest) && Objects.equals(before.latest(), latest);
        String dependsOn = text(Field.DEPENDS_ON);
        String status = text(Field.STATUS);
        return (shown != null ? shown.toBuilder() : Commitment.builder())
                .reference(text(Field.REFERENCE))
                .title(text(Field.TITLE))
                .text(text(Field.TEXT))
                .dossier(text(Field.DOSSIER))
                .line(text(Field.LINE))
                .status(status.isEmpty() ? null : Status.valueOf(status))
                .deadline(new Deadline(text(Field.DEADLINE_PHRASE), earliest, latest, sameDates && before.estimated()))
                .madeOn(madeOn)
                .madeIn(text(Field.MADE_IN))
                .madeBy(text(Field.MADE_BY))
                .owner(text(Field.OWNER))
                .dependsOn(dependsOn.isEmpty() ? null : Long.valueOf(dependsOn))
                .fulfilledOn(fulfilledOn)
                .fulfilledBy(text(Field.FULFILLED_BY))
                .notes(text(Field.NOTES))
                .chamber(nl.toezeggingen.domain.Chamber.of(text(Field.CHAMBER)).orElse(null))
                .committee(text(Field.COMMITTEE))
                .promisedTo(nl.toezeggingen.domain.Text.names(text(Field.PROMISED_TO)))
                .build();
    }

    /** Reads the text as typed, not a picker's value, which silently keeps the old date on a typo. */
    LocalDate date(Field field, List<Problem> problems) {
        String typed = text(field);
        try {
            return DateText.parse(typed).orElse(null);
        } catch (DateTimeParseException e) {
            problems.add(DateText.problem(field, typed));
            return null;
        }
    }

    /** How each field shows a stored commitment; {@link #build} is the way back. */
    private static Object read(Commitment c, Field field) {
        return switch (field) {
            case REFERENCE -> c.reference();
            case TITLE -> c.title();
            case TEXT -> c.text();
            case DOSSIER -> c.dossier();
            case LINE -> c.line();
            case STATUS -> c.status() == null ? null : c.status().name();
            case DEADLINE_PHRASE -> c.deadline().phrase();
            case DEADLINE_EARLIEST -> DateText.show(c.deadline().earliest());
            case DEADLINE_LATEST -> DateText.show(c.deadline().latest());
            case MADE_ON -> DateText.show(c.madeOn());
            case MADE_IN -> c.madeIn();
            case MADE_BY -> c.madeBy();
            case OWNER -> c.owner();
            case DEPENDS_ON -> c.dependsOn();
            case FULFILLED_ON -> DateText.show(c.fulfilledOn());
            case FULFILLED_BY -> c.fulfilledBy();
            case NOTES -> c.notes();
            case CHAMBER -> c.chamber() == null ? null : c.chamber().code();
            case COMMITTEE -> c.committee();
            case PROMISED_TO -> String.join("; ", c.promisedTo());
        };
    }

    private void edited(Field field, String was, String now) {
        if (quiet > 0) {
            return;
        }
        Edit last = undo.peek();
        if (field == typing && last != null && last.field() == field) {
            undo.pop();
            undo.push(new Edit(field, last.before(), now));
        } else {
            undo.push(new Edit(field, Objects.toString(was, ""), Objects.toString(now, "")));
        }
        typing = field;
        redo.clear();
        dirty.set(!loaded.equals(contents()));
        showUndo();
    }

    private void showUndo() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
