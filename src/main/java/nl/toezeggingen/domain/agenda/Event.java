package nl.toezeggingen.domain.agenda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.toezeggingen.domain.FieldRules;
import nl.toezeggingen.domain.Text;

/**
 * A named moment a deadline can be tied to: a debate, a budget moment, a letter, an election. It has a day,
 * a window (earliest and latest) or no date yet: debates are planned late and move often, and a commitment
 * tied to one waits for its date rather than getting an invented one.
 *
 * @param id       null until stored
 * @param earliest the first day it may fall on; equal to {@code latest} for a single day, null when only a last
 *                 day is known ("de Voorjaarsnota komt vóór 1 juni")
 * @param latest   the last day it may fall on; null for an event without a date yet
 * @param rule     true for the shipped rules of {@link FixedMoments}, which the user does not keep
 */
public record Event(Long id, String name, EventKind kind, LocalDate earliest, LocalDate latest, EventStatus status,
                    String dossier, String source, boolean rule) {

    /** The most characters a name, dossier or source may hold: as a commitment's dossier (FieldRules). */
    public static final int MAX_NAME = 500;
    public static final int MAX_SOURCE = 1000;

    /** Where a problem belongs, so that a form can show it at its field. */
    public enum Field { NAME, EARLIEST, LATEST, DOSSIER, SOURCE }

    public Event {
        name = Text.clean(name);
        kind = Objects.requireNonNullElse(kind, EventKind.OTHER);
        status = Objects.requireNonNullElse(status, EventStatus.UNCONFIRMED);
        dossier = Text.clean(dossier);
        source = Text.clean(source);
    }

    /** A user's event on one day (or without a date: {@code date} null). */
    public static Event on(String name, EventKind kind, LocalDate date, EventStatus status) {
        return new Event(null, name, kind, date, date, status, null, null, false);
    }

    public Event withId(Long newId) {
        return new Event(newId, name, kind, earliest, latest, status, dossier, source, rule);
    }

    /** The same event on another day: a debate that moved. */
    public Event movedTo(LocalDate date) {
        return new Event(id, name, kind, date, date, status, dossier, source, rule);
    }

    public boolean hasDate() {
        return latest != null;
    }

    /** The one day it falls on; null when it has no date or only a window ("vóór 1 juni"). */
    public LocalDate date() {
        return latest != null && latest.equals(earliest) ? latest : null;
    }

    /** True for a window, not a day: a deadline resting on it is an estimate. */
    public boolean isWindow() {
        return latest != null && !latest.equals(earliest);
    }

    /** Everything wrong with this event as it stands; empty when it may be saved. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (name == null) {
            problems.add(new Problem(Field.NAME, "validation.event.name.empty"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new Problem(Field.NAME, "validation.event.tooLong", name.length(), MAX_NAME));
        }
        if (dossier != null && dossier.length() > MAX_NAME) {
            problems.add(new Problem(Field.DOSSIER, "validation.event.tooLong", dossier.length(), MAX_NAME));
        }
        if (source != null && source.length() > MAX_SOURCE) {
            problems.add(new Problem(Field.SOURCE, "validation.event.tooLong", source.length(), MAX_SOURCE));
        }
        boolean yearsFine = year(Field.EARLIEST, earliest, problems) & year(Field.LATEST, latest, problems);
        if (yearsFine && earliest != null && earliest.isAfter(latest)) {
            problems.add(new Problem(Field.LATEST, "validation.event.window.reversed", earliest, latest));
        }
        return problems;
    }

    private static boolean year(Field field, LocalDate day, List<Problem> problems) {
        if (FieldRules.yearAllowed(day)) {
            return true;
        }
        problems.add(new Problem(field, "validation.event.date.year", day.getYear(), FieldRules.MIN_YEAR,
                FieldRules.MAX_YEAR));
        return false;
    }

    /** This event, or the problems that keep it from being saved; nothing is written when it throws. */
    public Event validated() {
        List<Problem> problems = problems();
        if (!problems.isEmpty()) {
            throw new InvalidEventException(problems);
        }
        return this;
    }

    /** One thing wrong with an event, as a message key with its arguments, tied to its field. */
    public record Problem(Field field, String key, List<Object> args) {
        public Problem(Field field, String key, Object... args) {
            this(field, key, List.of(args));
        }
    }
}
