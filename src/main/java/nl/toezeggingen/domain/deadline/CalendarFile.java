package nl.toezeggingen.domain.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.agenda.EventKind;
import nl.toezeggingen.domain.agenda.EventStatus;

/**
 * Reads the calendar line format: {@code reces,eerste dag,laatste dag,status[,bron]} for a recess and
 * {@code moment,naam,soort,eerste dag,laatste dag,status[,dossier[,bron]]} for a moment; '#' starts a comment.
 * Semicolons are accepted as well as commas because a spreadsheet on a Dutch PC saves with semicolons;
 * and d-M-yyyy next to ISO dates for the same reason.
 */
final class CalendarFile {
    /** The first cell of a moment row (a debate, a budget moment), where a recess row has the recess's name. */
    static final String MOMENT = "moment";
    private static final Pattern SEPARATOR = Pattern.compile("[;,]");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DUTCH = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})");
    /** The Dutch words for the kinds, beside the JSON words, as a user writes them in a spreadsheet. */
    private static final Map<String, EventKind> KIND_WORDS = Map.of("debat", EventKind.DEBATE,
            "begrotingsmoment", EventKind.BUDGET_MOMENT, "brief", EventKind.LETTER, "verkiezing", EventKind.ELECTION,
            "overig", EventKind.OTHER);

    private CalendarFile() {
    }

    static CalendarSheet read(String sourceName, String content) {
        List<RecessRow> rows = new ArrayList<>();
        List<Event> moments = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            String line = (i == 0 ? raw.replace("\uFEFF", "") : raw).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (isMoment(line)) {
                Event moment = moment(sourceName, i + 1, line);
                if (!seen.add("moment/" + nameKey(moment.name()))) {
                    throw new CalendarFormatException("deadline.calendar.moment.duplicate", sourceName, i + 1, line,
                            "a second row for the moment " + moment.name());
                }
                moments.add(moment);
                continue;
            }
            RecessRow row = row(sourceName, i + 1, line);
            Recess recess = row.recess();
            if (!seen.add(recess.kind() + "/" + recess.year())) {
                throw new CalendarFormatException("deadline.calendar.duplicate", sourceName, i + 1, line,
                        "a second row for " + recess.kind().word() + " " + recess.year());
            }
            rows.add(row);
        }
        return new CalendarSheet(rows, moments);
    }

    /** How two names are compared: "Commissiedebat  Hoger onderwijs" is the moment "commissiedebat hoger onderwijs". */
    static String nameKey(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String kindWord(EventKind kind) {
        return KIND_WORDS.entrySet().stream().filter(e -> e.getValue() == kind).map(Map.Entry::getKey)
                .findFirst().orElse(kind.json());
    }

    private static boolean isMoment(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.length() > MOMENT.length() && lower.startsWith(MOMENT)
                && (lower.charAt(MOMENT.length()) == ',' || lower.charAt(MOMENT.length()) == ';');
    }

    private static RecessRow row(String source, int number, String line) {
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
        String bron = cells.length > 4 ? unquote(cells[4].strip()) : null;
        return new RecessRow(new Recess(kind, first, last, certainty), bron);
    }

    /** A moment row; its cells may be quoted, because a debate's name can hold a comma. */
    private static Event moment(String source, int number, String line) {
        List<String> cells = cells(line, line.charAt(MOMENT.length()));
        if (cells.size() < 6) {
            throw new CalendarFormatException("deadline.calendar.moment.columns", source, number, line,
                    "expected moment,name,kind,first day,last day,status[,dossier,source]");
        }
        String kindCell = cells.get(2).strip().toLowerCase(Locale.ROOT);
        EventKind kind = kindCell.isEmpty() ? EventKind.OTHER : Optional.ofNullable(KIND_WORDS.get(kindCell))
                .or(() -> EventKind.ofJson(kindCell)).orElseThrow(() -> new CalendarFormatException(
                        "deadline.calendar.moment.kind", source, number, line, "unknown kind '" + kindCell + "'"));
        LocalDate first = optionalDate(cells.get(3), source, number, line);
        LocalDate last = optionalDate(cells.get(4), source, number, line);
        if (first != null && last == null) {
            // A single day written only in the first column is that day, not a window without an end.
            last = first;
        }
        String statusCell = cells.get(5).strip().toLowerCase(Locale.ROOT);
        EventStatus status = statusCell.isEmpty() ? EventStatus.UNCONFIRMED : EventStatus.ofJson(statusCell)
                .orElseThrow(() -> new CalendarFormatException("deadline.calendar.moment.status", source, number,
                        line, "status must be officieel, onbevestigd or geschat"));
        Event event = new Event(null, cells.get(1), kind, first, last, status, cell(cells, 6), cell(cells, 7), false);
        List<Event.Problem> problems = event.problems();
        if (!problems.isEmpty()) {
            Event.Problem problem = problems.get(0);
            String key = switch (problem.key()) {
                case "validation.event.name.empty" -> "deadline.calendar.moment.name";
                case "validation.event.window.reversed" -> "deadline.calendar.order";
                case "validation.event.date.year" -> "deadline.calendar.date";
                default -> "deadline.calendar.moment.tooLong";
            };
            throw new CalendarFormatException(key, source, number, line, problem.key());
        }
        return event;
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index) : null;
    }

    private static LocalDate optionalDate(String cell, String source, int number, String line) {
        if (cell.isBlank()) {
            return null;
        }
        return date(cell).orElseThrow(() -> new CalendarFormatException(
                "deadline.calendar.date", source, number, line, "not a date: '" + cell.strip() + "'"));
    }

    /** Splits on {@code separator} outside double quotes; "" inside quotes is one quote. */
    private static List<String> cells(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static String unquote(String cell) {
        return cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")
                ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
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
