package nl.toezeggingen.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.agenda.Agenda;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.agenda.EventStatus;
import nl.toezeggingen.domain.deadline.Resolution;
import nl.toezeggingen.domain.deadline.ParliamentCalendar;
import nl.toezeggingen.domain.deadline.Recess;
import nl.toezeggingen.domain.deadline.RecessKind;
import nl.toezeggingen.report.timeline.TimelineData;

/**
 * What the timeline shows: every commitment as tracked today, with the recesses of the years they span and the
 * agenda's moments.
 */
public final class TimelineSource {
    private TimelineSource() {
    }

    public static TimelineData of(Tracker tracker) {
        return of(tracker, tracker.list());
    }

    /**
     * For a list already read (the table's): the calendar and the agenda are the ones the tracker's deadlines
     * use, so a mark stands where the deadlines tied to it were resolved from.
     */
    public static TimelineData of(Tracker tracker, List<TrackedCommitment> all) {
        Deadlines deadlines = tracker.deadlines();
        ParliamentCalendar calendar = deadlines.calendar();
        int[] years = years(all, tracker.today());
        return new TimelineData(all, recesses(calendar, years), tracker.today(),
                laterOccurrences(deadlines, all), events(deadlines.agenda(), years), internalDeadlines(tracker, all));
    }

    /** The open ones' internal deadlines (typed, or by the rule of their dossier), by id. */
    private static Map<Long, LocalDate> internalDeadlines(Tracker tracker, List<TrackedCommitment> all) {
        nl.toezeggingen.report.CommitmentContext context = tracker.commitmentContext();
        Map<Long, LocalDate> days = new java.util.HashMap<>();
        for (TrackedCommitment t : all) {
            LocalDate day = context.internalDeadline(t.commitment());
            if (day != null && t.commitment().id() != null) {
                days.put(t.commitment().id(), day);
            }
        }
        return days;
    }

    /**
     * The moments drawn on the axis: every event of the user's that has a date, and of the shipped moments only
     * those the law gives a day (Prinsjesdag, Verantwoordingsdag), one per day (the Miljoenennota is offered on
     * Prinsjesdag). The Voorjaarsnota and Najaarsnota are left out: their rule gives a last day, not the day, and
     * a line on 31 May would claim one; once the user enters the real day it is the user's event and drawn.
     */
    static List<Event> events(Agenda agenda, int[] years) {
        List<Event> shown = new ArrayList<>(agenda.events().stream().filter(Event::hasDate).toList());
        Set<LocalDate> shippedDays = new TreeSet<>();
        for (int year = years[0]; year <= years[1]; year++) {
            for (Event event : agenda.inYear(year)) {
                if (event.rule() && event.status() == EventStatus.OFFICIAL && shippedDays.add(event.latest())) {
                    shown.add(event);
                }
            }
        }
        return shown;
    }

    /** How many occurrences after the coming one a recurring commitment shows: enough to see the rhythm. */
    static final int LATER_OCCURRENCES = 2;

    /** For every open recurring commitment with a date, the next ones, as if each were done on its day. */
    static Map<Long, List<LocalDate>> laterOccurrences(Deadlines deadlines, List<TrackedCommitment> all) {
        Map<Long, List<LocalDate>> later = new HashMap<>();
        for (TrackedCommitment t : all) {
            Commitment c = t.commitment();
            if (!c.deadline().isRecurring() || !c.deadline().hasDate() || c.status().isClosed()) {
                continue;
            }
            List<LocalDate> dates = new ArrayList<>();
            Deadline occurrence = c.deadline();
            for (int i = 0; i < LATER_OCCURRENCES; i++) {
                Resolution next = deadlines.next(occurrence, c.madeOn(), occurrence.latest());
                if (!next.understood() || !next.deadline().hasDate()
                        || !next.deadline().latest().isAfter(occurrence.latest())) {
                    break;
                }
                occurrence = next.deadline();
                dates.add(occurrence.latest());
            }
            if (!dates.isEmpty()) {
                later.put(c.id(), List.copyOf(dates));
            }
        }
        return later;
    }

    /** The years around today and those the deadlines fall in (within 1900 to 2200): first and last. */
    static int[] years(List<TrackedCommitment> all, LocalDate today) {
        int first = today.getYear() - 1;
        int last = today.getYear() + 1;
        for (TrackedCommitment t : all) {
            LocalDate latest = t.commitment().deadline().latest();
            if (latest != null) {
                first = Math.min(first, latest.getYear());
                last = Math.max(last, latest.getYear());
            }
        }
        return new int[] {Math.max(first, 1900), Math.min(last, 2200)};
    }

    /** The calendar's rows plus, for years it lacks, the estimated summer and Christmas recesses. */
    static List<Recess> recesses(ParliamentCalendar calendar, List<TrackedCommitment> all, LocalDate today) {
        return recesses(calendar, years(all, today));
    }

    private static List<Recess> recesses(ParliamentCalendar calendar, int[] years) {
        List<Recess> rows = new ArrayList<>(calendar.rows());
        Set<String> present = new TreeSet<>();
        rows.forEach(r -> present.add(r.kind() + "/" + r.year()));
        for (int year = years[0]; year <= years[1]; year++) {
            for (RecessKind kind : List.of(RecessKind.ZOMERRECES, RecessKind.KERSTRECES)) {
                if (!present.contains(kind + "/" + year)) {
                    calendar.recessOrEstimate(kind, year).ifPresent(rows::add);
                }
            }
        }
        return rows;
    }
}
