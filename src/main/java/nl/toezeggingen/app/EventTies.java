package nl.toezeggingen.app;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.deadline.Resolution;
import nl.toezeggingen.report.CommitmentContext;

/**
 * The moments the register's deadlines are tied to, read once for one rendering (a list, an overview): the
 * agenda's event by the stored tie; for a deadline the agenda lacks a moment for, the moment as its phrase names
 * it (no id, no date). Never a date the deadline does not rest on: a shipped moment ("bij de Voorjaarsnota") is
 * named with its date only while the stored dates are still what the phrase gives. Not for several threads.
 */
final class EventTies implements CommitmentContext {
    private final Map<Long, Event> byId = new HashMap<>();
    private final Deadlines deadlines;
    private final LocalDate today;
    /** One look-up per phrase and day: a register repeats "voor het commissiedebat X" many times. */
    private final Map<List<Object>, Event> named = new HashMap<>();

    EventTies(List<Event> agenda, Deadlines deadlines, LocalDate today) {
        agenda.forEach(e -> byId.put(e.id(), e));
        this.deadlines = deadlines;
        this.today = today;
    }

    @Override
    public Event event(Commitment commitment) {
        Deadline d = commitment.deadline();
        if (!d.isEvent()) {
            return null;
        }
        Long id = d.event() == null ? null : d.event().id();
        Event tied = id == null ? null : byId.get(id);
        if (tied != null) {
            return tied;
        }
        LocalDate from = commitment.madeOn() != null ? commitment.madeOn() : today;
        return named.computeIfAbsent(java.util.Arrays.asList(d.phrase(), from, d.earliest(), d.latest()),
                k -> fromPhrase(d, from));
    }

    private Event fromPhrase(Deadline d, LocalDate from) {
        Resolution resolution = d.phrase() == null ? null : deadlines.resolve(d.phrase(), from);
        Event event = resolution == null || !resolution.understood() ? null : resolution.event();
        if (event == null) {
            String name = d.event() == null ? null : d.event().name();
            return new Event(null, name, null, null, null, null, null, null, false);
        }
        boolean sameDates = Objects.equals(resolution.deadline().earliest(), d.earliest())
                && Objects.equals(resolution.deadline().latest(), d.latest());
        if (event.rule() && sameDates) {
            return event;
        }
        // Not tied (the agenda's event is not what it rests on), or dates typed over the rule's: the name only.
        return new Event(null, event.name(), event.kind(), null, null, event.status(), event.dossier(), null, false);
    }
}
