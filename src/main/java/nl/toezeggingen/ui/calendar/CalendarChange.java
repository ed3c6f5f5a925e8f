package nl.toezeggingen.ui.calendar;

import java.util.List;
import nl.toezeggingen.app.Move;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.deadline.RecessKind;
import nl.toezeggingen.domain.deadline.RecessRow;

/**
 * What the user asks of the calendar window, run on the background thread: first {@link #preview} (what
 * moves, nothing written), then, once confirmed, {@link #apply}.
 */
sealed interface CalendarChange {
    List<Move> preview(Tracker tracker);

    List<Move> apply(Tracker tracker);

    /** A recess given other dates, a status or a source; or a new one. */
    record RecessCorrected(RecessRow row) implements CalendarChange {
        @Override
        public List<Move> preview(Tracker tracker) {
            return tracker.recesses().preview(row);
        }

        @Override
        public List<Move> apply(Tracker tracker) {
            return tracker.recesses().correct(row);
        }
    }

    /** The user's own row dropped: the shipped one (or the rule) applies again. */
    record RecessReverted(RecessKind kind, int year) implements CalendarChange {
        @Override
        public List<Move> preview(Tracker tracker) {
            return tracker.recesses().previewRevert(kind, year);
        }

        @Override
        public List<Move> apply(Tracker tracker) {
            return tracker.recesses().revert(kind, year);
        }
    }

    /** A moment added (no id) or changed (its id). */
    record MomentSaved(Event event) implements CalendarChange {
        @Override
        public List<Move> preview(Tracker tracker) {
            return tracker.events().preview(event);
        }

        @Override
        public List<Move> apply(Tracker tracker) {
            return event.id() == null ? tracker.events().add(event).moves() : tracker.events().change(event).moves();
        }
    }

    /** A moment removed; the deadlines tied to it keep their text and dates ({@code untie}, asked for first). */
    record MomentRemoved(long id) implements CalendarChange {
        @Override
        public List<Move> preview(Tracker tracker) {
            return List.of();
        }

        @Override
        public List<Move> apply(Tracker tracker) {
            tracker.events().remove(id, true);
            return List.of();
        }
    }
}
