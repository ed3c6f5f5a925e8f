package nl.toezeggingen.ui.detail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.StringConverter;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.FieldRules;
import nl.toezeggingen.domain.Problem;

/**
 * Dates as people type them: ISO (2024-07-04) and the Dutch 4-7-2024 (also with / or .). Strict, so
 * 2024-13-45 or 31-2-2024 is refused. A DatePicker drops text its converter cannot read without a
 * word (or, when the converter throws, lets the exception escape); this converter keeps the date it
 * had and remembers the refused text, so the form can say so beside the field.
 */
public final class DateText extends StringConverter<LocalDate> {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d-M-uuuu");
    private static final List<DateTimeFormatter> READ = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    private final ReadOnlyStringWrapper refused = new ReadOnlyStringWrapper();
    private final Supplier<LocalDate> current;

    /** {@code current} gives the date shown before the text was typed; it stays when the text is no date. */
    public DateText(Supplier<LocalDate> current) {
        this.current = current;
    }

    /**
     * Empty for blank text; throws DateTimeParseException for text that is no date, or a date in a year
     * outside {@link FieldRules} (what the command line and the imports refuse too).
     */
    public static Optional<LocalDate> parse(String text) {
        Optional<LocalDate> date = read(text);
        if (date.isPresent() && !FieldRules.yearAllowed(date.get())) {
            throw new DateTimeParseException("year outside " + FieldRules.MIN_YEAR + "-" + FieldRules.MAX_YEAR,
                    text.strip(), 0);
        }
        return date;
    }

    /** Why {@code typed}, refused by {@link #parse}, is no date for {@code field}: a year out of range, or no date at all. */
    public static Problem problem(Commitment.Field field, String typed) {
        String text = typed.strip();
        try {
            read(text);
            return new Problem(field, "validation.date.yearTyped", text, FieldRules.MIN_YEAR, FieldRules.MAX_YEAR);
        } catch (DateTimeParseException e) {
            return new Problem(field, "validation.date.invalid", text);
        }
    }

    private static Optional<LocalDate> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip();
        for (DateTimeFormatter format : READ) {
            try {
                return Optional.of(LocalDate.parse(typed, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        throw new DateTimeParseException("not a date", typed, 0);
    }

    /** The text last refused, or null once a date (or nothing) was read again. */
    public ReadOnlyStringProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    @Override
    public String toString(LocalDate date) {
        return show(date);
    }

    /** A date as the form shows it ("5-7-2024"); empty for none. */
    public static String show(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    @Override
    public LocalDate fromString(String text) {
        try {
            LocalDate date = parse(text).orElse(null);
            refused.set(null);
            return date;
        } catch (DateTimeParseException e) {
            refused.set(text.strip());
            return current.get();
        }
    }
}
