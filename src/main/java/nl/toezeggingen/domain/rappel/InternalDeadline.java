package nl.toezeggingen.domain.rappel;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The day a piece must reach the minister: a number of working days before the Kamer's deadline (issue 19).
 * Working days are Monday to Friday; public holidays are not left out (a ministry's own calendar decides
 * those), so with a holiday in between the internal deadline is a day later than the house would count.
 */
public final class InternalDeadline {
    /** The house rule unless a dossier says otherwise: two working weeks for the parafeerroute. */
    public static final int DEFAULT_WORKING_DAYS = 10;
    public static final int MAX_WORKING_DAYS = 60;

    private InternalDeadline() {
    }

    /** {@code workingDays} working days before {@code kamerDeadline}; null without a Kamer deadline. */
    public static LocalDate before(LocalDate kamerDeadline, int workingDays) {
        if (kamerDeadline == null) {
            return null;
        }
        if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("working days out of range: " + workingDays);
        }
        LocalDate day = kamerDeadline;
        int left = workingDays;
        while (left > 0) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    private static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
