package nl.toezeggingen.report.history;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import nl.toezeggingen.domain.Change;
import nl.toezeggingen.domain.Recurrence;
import nl.toezeggingen.domain.Status;

/**
 * A commitment's stored history (field codes, raw values, UTC instants) as the user reads it: field names
 * and values in words, dates as dates, times in the user's time zone, newest first, the changes of one
 * save together. {@code words} maps message keys to text (as elsewhere in the report layer, which cannot
 * reach the app's language handling); {@code zone} is passed in so the words never depend on the machine.
 */
public final class HistoryWords {
    private static final String CREATED = "created";
    private static final String DELETED = "deleted";
    private static final String RESTORED = "restored";
    private static final String LATEST = "deadline.latest";
    /** Why a deadline moved by itself (CommitmentStore.EVENT_MOVED): its event's name, a tab, its new ISO date. */
    private static final String EVENT_MOVED = "deadline.eventMoved";
    /** Why a deadline moved by itself (Recesses.CHANGED): the recess corrected ("zomerreces 2025") or the file read. */
    private static final String CALENDAR_CHANGED = "deadline.calendarChanged";
    /** A deadline let go of its event as the event was removed (EventStore.UNTIED): the event's name. */
    private static final String UNTIED = "deadline.untied";
    /** A postponement (RappelStore.POSTPONED): the reason, and after a tab the letter that told the Kamer. */
    private static final String POSTPONED = "postponed";
    /** A stand van zaken (RappelStore.PROGRESS): the ISO day, a tab, the text. */
    private static final String PROGRESS = "progress";
    /** A typed internal deadline (InternalStore.INTERNAL_DEADLINE): ISO days; none is "by the rule". */
    private static final String INTERNAL = "internalDeadline";

    /** Every field code the store records (CommitmentStore.FIELDS, created, deleted, restored) and its name's key. */
    private static final Map<String, String> FIELD_KEYS = Map.ofEntries(
            Map.entry("reference", "text.reference"),
            Map.entry("title", "text.title"),
            Map.entry("text", "history.field.text"),
            Map.entry("dossier", "text.dossier"),
            Map.entry("line", "text.line"),
            Map.entry("status", "text.status"),
            Map.entry("deadline.phrase", "text.deadline"),
            Map.entry("deadline.earliest", "history.field.earliest"),
            Map.entry(LATEST, "text.due"),
            Map.entry("deadline.estimated", "history.field.estimated"),
            Map.entry("deadline.recurrence", "history.field.recurrence"),
            Map.entry("madeOn", "text.madeOn"),
            Map.entry("madeIn", "text.madeIn"),
            Map.entry("madeBy", "text.madeBy"),
            Map.entry("owner", "text.owner"),
            Map.entry("dependsOn", "text.dependsOn"),
            Map.entry("fulfilledOn", "text.fulfilledOn"),
            Map.entry("fulfilledBy", "text.fulfilledBy"),
            Map.entry("notes", "text.notes"),
            Map.entry(INTERNAL, "history.field.internalDeadline"),
            Map.entry("chamber", "text.chamber"),
            Map.entry("committee", "text.committee"),
            Map.entry("promisedTo", "text.promisedTo"),
            Map.entry(CREATED, "history.created"),
            Map.entry(DELETED, "history.deleted"),
            Map.entry(RESTORED, "history.restored"));
    private static final Set<String> DATES = Set.of("deadline.earliest", LATEST, "madeOn", "fulfilledOn", INTERNAL);

    private final Function<String, String> words;
    private final Locale locale;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter times;

    public HistoryWords(Function<String, String> words, Locale locale, ZoneId zone) {
        this.words = words;
        this.locale = locale;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.times = DateTimeFormatter.ofPattern("d MMMM uuuu HH:mm", locale).withZone(zone);
    }

    /** {@code history} as the store gives it, oldest first; the entries come newest first. */
    public List<HistoryEntry> entries(List<Change> history) {
        List<HistoryEntry> entries = new ArrayList<>();
        List<Change> save = new ArrayList<>();
        Set<String> fields = new HashSet<>();
        for (Change change : history) {
            if (!save.isEmpty() && !sameSave(save.get(0), change, fields)) {
                entries.add(entry(save));
                save.clear();
                fields.clear();
            }
            save.add(change);
            fields.add(change.field());
        }
        if (!save.isEmpty()) {
            entries.add(entry(save));
        }
        Collections.reverse(entries);
        return entries;
    }

    /**
     * The store writes one save's changes one after the other with one instant and one user. A replayed
     * day (--today) gives every save the same instant, so a field seen twice starts a new save, and adding
     * deleting or putting back is always a save of its own.
     */
    private static boolean sameSave(Change first, Change next, Set<String> fields) {
        return first.at().equals(next.at()) && Objects.equals(first.by(), next.by())
                && !fields.contains(next.field()) && !standsAlone(first) && !standsAlone(next);
    }

    private static boolean standsAlone(Change change) {
        return change.field().equals(CREATED) || change.field().equals(DELETED) || change.field().equals(RESTORED)
                || change.field().equals(UNTIED);
    }

    private HistoryEntry entry(List<Change> save) {
        Change first = save.get(0);
        HistoryEntry.Kind kind = switch (first.field()) {
            case CREATED -> HistoryEntry.Kind.CREATED;
            case DELETED -> HistoryEntry.Kind.DELETED;
            case RESTORED -> HistoryEntry.Kind.RESTORED;
            default -> HistoryEntry.Kind.CHANGED;
        };
        List<HistoryEntry.Line> lines = new ArrayList<>();
        Change because = save.stream().filter(c -> c.field().equals(EVENT_MOVED) || c.field().equals(CALENDAR_CHANGED)
                        || c.field().equals(POSTPONED))
                .findFirst().orElse(null);
        boolean moves = save.stream().anyMatch(c -> c.field().equals(LATEST) && c.oldValue() != null && c.newValue() != null);
        for (Change change : save) {
            // The reason joins the deadline's move ("Uitgesteld van … naar …: reden"); alone only without one.
            if (change == because && moves) {
                continue;
            }
            HistoryEntry.Line line = because == null || !change.field().equals(LATEST) ? line(change)
                    : movedBecause(line(change), because);
            // A moved deadline is what a reader looks for first: it leads its save.
            lines.add(line.deadlineMove() ? 0 : lines.size(), line);
        }
        return new HistoryEntry(first.at(), when(first.at()), first.by() == null ? "" : first.by(), kind, lines);
    }

    /** A deadline move its event caused says so: "… doordat 'Commissiedebat …' is verplaatst naar 2 april 2025". */
    private HistoryEntry.Line movedBecause(HistoryEntry.Line line, Change because) {
        if (line.deadlineMove() && because.field().equals(POSTPONED) && because.newValue() != null) {
            String[] why = because.newValue().split("\t", 2);
            return new HistoryEntry.Line(line.field(), line.before(), line.after(), why.length > 1
                    ? format("history.movedPostponed.informed", line.before(), line.after(), why[0], why[1])
                    : format("history.movedPostponed", line.before(), line.after(), why[0]));
        }
        if (line.deadlineMove() && because.field().equals(CALENDAR_CHANGED) && because.newValue() != null) {
            return new HistoryEntry.Line(line.field(), line.before(), line.after(),
                    format("history.movedBecauseCalendar", line.before(), line.after(), because.newValue()));
        }
        if (!line.deadlineMove() || because.newValue() == null || because.newValue().indexOf('\t') < 0) {
            return line;
        }
        String[] event = because.newValue().split("\t", 2);
        String date;
        try {
            date = format("history.eventDate", java.sql.Date.valueOf(LocalDate.parse(event[1])));
        } catch (java.time.format.DateTimeParseException e) {
            date = event[1];
        }
        return new HistoryEntry.Line(line.field(), line.before(), line.after(),
                format("history.movedBecauseEvent", line.before(), line.after(), event[0], date));
    }

    private HistoryEntry.Line line(Change change) {
        String code = change.field();
        String field = FIELD_KEYS.containsKey(code) ? words.apply(FIELD_KEYS.get(code)) : code;
        if (code.equals(POSTPONED) && change.newValue() != null) {
            String[] why = change.newValue().split("\t", 2);
            return new HistoryEntry.Line(words.apply("text.deadline"), null, why[0], why.length > 1
                    ? format("history.postponed.informed", why[0], why[1]) : format("history.postponed", why[0]));
        }
        if (code.equals(PROGRESS) && change.newValue() != null) {
            String[] entry = change.newValue().split("\t", 2);
            String day;
            try {
                day = dates.format(LocalDate.parse(entry[0]));
            } catch (DateTimeParseException e) {
                day = entry[0];
            }
            return new HistoryEntry.Line(words.apply("history.field.progress"), null,
                    day + ": " + (entry.length > 1 ? entry[1] : ""), null);
        }
        if (code.equals(UNTIED)) {
            return new HistoryEntry.Line(words.apply("text.deadline"), change.oldValue(), "",
                    format("history.untied", change.oldValue()));
        }
        if (standsAlone(change)) {
            String title = code.equals(DELETED) ? change.oldValue() : change.newValue();
            return new HistoryEntry.Line(field, null, title == null ? "" : title, null);
        }
        String before = value(code, change.oldValue());
        String after = value(code, change.newValue());
        String moved = code.equals(LATEST) && change.oldValue() != null && change.newValue() != null
                ? format("history.moved", before, after) : null;
        return new HistoryEntry.Line(field, before, after, moved);
    }

    /** The stored text of a value (a date, a status name, true/false, a recurrence word) in words. */
    private String value(String code, String stored) {
        if (stored == null || stored.isBlank()) {
            return words.apply("history.none");
        }
        if (DATES.contains(code)) {
            try {
                return dates.format(LocalDate.parse(stored));
            } catch (DateTimeParseException e) {
                return stored;
            }
        }
        return switch (code) {
            case "status" -> statusWord(stored);
            case "deadline.estimated" -> words.apply(Boolean.parseBoolean(stored)
                    ? "history.estimated.yes" : "history.estimated.no");
            case "deadline.recurrence" -> Recurrence.ofJson(stored)
                    .map(r -> words.apply("history.recurrence." + r.name())).orElse(stored);
            case "dependsOn" -> format("history.dependsOn", stored);
            case "chamber" -> nl.toezeggingen.domain.Chamber.of(stored).map(c -> words.apply("chamber." + c.name()))
                    .orElse(stored);
            default -> stored;
        };
    }

    /** A status a later version may add is shown as stored. */
    private String statusWord(String stored) {
        try {
            return words.apply("status." + Status.valueOf(stored).name());
        } catch (IllegalArgumentException e) {
            return stored;
        }
    }

    /** A moment as the history shows it: "7 juni 2024 10:15", in the zone given. */
    public String when(Instant at) {
        return times.format(at);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(words.apply(key), locale).format(args);
    }
}
