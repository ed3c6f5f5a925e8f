package nl.toezeggingen.domain.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar line format: {@code reces,eerste dag,laatste dag,status[,bron]}, '#' starts a comment.
 * Semicolons are accepted as well as commas because a spreadsheet on a Dutch PC saves with semicolons;
 * and d-M-yyyy next to ISO dates for the same reason.
 */
final class CalendarFile {
    private static final Pattern SEPARATOR = Pattern.compile("[;,]");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DUTCH = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})");

    private CalendarFile() {
    }

    static List<Recess> read(String sourceName, String content) {
        List<Recess> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            String line = (i == 0 ? raw.replace("\uFEFF", "") : raw).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Recess recess = row(sourceName, i + 1, line);
            if (!seen.add(recess.kind() + "/" + recess.year())) {
                throw new CalendarFormatException("deadline.calendar.duplicate", sourceName, i + 1, line,
                        "a second row for " + recess.kind().word() + " " + recess.year());
            }
            rows.add(recess);
        }
        return rows;
    }

    private static Recess row(String source, int number, String line) {
        String[] cells = SEPARATOR.split(line, 5);
        if (cells.length < 4) {
            throw new CalendarFormatException("deadline.calendar.columns", source, number, line,
                    "expected recess,first day,last day,status");
        }
        RecessKind kind = RecessKind.fromWord(cells[0]).orElseThrow(() -> new CalendarFormatException(
                "deadline.calendar.kind", source, number, line, "unknown recess '" + cells[0].strip() + "'"));
        LocalDate first = date(cells[1]).orElseThrow(() -> new CalendarFormatException(
                "deadline.calendar.date", source, number, line, "not a date: '" + cells[1].strip() + "'"));
        LocalDate last = date(cells[2]).orElseThrow(() -> new CalendarFormatException(
                "deadline.calendar.date", source, number, line, "not a date: '" + cells[2].strip() + "'"));
        if (last.isBefore(first)) {
            throw new CalendarFormatException("deadline.calendar.order", source, number, line,
                    "the last day is before the first day");
        }
        Certainty certainty = certainty(cells[3]).orElseThrow(() -> new CalendarFormatException(
                "deadline.calendar.certainty", source, number, line,
                "status must be officieel/official or onbevestigd/unverified"));
        return new Recess(kind, first, last, certainty);
    }

    private static Optional<LocalDate> date(String cell) {
        String text = cell.strip();
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher dutch = DUTCH.matcher(text);
            if (dutch.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(dutch.group(3)), Integer.parseInt(dutch.group(2)),
                        Integer.parseInt(dutch.group(1))));
            }
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Certainty> certainty(String cell) {
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "officieel", "official" -> Optional.of(Certainty.OFFICIAL);
            case "onbevestigd", "unverified" -> Optional.of(Certainty.UNVERIFIED);
            default -> Optional.empty();
        };
    }
}
