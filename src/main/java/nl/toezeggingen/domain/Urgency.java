package nl.toezeggingen.domain;

import java.time.LocalDate;

/** How pressing a commitment is today. Never stored: always derived from deadline, status and a day. */
public enum Urgency {
    OVERDUE, DUE_SOON, ON_TRACK, NO_DEADLINE, CLOSED;

    public static final int DEFAULT_HORIZON_DAYS = 14;
    public static final int MAX_HORIZON_DAYS = 365;

    public static Urgency of(Deadline deadline, Status status, LocalDate today, int horizonDays) {
        if (status.isClosed()) {
            return CLOSED;
        }
        LocalDate latest = deadline == null ? null : deadline.latest();
        if (latest == null) {
            return NO_DEADLINE;
        }
        if (today.isAfter(latest)) {
            return OVERDUE;
        }
        return today.plusDays(horizonDays).isBefore(latest) ? ON_TRACK : DUE_SOON;
    }

    public static Urgency of(Commitment commitment, LocalDate today, int horizonDays) {
        return of(commitment.deadline(), commitment.status(), today, horizonDays);
    }
}
