package nl.toezeggingen.ui.detail;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import nl.toezeggingen.app.Deadlines;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Commitment.Field;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.deadline.Resolution;

/**
 * The form's deadline section: a typed phrase shows its window in the date fields and explains it below,
 * live. A date the user sets by hand wins over the phrase; setting it back to the phrase's date follows the
 * phrase again. A stored commitment whose phrase needs the made-on date it lacks keeps its dates until the
 * user acts, instead of counting from a new today every day.
 */
final class PhraseDates {
    private final CommitmentForm form;
    private final Messages messages;
    private final TextField phraseField;
    private final DatePicker earliestPicker;
    private final DatePicker latestPicker;
    private final DatePicker madeOnPicker;
    private final Label estimatedLabel;
    private final Label explanation;
    private final Label phraseError;
    private Deadlines deadlines;
    private LocalDate today;
    private Resolution resolution;
    // While true the date fields show the phrase's window and follow every change of the phrase.
    private boolean followPhrase = true;
    private boolean filling;
    // True from a load until the user edits the phrase, the made-on date or a deadline date.
    private boolean untouched;
    // True while an existing commitment keeps its stored dates because its phrase needs the missing made-on date.
    private boolean keepingStored;
    // Told after every explanation what the phrase resolved to, while the dates follow it (else null).
    private Consumer<Resolution> resolved = r -> { };

    PhraseDates(CommitmentForm form, Messages messages, TextField phraseField, DatePicker earliestPicker,
            DatePicker latestPicker, DatePicker madeOnPicker, Label estimatedLabel, Label explanation, Label phraseError) {
        this.form = form;
        this.messages = messages;
        this.phraseField = phraseField;
        this.earliestPicker = earliestPicker;
        this.latestPicker = latestPicker;
        this.madeOnPicker = madeOnPicker;
        this.estimatedLabel = estimatedLabel;
        this.explanation = explanation;
        this.phraseError = phraseError;
        phraseField.textProperty().addListener((o, was, now) -> {
            phraseOrMadeOnEdited();
            explain();
        });
        madeOnPicker.valueProperty().addListener((o, was, now) -> {
            phraseOrMadeOnEdited();
            explain();
        });
        earliestPicker.valueProperty().addListener((o, was, now) -> datesTouched());
        latestPicker.valueProperty().addListener((o, was, now) -> datesTouched());
    }

    /** The rules and the day a phrase without a made-on date counts from. */
    void setDeadlines(Deadlines deadlines, LocalDate today) {
        this.deadlines = deadlines;
        this.today = today;
        followPhrase = followsPhrase();
        explain();
    }

    LocalDate today() {
        return today;
    }

    /**
     * Tells {@code listener} what the phrase resolves to each time the explanation changes: null without a phrase,
     * for kept dates and for dates set by hand, since the deadline then saved does not follow the phrase.
     */
    void onResolved(Consumer<Resolution> listener) {
        this.resolved = listener;
    }

    /** Runs {@code load} (the form filling its fields) without taking it for the user's edits; then explains. */
    void loading(boolean stored, boolean estimated, Runnable load) {
        filling = true;
        try {
            load.run();
        } finally {
            filling = false;
        }
        showEstimated(estimated);
        untouched = stored;
        keepingStored = false;
        followPhrase = followsPhrase();
        explain();
    }

    /** After an undo or redo: the fields say what they say; the explanation follows them. */
    void reread() {
        followPhrase = followsPhrase();
        explain();
    }

    private void explain() {
        if (filling || deadlines == null) {
            return;
        }
        explainPhrase();
        resolved.accept(followPhrase ? resolution : null);
    }

    private void explainPhrase() {
        String phrase = phraseField.getText();
        if (phrase == null || phrase.isBlank()) {
            resolution = null;
            explanation.setText("");
            if (followPhrase) {
                fillDates(null, null, false);
            }
            return;
        }
        LocalDate madeOn = madeOnPicker.getValue();
        if (untouched && form.shown() != null && madeOn == null && hasDates() && deadlines.needsMadeOn(phrase)) {
            // Counting from today would move the saved dates every day; they stay until the user acts.
            keepingStored = true;
            resolution = null;
            phraseError.setText("");
            explanation.setText(messages.get("ui.detail.deadline.kept"));
            return;
        }
        // Without a made-on date a new phrase counts from today, and the explanation says so.
        resolution = deadlines.draft(phrase, madeOn, today);
        if (!resolution.understood()) {
            // Dates set by hand may still be saved: the phrase is then kept as text, and the form says so.
            explanation.setText(hasDates() ? messages.get("ui.detail.deadline.notConverted") : "");
            phraseError.setText(messages.explanation(resolution.refusal()));
            return;
        }
        phraseError.setText("");
        Deadline window = resolution.deadline();
        if (followPhrase) {
            fillDates(window.earliest(), window.latest(), window.estimated());
        }
        String text = messages.explanation(resolution.explanation());
        explanation.setText(followPhrase ? text : text + "\n" + messages.get("ui.detail.handSet"));
    }

    /** The phrase's dates: part of the user's edit of the phrase, not an edit of their own. */
    private void fillDates(LocalDate earliest, LocalDate latest, boolean estimated) {
        filling = true;
        try {
            form.quietly(() -> {
                earliestPicker.setValue(earliest);
                latestPicker.setValue(latest);
                form.field(Field.DEADLINE_EARLIEST).set(DateText.show(earliest));
                form.field(Field.DEADLINE_LATEST).set(DateText.show(latest));
            });
            showEstimated(estimated);
        } finally {
            filling = false;
        }
    }

    private void showEstimated(boolean estimated) {
        estimatedLabel.setVisible(estimated);
        estimatedLabel.setManaged(estimated);
        // Typing over a date that comes from a moment of the calendar would untie it: that one is corrected at
        // the moment, and the deadline follows.
        boolean fromMoment = resolution != null && resolution.event() != null && resolution.event().id() != null;
        estimatedLabel.setText(messages.get(fromMoment ? "ui.detail.estimated.event" : "ui.detail.estimated"));
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

    private void datesTouched() {
        if (filling) {
            return;
        }
        untouched = false;
        boolean follows = followsPhrase();
        if (keepingStored) {
            keepingStored = false;
            followPhrase = follows;
            explain();
        } else if (follows != followPhrase || (resolution != null && !resolution.understood())) {
            // A refused phrase says "niet omgezet" once dates are set by hand, and stops saying it without them.
            followPhrase = follows;
            explain();
        }
        if (!followPhrase) {
            showEstimated(false);
        }
    }

    private boolean hasDates() {
        return earliestPicker.getValue() != null || latestPicker.getValue() != null;
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
}
