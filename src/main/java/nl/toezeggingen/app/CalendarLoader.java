package nl.toezeggingen.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.toezeggingen.domain.deadline.CalendarFormatException;
import nl.toezeggingen.domain.deadline.CalendarSheet;
import nl.toezeggingen.domain.deadline.ParliamentCalendar;

/** The shipped recess calendar, corrected and extended by the user's {@code kalender.csv}. */
public final class CalendarLoader {
    public static final String RESOURCE = "/nl/toezeggingen/calendar/recesses.csv";
    public static final String USER_FILE = "kalender.csv";

    private CalendarLoader() {
    }

    /** @throws CalendarFormatException when the user's file cannot be read or has a broken line */
    public static ParliamentCalendar load(Path dataDirectory) {
        return shippedCalendar().withOverrides(ParliamentCalendar.of(own(dataDirectory).recesses()));
    }

    /** The calendar as it ships, without the user's corrections. */
    static ParliamentCalendar shippedCalendar() {
        return ParliamentCalendar.parse(RESOURCE, shipped());
    }

    /**
     * The user's own file as it is (empty when there is none). Its moment rows are read only by
     * {@code calendar import}: the agenda lives in the database, so it travels with the backups.
     *
     * @throws CalendarFormatException when the file cannot be read or has a broken line
     */
    static CalendarSheet own(Path dataDirectory) {
        Path userFile = dataDirectory == null ? null : dataDirectory.resolve(USER_FILE);
        if (userFile == null || !Files.isRegularFile(userFile)) {
            return new CalendarSheet(List.of(), List.of());
        }
        return read(userFile);
    }

    /** A calendar file in the user's hands: kalender.csv or one given to {@code calendar import}. */
    static CalendarSheet read(Path file) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Also the answer to a file saved as ANSI by a spreadsheet: the message asks for UTF-8.
            throw new CalendarFormatException("deadline.calendar.unreadable", file.toString(), 0, null,
                    "cannot read the file as UTF-8 text (" + e.getMessage() + ")");
        }
        return CalendarSheet.read(file.toString(), content);
    }

    private static String shipped() {
        try (InputStream in = CalendarLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the application is incomplete: " + RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
