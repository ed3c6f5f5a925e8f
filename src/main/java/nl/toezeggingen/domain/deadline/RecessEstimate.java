package nl.toezeggingen.domain.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The patterns that fit every row of the calendar in parliament.md, used for years the calendar lacks.
 * Summer: starts on the first Friday on or after 3 July (2021: 2 July was a Friday, yet the Kamer sat until
 * the 8th; 2022: 1 July was a Friday, the recess began on the 8th) and ends on the Monday 8 weeks and 3 days later. Christmas: starts on the last Friday on or before
 * 22 December and ends on the Monday 3 weeks and 3 days later (2023, 2024 and 2025 all fit).
 * The other recesses move with school holidays and Easter; no rule is offered for them.
 */
final class RecessEstimate {
    private RecessEstimate() {
    }

    static Optional<Recess> of(RecessKind kind, int year) {
        return switch (kind) {
            case ZOMERRECES -> Optional.of(summer(year));
            case KERSTRECES -> Optional.of(christmas(year));
            default -> Optional.empty();
        };
    }

    static Recess summer(int year) {
        LocalDate first = LocalDate.of(year, 7, 3).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        return new Recess(RecessKind.ZOMERRECES, first, first.plusWeeks(8).plusDays(3), Certainty.ESTIMATED);
    }

    static Recess christmas(int year) {
        LocalDate first = LocalDate.of(year, 12, 22).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        return new Recess(RecessKind.KERSTRECES, first, first.plusWeeks(3).plusDays(3), Certainty.ESTIMATED);
    }
}
