package nl.toezeggingen.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.deadline.CalendarSheet;
import nl.toezeggingen.domain.deadline.ParliamentCalendar;
import nl.toezeggingen.domain.deadline.RecessRow;

/**
 * The meeting calendar as one file, in the form of {@code kalender.csv}: {@code calendar export} writes the
 * recesses as the program reads them and the user's moments; {@code calendar import} reads such a file whole or
 * not at all and re-resolves what rests on it. From {@link Tracker#calendarFiles()}.
 */
public final class CalendarTransfer {
    private final Tracker tracker;
    private final Recesses recesses;

    CalendarTransfer(Tracker tracker, Recesses recesses) {
        this.tracker = tracker;
        this.recesses = recesses;
    }

    /** What an import did (or, checked only, would do). */
    public record Imported(int recessesChanged, int momentsAdded, int momentsChanged, List<Move> moved) {
        public boolean changesNothing() {
            return recessesChanged == 0 && momentsAdded == 0 && momentsChanged == 0;
        }
    }

    /** The whole calendar as file text: every recess with status and source, then the user's moments. */
    public String export() {
        List<String> header = List.of(
                "Vergaderkalender van Toezeggingen, geschreven op " + tracker.today() + ".",
                "Inlezen met: toezeggingen calendar import BESTAND (of zet de recessen in kalender.csv).");
        return new CalendarSheet(tracker.deadlines().calendar().recessRows(), tracker.events().list()).write(header);
    }

    /**
     * Reads a calendar file without changing anything.
     *
     * @throws nl.toezeggingen.domain.deadline.CalendarFormatException for the first broken line, file and line named
     */
    public CalendarSheet read(Path file) {
        return CalendarLoader.read(file);
    }

    /** What {@link #importSheet} would do; nothing is written. */
    public Imported check(CalendarSheet sheet) {
        Plan plan = plan(sheet);
        List<Move> moves = plan.recessesChanged() > 0 ? recesses.movesWith(plan.own()) : List.of();
        return new Imported(plan.recessesChanged(), plan.added().size(), plan.changed().size(), moves);
    }

    /**
     * Takes the file's recesses as the user's rows where they differ from what the program reads now, and its
     * moments into the agenda: a moment with the name of one the agenda has replaces its dates, kind, status,
     * dossier and source; others are added. Deadlines that rest on what changed are re-resolved; each move is in
     * its history.
     */
    public Imported importSheet(CalendarSheet sheet, String fileName) {
        Plan plan = plan(sheet);
        List<Move> moved = new ArrayList<>();
        for (Event event : plan.added()) {
            moved.addAll(tracker.events().add(event).moves());
        }
        for (Event event : plan.changed()) {
            moved.addAll(tracker.events().change(event).moves());
        }
        if (plan.recessesChanged() > 0) {
            moved.addAll(recesses.apply(plan.own(), fileName));
        }
        return new Imported(plan.recessesChanged(), plan.added().size(), plan.changed().size(), moved);
    }

    private record Plan(CalendarSheet own, int recessesChanged, List<Event> added, List<Event> changed) {
    }

    private Plan plan(CalendarSheet sheet) {
        ParliamentCalendar now = tracker.deadlines().calendar();
        ParliamentCalendar shipped = CalendarLoader.shippedCalendar();
        CalendarSheet own = recesses.ownSheet();
        List<RecessRow> ownRows = new ArrayList<>(own.recesses());
        int recessesChanged = 0;
        for (RecessRow row : sheet.recesses()) {
            if (same(now, row)) {
                continue;
            }
            recessesChanged++;
            ownRows.removeIf(r -> r.recess().kind() == row.recess().kind() && r.recess().year() == row.recess().year());
            if (!same(shipped, row)) {
                ownRows.add(row);
            }
        }
        Map<String, Event> byName = tracker.events().list().stream()
                .collect(Collectors.toMap(e -> CalendarSheet.nameKey(e.name()), Function.identity(), (a, b) -> a));
        List<Event> added = new ArrayList<>();
        List<Event> changed = new ArrayList<>();
        for (Event moment : sheet.moments()) {
            Optional<Event> existing = Optional.ofNullable(byName.get(CalendarSheet.nameKey(moment.name())));
            if (existing.isEmpty()) {
                added.add(moment);
            } else if (!sameMoment(existing.get(), moment)) {
                changed.add(moment.withId(existing.get().id()));
            }
        }
        return new Plan(new CalendarSheet(CalendarSheet.sorted(ownRows), own.moments()), recessesChanged, added, changed);
    }

    /** True when the calendar already reads this row so: the same dates, status and source. */
    private static boolean same(ParliamentCalendar calendar, RecessRow row) {
        return calendar.recess(row.recess().kind(), row.recess().year())
                .filter(held -> held.equals(row.recess()))
                .filter(held -> Objects.equals(calendar.source(held).orElse(null), row.source()))
                .isPresent();
    }

    private static boolean sameMoment(Event a, Event b) {
        return a.kind() == b.kind() && Objects.equals(a.earliest(), b.earliest())
                && Objects.equals(a.latest(), b.latest()) && a.status() == b.status()
                && Objects.equals(a.dossier(), b.dossier()) && Objects.equals(a.source(), b.source());
    }
}
