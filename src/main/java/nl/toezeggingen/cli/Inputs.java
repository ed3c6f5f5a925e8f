package nl.toezeggingen.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.FieldRules;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.Text;

/** Turns what was typed on the command line into values, with a message in the user's language when it cannot. */
final class Inputs {
    // Strict: 31-02-2025 is refused, not quietly turned into 3 March.
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Inputs() {
    }

    static LocalDate date(String text, Messages messages) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {ISO, DUTCH}) {
            try {
                LocalDate date = LocalDate.parse(value, format);
                if (!FieldRules.yearAllowed(date)) {
                    throw new BadInput(messages.get("validation.date.yearTyped", Text.printable(value),
                            FieldRules.MIN_YEAR, FieldRules.MAX_YEAR));
                }
                return date;
            } catch (DateTimeParseException e) {
                // try the next form
            } catch (DateTimeException e) {
                break;
            }
        }
        throw new BadInput(messages.get("validation.date.invalid", Text.printable(value)));
    }

    static Status status(String text, Messages messages) {
        return Status.parse(text).orElseThrow(() ->
                new BadInput(messages.get("validation.status.unknown", Text.printable(text))));
    }

    /** A number of days from 0 to 365: the due-soon horizon. */
    static int days(String text, Messages messages) {
        try {
            int days = Integer.parseInt(text.strip());
            if (days >= 0 && days <= nl.toezeggingen.domain.Urgency.MAX_HORIZON_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInput(messages.get("validation.horizon.invalid", Text.printable(text),
                nl.toezeggingen.domain.Urgency.MAX_HORIZON_DAYS));
    }

    /** --format text|json: true for json; anything else is refused. */
    static boolean isJson(String format, Messages messages) {
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new BadInput(messages.get("cli.format.unknown", Text.printable(format), "text, json"));
        };
    }

    static Long id(String text, Messages messages) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInput(messages.get("cli.id.invalid", Text.printable(text)));
    }
}
