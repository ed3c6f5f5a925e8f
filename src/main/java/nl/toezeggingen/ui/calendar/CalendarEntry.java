package nl.toezeggingen.ui.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Recesses;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.deadline.Certainty;
import nl.toezeggingen.domain.deadline.Recess;

/**
 * One row of the calendar window: a recess (shipped or the user's own) or one of the user's moments. The
 * window lists both in one table and on one year strip, so the words for each live here.
 */
record CalendarEntry(Recesses.Row recess, Event event) {

    static CalendarEntry of(Recesses.Row recess) {
        return new CalendarEntry(recess, null);
    }

    static CalendarEntry of(Event event) {
        return new CalendarEntry(null, event);
    }

    boolean isRecess() {
        return recess != null;
    }

    LocalDate first() {
        return isRecess() ? recess.recess().first() : event.earliest() != null ? event.earliest() : event.latest();
    }

    LocalDate last() {
        return isRecess() ? recess.recess().last() : event.latest();
    }

    boolean hasDate() {
        return last() != null;
    }

    /** Whether the row belongs on the year's page: it touches that year, or it is a moment without a date. */
    boolean inYear(int year) {
        if (!hasDate()) {
            return true;
        }
        return first().getYear() <= year && last().getYear() >= year;
    }

    /** Unconfirmed rows are the ones to check with the Kamer: the window offers "Bevestigen" for those. */
    boolean confirmed() {
        return isRecess() ? recess.recess().certainty() == Certainty.OFFICIAL
                : event.status() == nl.toezeggingen.domain.agenda.EventStatus.OFFICIAL;
    }

    String name() {
        if (isRecess()) {
            Recess r = recess.recess();
            return capital(r.kind().word()) + " " + r.year();
        }
        return event.name();
    }

    String kind(Messages messages) {
        return isRecess() ? messages.get("ui.calendar.kind.recess") : messages.get("agenda.kind." + event.kind().json());
    }

    /** In the short form ("4 jul. 2025 t/m 1 sep. 2025"), so that a window fits the column. */
    String dates(Messages messages) {
        if (!hasDate()) {
            return messages.get("cli.events.noDate");
        }
        java.time.format.DateTimeFormatter shortForm = java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(messages.locale());
        if (first() == null || first().equals(last())) {
            return (first() == null ? messages.get("ui.calendar.until") + " " : "") + shortForm.format(last());
        }
        return messages.get("cli.events.window", shortForm.format(first()), shortForm.format(last()));
    }

    String status(Messages messages) {
        if (isRecess()) {
            return messages.get(recess.recess().certainty() == Certainty.OFFICIAL
                    ? "agenda.status.officieel" : "agenda.status.onbevestigd");
        }
        return messages.get("agenda.status." + event.status().json());
    }

    /** Where the dates come from; for a shipped recess also that it ships with the program. */
    String source(Messages messages) {
        String source = isRecess() ? recess.row().source() : event.source();
        String from = isRecess() && !recess.own() ? messages.get("ui.calendar.shipped") : null;
        if (source == null) {
            return from == null ? "" : from;
        }
        return from == null ? source : from + ": " + source;
    }

    /** The rows of {@code year} by date, moments without a date last. */
    static List<CalendarEntry> ofYear(List<Recesses.Row> recesses, List<Event> events, int year) {
        List<CalendarEntry> entries = new ArrayList<>();
        recesses.stream().map(CalendarEntry::of).filter(e -> e.inYear(year)).forEach(entries::add);
        events.stream().map(CalendarEntry::of).filter(e -> e.inYear(year)).forEach(entries::add);
        entries.sort(Comparator.comparing(CalendarEntry::last, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CalendarEntry::name));
        return entries;
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
