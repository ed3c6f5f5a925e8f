package nl.toezeggingen.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.deadline.ParliamentCalendar;
import nl.toezeggingen.domain.deadline.Recess;
import nl.toezeggingen.domain.deadline.RecessKind;
import nl.toezeggingen.report.timeline.TimelineData;

/** What the timeline shows: every commitment as tracked today, with the recesses of the years they span. */
public final class TimelineSource {
    private TimelineSource() {
    }

    public static TimelineData of(Tracker tracker) {
        return of(tracker, tracker.list());
    }

    /** For a list already read (the table's): the calendar is the one the tracker's deadlines use. */
    public static TimelineData of(Tracker tracker, List<TrackedCommitment> all) {
        ParliamentCalendar calendar = tracker.deadlines().calendar();
        return new TimelineData(all, recesses(calendar, all, tracker.today()), tracker.today());
    }

    /** The calendar's rows plus, for years it lacks, the estimated summer and Christmas recesses. */
    static List<Recess> recesses(ParliamentCalendar calendar, List<TrackedCommitment> all, LocalDate today) {
        int first = today.getYear() - 1;
        int last = today.getYear() + 1;
        for (TrackedCommitment t : all) {
            LocalDate latest = t.commitment().deadline().latest();
            if (latest != null) {
                first = Math.min(first, latest.getYear());
                last = Math.max(last, latest.getYear());
            }
        }
        List<Recess> rows = new ArrayList<>(calendar.rows());
        Set<String> present = new TreeSet<>();
        rows.forEach(r -> present.add(r.kind() + "/" + r.year()));
        for (int year = Math.max(first, 1900); year <= Math.min(last, 2200); year++) {
            for (RecessKind kind : List.of(RecessKind.ZOMERRECES, RecessKind.KERSTRECES)) {
                if (!present.contains(kind + "/" + year)) {
                    calendar.recessOrEstimate(kind, year).ifPresent(rows::add);
                }
            }
        }
        return rows;
    }
}
