package nl.toezeggingen.app;

import java.time.LocalDate;
import java.util.List;
import nl.toezeggingen.domain.agenda.Agenda;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.store.EventStore;

/**
 * The user's agenda: the debates, budget moments and letters that deadlines can be tied to. Every change is
 * checked first and written whole or not at all. From {@link Tracker#events()}.
 */
public final class Events {
    private final Tracker tracker;
    private final EventStore store;

    Events(Tracker tracker) {
        this.tracker = tracker;
        this.store = tracker.agendaStore();
    }

    /** An event as it is now, and the commitments whose deadline moved with it (each move in its history). */
    public record Changed(Event event, List<Move> moves) {
        /** The moved commitments as they are now. */
        public List<nl.toezeggingen.domain.Commitment> moved() {
            return moves.stream().map(Move::moved).toList();
        }
    }

    /** The user's events, by date, those without one last. */
    public List<Event> list() {
        return store.all();
    }

    /** The user's events with the shipped moments behind them, as the deadline language reads them. */
    public Agenda agenda() {
        return Agenda.of(store.all());
    }

    /**
     * Keeps a new event; refused whole (nothing written) when it is not valid. Deadlines that named it while
     * the agenda lacked it are tied to it now.
     */
    public Changed add(Event event) {
        Event valid = event.validated();
        Deadlines before = tracker.deadlines();
        Event added = store.insert(valid);
        return new Changed(added, tracker.agendaChanged(added.id(), before));
    }

    /**
     * Gives the event another day and re-resolves the deadlines tied to it (those whose dates still follow their
     * phrase: dates typed by hand stay).
     *
     * @throws NoSuchEvent when there is no event with that id
     */
    public Changed move(long id, LocalDate date) {
        return change(find(id).movedTo(date));
    }

    /**
     * Writes the event's fields (its id says which: a new name, kind, window or status, such as "officieel" once
     * the Kamer confirms it) and re-resolves what rests on it, as {@link #move}.
     *
     * @throws NoSuchEvent when there is no event with that id
     */
    public Changed change(Event event) {
        Event valid = event.validated();
        Deadlines before = tracker.deadlines();
        if (valid.id() == null || !store.update(valid)) {
            throw new NoSuchEvent(valid.id() == null ? -1 : valid.id());
        }
        return new Changed(valid, tracker.agendaChanged(valid.id(), before));
    }

    /**
     * What {@link #change} (an event with an id) or {@link #add} (one without) would move, shown before the user
     * confirms; nothing is written.
     */
    public List<Move> preview(Event event) {
        Event valid = event.validated();
        if (valid.id() != null) {
            find(valid.id());
        }
        return tracker.agendaPreview(valid);
    }

    /** How many commitments (in the bin too) rest on the event: removing it needs their untying. */
    public int tiedCount(long id) {
        return store.tiedCount(id);
    }

    /**
     * Removes the event. While deadlines are tied to it, only with {@code untie} (they keep their phrase and
     * dates, no longer tied): a deadline never loses what it rests on without the user saying so.
     *
     * @throws NoSuchEvent when there is no event with that id
     * @throws StillTied   when deadlines are tied to it and {@code untie} is false; nothing is removed
     */
    public void remove(long id, boolean untie) {
        find(id);
        int tied = store.tiedCount(id);
        if (tied > 0 && !untie) {
            throw new StillTied(id, tied);
        }
        Deadlines before = tracker.deadlines();
        if (!store.delete(id, untie, tracker.user(), tracker.clock().instant())) {
            throw new NoSuchEvent(id);
        }
        tracker.agendaChanged(id, before);
    }

    /** The event with this id. @throws NoSuchEvent when there is none */
    public Event find(long id) {
        return store.find(id).orElseThrow(() -> new NoSuchEvent(id));
    }

    /** No event with this id in the agenda. */
    public static final class NoSuchEvent extends RuntimeException {
        private final long id;

        NoSuchEvent(long id) {
            super("no event " + id);
            this.id = id;
        }

        public long id() {
            return id;
        }
    }

    /** An event that deadlines still rest on; nothing was removed. */
    public static final class StillTied extends RuntimeException {
        private final long id;
        private final int tied;

        StillTied(long id, int tied) {
            super("event " + id + " has " + tied + " tied deadlines");
            this.id = id;
            this.tied = tied;
        }

        public long id() {
            return id;
        }

        public int tied() {
            return tied;
        }
    }
}
