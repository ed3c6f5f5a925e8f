package nl.toezeggingen.ui.calendar;

import java.util.ArrayList;
import java.util.List;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.agenda.EventKind;
import nl.toezeggingen.domain.deadline.RecessKind;

/** The "Soort" of a calendar row: a recess of one kind, or a moment of one kind. */
record Sort(RecessKind recess, EventKind moment) {
    boolean isRecess() {
        return recess != null;
    }

    String label(Messages messages) {
        return isRecess() ? messages.get("ui.calendar.sort.recess", recess.word())
                : messages.get("agenda.kind." + moment.json());
    }

    static List<Sort> moments() {
        List<Sort> sorts = new ArrayList<>();
        for (EventKind kind : EventKind.values()) {
            sorts.add(new Sort(null, kind));
        }
        return sorts;
    }

    static List<Sort> recesses() {
        List<Sort> sorts = new ArrayList<>();
        for (RecessKind kind : RecessKind.values()) {
            sorts.add(new Sort(kind, null));
        }
        return sorts;
    }
}
