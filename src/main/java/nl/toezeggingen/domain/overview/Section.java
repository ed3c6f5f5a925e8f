package nl.toezeggingen.domain.overview;

import java.util.List;
import nl.toezeggingen.domain.Urgency;

/** One part of the overview (Te laat, Binnenkort, ...), its rows in groups; ungrouped it holds one group. */
public record Section(Kind kind, List<Group> groups) {

    public Section {
        groups = List.copyOf(groups);
    }

    public enum Kind {
        OVERDUE, DUE_SOON, ON_TRACK, NO_DEADLINE, RECENTLY_DONE;

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
