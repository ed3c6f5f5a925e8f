package nl.toezeggingen.domain.deadline;

import java.time.LocalDate;
import java.util.Objects;

/** One recess, both days inclusive (a recess runs from a Friday to a Monday). */
public record Recess(RecessKind kind, LocalDate first, LocalDate last, Certainty certainty) {

    public Recess {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(certainty, "certainty");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("recess ends before it starts: " + first + " .. " + last);
        }
    }

    /** The year the recess belongs to: the year of its first day (so a kerstreces belongs to its December). */
    public int year() {
        return first.getYear();
    }

    /** The last sitting day before the recess: what "voor de zomer" means. */
    public LocalDate dayBefore() {
        return first.minusDays(1);
    }

    public LocalDate dayAfter() {
        return last.plusDays(1);
    }
}
