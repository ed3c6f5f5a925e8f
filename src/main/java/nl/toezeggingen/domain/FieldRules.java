package nl.toezeggingen.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import nl.toezeggingen.domain.Commitment.Field;

/**
 * The limits every way in shares (the command line, the window, every import), so that what one of them
 * accepts the others accept too, and `list --format json` always reads back whole.
 * The lengths are the widths of the columns in V1__commitments.sql; text and notes are unbounded there,
 * the limit is ours (a page of text is a few thousand characters; beyond 100,000 it is a pasted file).
 * Lengths count Java chars, as H2 does, after {@link Text#clean} has stripped and removed what it removes.
 */
public final class FieldRules {
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2200;

    private static final Map<Field, Integer> MAX_LENGTH;

    static {
        Map<Field, Integer> max = new EnumMap<>(Field.class);
        max.put(Field.REFERENCE, 100);
        max.put(Field.TITLE, 2000);
        max.put(Field.TEXT, 100_000);
        max.put(Field.DOSSIER, 500);
        max.put(Field.LINE, 500);
        max.put(Field.DEADLINE_PHRASE, 1000);
        max.put(Field.MADE_IN, 1000);
        max.put(Field.MADE_BY, 500);
        max.put(Field.OWNER, 500);
        max.put(Field.FULFILLED_BY, 1000);
        max.put(Field.NOTES, 100_000);
        max.put(Field.COMMITTEE, 500);
        // All names together, as stored: "A. Jansen (GL-PvdA); P. de Vries (VVD)".
        max.put(Field.PROMISED_TO, 2000);
        MAX_LENGTH = Collections.unmodifiableMap(max);
    }

    private FieldRules() {
    }

    /** Per text field, the most characters it may hold. */
    public static Map<Field, Integer> maxLengths() {
        return MAX_LENGTH;
    }

    public static int maxLength(Field field) {
        return MAX_LENGTH.get(field);
    }

    /** True for a value the field can hold; null (absent) always fits. */
    public static boolean fits(Field field, String value) {
        return value == null || value.length() <= MAX_LENGTH.get(field);
    }

    /**
     * Years from 1900 to 2200: every promise in a register falls well inside, and outside them a typo
     * (0024, +20245) would pass unseen and break exports that cannot write such a year.
     */
    public static boolean yearAllowed(LocalDate date) {
        return date == null || (date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR);
    }

    /** The problem with a date's year at {@code field}, if it has one. */
    public static Optional<Problem> yearProblem(Field field, LocalDate date) {
        return yearAllowed(date) ? Optional.empty()
                : Optional.of(new Problem(field, "validation.date.year", field, date.getYear(), MIN_YEAR, MAX_YEAR));
    }

    /** The problem with a value's length at {@code field}, if it has one. */
    public static Optional<Problem> lengthProblem(Field field, String value) {
        return fits(field, value) ? Optional.empty()
                : Optional.of(new Problem(field, "validation.tooLong", field, value.length(), maxLength(field)));
    }
}
