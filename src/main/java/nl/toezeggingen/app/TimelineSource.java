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
import nl.toezeggingen.domain.deadline.Resolution;
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
        return new TimelineData(all, recesses(calendar, all, tracker.today()), tracker.today(),
                laterOccurrences(tracker.deadlines(), all));
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
