package nl.toezeggingen.ui.main;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.InvalidCommitmentException;
import nl.toezeggingen.domain.Problem;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.report.history.HistoryEntry;
import nl.toezeggingen.report.history.HistoryWords;
import nl.toezeggingen.ui.Look;
import nl.toezeggingen.ui.Session;

/**
 * The window's state and what can be done to it. The panes (table, filters, overdue bar, timeline, form,
 * status bar) bind to this and ask it to act; they never call each other. Every action is one task on the
 * disk thread that ends in a new {@link WindowSnapshot}.
 */
public final class WindowModel {
    /** Whether the data is there to show: the placeholders follow this and the list. */
    public enum Phase { LOADING, OPEN, UNAVAILABLE }

    /** What the table's placeholder says when it has no rows. */
    public enum Placeholder { LOADING, WELCOME, NO_MATCH, UNAVAILABLE }




    private final Messages messages;
    private final Session session;
    private final Clock clock;
    private final Look look;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.LOADING);
    private final ReadOnlyObjectWrapper<Throwable> unavailable = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<WindowSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ObservableList<TrackedCommitment> items = FXCollections.observableArrayList();
    private final FilteredList<TrackedCommitment> shown = new FilteredList<>(items);
    private final ObjectProperty<CommitmentFilter> filter = new SimpleObjectProperty<>(CommitmentFilter.ALL);
    private final ObjectProperty<Set<Long>> only = new SimpleObjectProperty<>();
    private final ObjectBinding<Predicate<TrackedCommitment>> shownRule;
    private final ReadOnlyObjectWrapper<Chosen> chosen = new ReadOnlyObjectWrapper<>(new Chosen(null, false));
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<Long> selection = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Commitment> lastDeleted = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.BooleanProperty formShown = new javafx.beans.property.SimpleBooleanProperty(true);
    private final ObjectBinding<Placeholder> placeholder;
    private final Memories memories = new Memories();
    private final HistoryWords historyWords;
    private Leaving leaving = Leaving.NO_FORM;
    private Consumer<Throwable> failed = error -> { };
    private Runnable opened = () -> { };
    private LocalDate day;
    private boolean updating;

    public WindowModel(Messages messages, Session session, Clock clock, Look look) {
        this.messages = messages;
        this.session = session;
        this.clock = clock;
        this.look = look;
        this.day = LocalDate.now(clock);
        this.historyWords = new HistoryWords(messages::get, messages.locale(), java.time.ZoneId.systemDefault());
        shownRule = Bindings.createObjectBinding(() -> {
            CommitmentFilter rule = filter.get();
            Set<Long> ids = only.get();
            return ids == null ? rule : rule.and(t -> ids.contains(t.commitment().id()));
        }, filter, only);
        shown.predicateProperty().bind(shownRule);
        placeholder = Bindings.createObjectBinding(() -> {
            if (phase.get() == Phase.UNAVAILABLE) {
                return Placeholder.UNAVAILABLE;
            }
            if (snapshot.get() == null) {
                return Placeholder.LOADING;
            }
            return items.isEmpty() ? Placeholder.WELCOME : Placeholder.NO_MATCH;
        }, phase, snapshot, items);
    }

    public Messages messages() {
        return messages;
    }

    /** For the dialogs the window opens (overview, import, settings), which work on the same data. */
    public Session session() {
        return session;
    }

    /** The window program's theme and text size: for sizes set in code, and for the dialogs the window opens. */
    public Look look() {
        return look;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** True once the data is the window's: before that nothing can be saved. */
    public boolean isOpen() {
        return phase.get() == Phase.OPEN;
    }

    /** Why the data could not be opened; set with {@link Phase#UNAVAILABLE}. */
    public ReadOnlyObjectProperty<Throwable> unavailableProperty() {
        return unavailable.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WindowSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public WindowSnapshot snapshot() {
        return snapshot.get();
    }

    /** Every commitment, as last read. */
    public ObservableList<TrackedCommitment> items() {
        return items;
    }

    /** What the search, the filters and the overdue bar's "Toon" let through: the table's and the timeline's rows. */
    public FilteredList<TrackedCommitment> shown() {
        return shown;
    }

    /**
     * True while a new list replaces the old one: the table's selection passes through "nothing" and other
     * rows then, which is not the user choosing; it follows the model's choice once the snapshot is in.
     */
    public boolean updating() {
        return updating;
    }

    public ObjectBinding<Predicate<TrackedCommitment>> shownRule() {
        return shownRule;
    }

    public ObjectProperty<CommitmentFilter> filterProperty() {
        return filter;
    }

    /** The overdue bar's "Toon": exactly these, on top of the filters; null for all. */
    public ObjectProperty<Set<Long>> onlyProperty() {
        return only;
    }

    public ObjectBinding<Placeholder> placeholder() {
        return placeholder;
    }

    /** Whether the form is beside the table or folded away, so that the table gets the width. */
    public javafx.beans.property.BooleanProperty formShownProperty() {
        return formShown;
    }

    /** The ids selected in the table (several with Ctrl or Shift): what "Status wijzigen…" works on. */
    public ObservableList<Long> selection() {
        return selection;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ReadOnlyObjectProperty<Chosen> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public Long chosenId() {
        return chosen.get().id();
    }

    /** The chosen commitment as last read; empty for a new one (or one deleted meanwhile). */
    public java.util.Optional<TrackedCommitment> chosenCommitment() {
        return snapshot.get() == null ? java.util.Optional.empty() : snapshot.get().find(chosenId());
    }

    /** The form registers here, so that every way out of it passes its question. */
    public void setLeaving(Leaving leaving) {
        this.leaving = leaving;
    }

    public boolean hasUnsavedEdits() {
        return leaving.hasUnsavedEdits();
    }

    /** Runs {@code proceed} when the form may be left: at once, or after "Wijzigingen opslaan?". */
    public void leave(Runnable proceed) {
        leaving.leave(proceed);
    }

    /** Another commitment (null: a new one), after the form let go of its edits. */
    public void choose(Long id) {
        leave(() -> chosen.set(new Chosen(id, false)));
    }

    /** As {@link #choose}, with the cursor to the form: Ctrl+N, a double click in the overdue list. */
    public void edit(Long id) {
        leave(() -> {
            formShown.set(true);
            reveal(id);
            chosen.set(new Chosen(id, true));
        });
    }

    /** Makes sure the table shows {@code id}, whatever the filters hid. */
    public void reveal(Long id) {
        if (id != null && shown.stream().noneMatch(t -> id.equals(t.commitment().id()))) {
            clearFilters();
        }
    }

    public void clearFilters() {
        only.set(null);
        filter.set(CommitmentFilter.ALL);
    }

    /** Where a failure is shown to the user (a dialog); the status bar says it too. */
    public void setFailureShown(Consumer<Throwable> shown) {
        failed = error -> {
            status.set(nl.toezeggingen.ui.ErrorText.of(error, messages));
            shown.accept(error);
        };
    }

    public void failed(Throwable error) {
        failed.accept(error);
    }

    /** Runs on the FX thread each time the data has been opened (the first time, and after a restore). */
    public void whenOpened(Runnable action) {
        opened = action;
    }

    /** What the panes remember between starts; they add themselves as they load, late ones too. */
    public Memories memories() {
        return memories;
    }

    /**
     * The list read while the toolkit started: shown at once, so the first frame has the rows; the rest
     * of the snapshot follows once {@link #open} has the data.
     */
    public void showFirst(List<TrackedCommitment> list) {
        show(WindowSnapshot.firstList(list));
    }

    /** Opens the data in the background and shows it; "Opnieuw proberen" and a restore come here too. */
    public void open() {
        if (phase.get() == Phase.UNAVAILABLE) {
            phase.set(Phase.LOADING);
        }
        session.open(() -> {
            phase.set(Phase.OPEN);
            unavailable.set(null);
            opened.run();
            // The list read during start-up (shown before the window showed, or as the data came): the rest
            // of the snapshot is read with it.
            WindowSnapshot first = snapshot.get();
            if (first != null && !first.complete()) {
                call(tracker -> WindowSnapshot.read(tracker, first.list()), this::show);
            } else {
                refresh();
            }
        }, error -> {
            unavailable.set(error);
            phase.set(Phase.UNAVAILABLE);
        });
    }

    /** Reads everything again: after a change elsewhere (settings, an import, midnight). */
    public void refresh() {
        refresh(() -> { });
    }

    private void refresh(Runnable then) {
        session.list(list -> call(tracker -> WindowSnapshot.read(tracker, list), read -> {
            show(read);
            then.run();
        }), this::failed);
    }

    private void show(WindowSnapshot read) {
        updating = true;
        try {
            items.setAll(read.list());
        } finally {
            updating = false;
        }
        snapshot.set(read);
        if (only.get() != null) {
            // The urgencies moved (an edit, midnight): "Toon" means what is overdue now; filter again.
            Set<Long> ids = only.get();
            only.set(null);
            only.set(ids);
        }
        Long id = chosenId();
        if (id != null && read.complete() && read.find(id).isEmpty()) {
            // Deleted (here or by a restore): the form goes to a new one, there is nothing left to edit.
            chosen.set(new Chosen(null, false));
        }
    }

    /**
     * Saves what the form built. {@code saved} runs before the new snapshot is shown (the form is clean
     * then, so it shows what was stored), {@code then} after it; a refusal goes back to the form.
     */
    public void save(Commitment commitment, Runnable saved, Consumer<Collection<Problem>> refused, Runnable then) {
        session.call(tracker -> tracker.save(commitment), stored -> {
            status.set(messages.get("ui.saved", stored.title()));
            saved.run();
            refresh(() -> {
                // A new one is chosen once it is in the list, so the form finds it there.
                if (!stored.id().equals(chosenId())) {
                    chosen.set(new Chosen(stored.id(), false));
                }
                then.run();
            });
        }, error -> {
            if (error instanceof InvalidCommitmentException invalid) {
                refused.accept(invalid.problems());
            } else {
                failed(error);
            }
        });
    }

    /**
     * Puts a new moment in the meeting calendar. The deadlines that named it while the calendar lacked it are
     * tied to it now (in the tracker, each move in its history); {@code added} runs once the window shows the
     * calendar with it, so that a phrase read then finds it. A refusal changes nothing and goes to {@code refused}.
     */
    public void addEvent(nl.toezeggingen.domain.agenda.Event event,
            Consumer<nl.toezeggingen.domain.agenda.Event> added,
            Consumer<List<nl.toezeggingen.domain.agenda.Event.Problem>> refused) {
        session.call(tracker -> tracker.events().add(event), changed -> {
            status.set(messages.get("ui.event.added", changed.event().name(), changed.moved().size()));
            refresh(() -> added.accept(changed.event()));
        }, error -> {
            if (error instanceof nl.toezeggingen.domain.agenda.InvalidEventException invalid) {
                refused.accept(invalid.problems());
            } else {
                failed(error);
            }
        });
    }

    /** Gives a moment of the calendar its date; the deadlines tied to it move with it (each in its history). */
    public void dateEvent(long id, LocalDate date, Consumer<nl.toezeggingen.domain.agenda.Event> dated) {
        call(tracker -> tracker.events().move(id, date), changed -> {
            status.set(messages.get("ui.event.dated", changed.event().name(), changed.event().latest(),
                    changed.moved().size()));
            refresh(() -> dated.accept(changed.event()));
        });
    }

    /** Deletes, after the caller asked the user; the form goes to a new commitment. */
    public void delete(Commitment commitment) {
        session.call(tracker -> tracker.delete(commitment.id()), deleted -> {
            status.set(messages.get("ui.undo.deleted", commitment.title()));
            lastDeleted.set(commitment);
            chosen.set(new Chosen(null, false));
            refresh();
        }, this::failed);
    }

    /** The commitment just deleted, while the status bar offers to undo it; null otherwise. */
    public ReadOnlyObjectProperty<Commitment> lastDeletedProperty() {
        return lastDeleted.getReadOnlyProperty();
    }

    /** The offer to undo the last delete is over (its time is up, or something else happened). */
    public void forgetLastDeleted() {
        lastDeleted.set(null);
    }

    /** Puts a deleted commitment back from the bin, with its history, and shows it. */
    public void undelete(long id) {
        lastDeleted.set(null);
        call(tracker -> tracker.undelete(id), restored -> {
            status.set(messages.get("bin.restored", restored.commitment().title()));
            refresh(() -> chosen.set(new Chosen(id, false)));
        });
    }

    /**
     * One status for several commitments, in one transaction (one history entry each); after the form let
     * go of its edits, since one of them may be the one it shows. A refusal changes nothing and says why.
     */
    public void changeStatuses(List<Long> ids, nl.toezeggingen.domain.Status newStatus, LocalDate on, String by,
            Consumer<nl.toezeggingen.app.StatusChangeRefused> refused) {
        List<Long> chosenIds = List.copyOf(ids);
        call(tracker -> tracker.changeStatuses(chosenIds, newStatus, on, by), changed -> {
            status.set(messages.get("ui.statusChange.done", changed.size(), messages.status(newStatus)));
            refresh();
        }, error -> {
            if (error instanceof nl.toezeggingen.app.StatusChangeRefused refusal) {
                refused.accept(refusal);
            } else {
                failed(error);
            }
        });
    }

    /**
     * Postpones one commitment (issue 19); {@code refused} hears the program's refusals (shown at their fields),
     * other failures are shown the usual way. The warnings of a postponement made go in the status line.
     */
    public void postpone(long id, String to, String reason, String informedBy,
            Consumer<List<nl.toezeggingen.app.Rappel.Note>> refused) {
        call(tracker -> tracker.rappel().postpone(id, to, reason, informedBy), done -> {
            String said = messages.get("ui.postpone.done", done.commitment().title(), done.commitment().deadline().latest());
            for (nl.toezeggingen.app.Rappel.Note warning : done.warnings()) {
                said += " " + messages.note(warning);
            }
            status.set(said);
            refresh();
        }, error -> {
            if (error instanceof nl.toezeggingen.app.Rappel.Refused refusal) {
                refused.accept(refusal.notes());
            } else {
                failed(error);
            }
        });
    }

    public void setHorizon(int days) {
        call(tracker -> {
            tracker.setHorizonDays(days);
            return true;
        }, done -> refresh());
    }

    public void hideOverduePanelToday() {
        call(tracker -> {
            tracker.hideOverduePanelToday();
            return true;
        }, done -> { });
    }

    public void loadDemo() {
        call(Tracker::loadDemo, added -> {
            status.set(messages.get("ui.demo.loaded", added));
            refresh();
        });
    }

    /** The history of one commitment in the user's words; an unreadable one (deleted meanwhile) is empty. */
    public void history(long id, Consumer<List<HistoryEntry>> found) {
        session.call(tracker -> historyWords.entries(tracker.history(id)), found, error -> found.accept(List.of()));
    }

    /** Past midnight the same deadlines mean other urgencies: called every second, reads again when the day changed. */
    public void checkTheDate() {
        LocalDate now = LocalDate.now(clock);
        if (!now.equals(day)) {
            day = now;
            if (isOpen()) {
                refresh();
            }
        }
    }

    /** The program's today (the clock given at start, so `--today` replays a day in the window too). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Work on the data whose failure is shown the usual way. */
    public <T> void call(Function<Tracker, T> work, Consumer<? super T> done) {
        session.call(work, done, this::failed);
    }

    private <T> void call(Function<Tracker, T> work, Consumer<? super T> done, Consumer<Throwable> failure) {
        session.call(work, done, failure);
    }
}
