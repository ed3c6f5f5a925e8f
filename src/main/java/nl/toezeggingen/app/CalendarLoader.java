package nl.toezeggingen.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.toezeggingen.domain.deadline.CalendarFormatException;
import nl.toezeggingen.domain.deadline.ParliamentCalendar;

/** The shipped recess calendar, corrected and extended by the user's {@code kalender.csv}. */
public final class CalendarLoader {
    public static final String RESOURCE = "/nl/toezeggingen/calendar/recesses.csv";
    public static final String USER_FILE = "kalender.csv";

    private CalendarLoader() {
    }

    /** @throws CalendarFormatException when the user's file cannot be read or has a broken line */
    public static ParliamentCalendar load(Path dataDirectory) {
        ParliamentCalendar shipped = ParliamentCalendar.parse(RESOURCE, shipped());
        Path userFile = dataDirectory == null ? null : dataDirectory.resolve(USER_FILE);
        if (userFile == null || !Files.isRegularFile(userFile)) {
            return shipped;
        }
        String content;
        try {
            content = Files.readString(userFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Also the answer to a file saved as ANSI by a spreadsheet: the message asks for UTF-8.
            throw new CalendarFormatException("deadline.calendar.unreadable", userFile.toString(), 0, null,
                    "cannot read the file as UTF-8 text (" + e.getMessage() + ")");
        }
        return shipped.withOverrides(ParliamentCalendar.parse(userFile.toString(), content));
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
