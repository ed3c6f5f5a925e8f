package nl.toezeggingen.domain.overview;

import java.util.List;
import nl.toezeggingen.domain.Urgency;

/** One part of the overview (Te laat, Binnenkort, ...), its rows in groups; ungrouped it holds one group. */
public record Section(Kind kind, List<Group> groups) {

    public Section {
        groups = List.copyOf(groups);
    }

    public enum Kind {
        /**
         * {@code WAITING_FOR_DATE}: open, tied to a moment that has no date yet. Its urgency is NO_DEADLINE (nothing
         * can be late yet), but it has a deadline: it is shown apart, as a to-do (pick the date), not as "zonder
         * termijn" and never under a date it does not have.
         */
        OVERDUE, DUE_SOON, ON_TRACK, WAITING_FOR_DATE, NO_DEADLINE, RECENTLY_DONE;

        /** Where a commitment belongs: by its urgency, except one waiting for its moment's date. */
        public static Kind of(nl.toezeggingen.domain.TrackedCommitment tracked) {
            Kind kind = of(tracked.urgency());
            return kind == NO_DEADLINE && tracked.commitment().deadline().waitsForDate() ? WAITING_FOR_DATE : kind;
        }

        /** Where an urgency belongs; closed ones under recently done, which the overview narrows by date. */
        public static Kind of(Urgency urgency) {
            return switch (urgency) {
                case OVERDUE -> OVERDUE;
                case DUE_SOON -> DUE_SOON;
                case ON_TRACK -> ON_TRACK;
                case NO_DEADLINE -> NO_DEADLINE;
                case CLOSED -> RECENTLY_DONE;
            };
        }
    }

    public List<Row> rows() {
        return groups.stream().flatMap(g -> g.rows().stream()).toList();
    }

    public boolean isEmpty() {
        return groups.stream().allMatch(g -> g.rows().isEmpty());
    }

    /** Rows under one dossier and action line; both null when the overview is not grouped. */
    public record Group(String dossier, String line, List<Row> rows) {
        public Group {
            rows = List.copyOf(rows);
        }

        public boolean hasHeading() {
            return dossier != null || line != null;
        }
    }
}
