package nl.toezeggingen.ui.main;

import java.time.LocalDate;
import java.util.List;
import nl.toezeggingen.app.Deadlines;
import nl.toezeggingen.app.TimelineSource;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.report.timeline.TimelineData;

/**
 * Everything the window shows, read in one go on the disk thread: the list with its urgencies, what the
 * overdue bar warns about, the timeline's data and the day it was all computed for. Each pane takes its
 * part; none of them goes to the disk itself.
 */
public record WindowSnapshot(List<TrackedCommitment> list, List<TrackedCommitment> overdue, int horizonDays,
        boolean overduePanelHidden, LocalDate today, Deadlines deadlines, TimelineData timeline, String ownName) {

    public WindowSnapshot {
        list = List.copyOf(list);
        overdue = List.copyOf(overdue);
    }

    /** Reads everything but the list, which the caller has just read (or was handed at start-up). */
    static WindowSnapshot read(Tracker tracker, List<TrackedCommitment> list) {
        int horizon = tracker.horizonDays();
        return new WindowSnapshot(list, tracker.overdue(horizon), horizon, tracker.overduePanelHiddenToday(),
                tracker.today(), tracker.deadlines(), TimelineSource.of(tracker, list),
                tracker.settings().get(nl.toezeggingen.app.Setting.OWN_NAME));
    }

    /**
     * The list read while the window was starting, before the data was handed to the window: enough for
     * the table's first frame. The full snapshot follows as soon as the data is the window's.
     */
    static WindowSnapshot firstList(List<TrackedCommitment> list) {
        return new WindowSnapshot(list, List.of(), 0, true, null, null, null, "");
    }

    /** False for {@link #firstList}: the overdue bar, the timeline and the form wait for the full one. */
    public boolean complete() {
        return today != null;
    }

    public java.util.Optional<TrackedCommitment> find(Long id) {
        return id == null ? java.util.Optional.empty()
                : list.stream().filter(t -> id.equals(t.commitment().id())).findFirst();
    }
}
