package nl.toezeggingen.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.toezeggingen.domain.deadline.CalendarSheet;
import nl.toezeggingen.domain.deadline.ParliamentCalendar;
import nl.toezeggingen.domain.deadline.Recess;
import nl.toezeggingen.domain.deadline.RecessKind;
import nl.toezeggingen.domain.deadline.RecessRow;

/**
 * The recesses the deadline language reads: the shipped calendar with the user's corrections, which are kept in
 * {@code kalender.csv} beside the data (so that {@code resolve} reads them while the window holds the database).
 * A correction re-resolves every open deadline that rests on it; {@link #preview} shows those moves first.
 * From {@link Tracker#recesses()}.
 */
public final class Recesses {
    /** Why a deadline moved by itself after a recess was corrected: the history reason, with the recess named. */
    public static final String CHANGED = "deadline.calendarChanged";
    /** What a new kalender.csv starts with; the user's own comments in an existing one are kept instead. */
    private static final List<String> HEADER = List.of(
            "Eigen recessen voor Toezeggingen: correcties en aanvullingen op de meegeleverde kalender.",
            "De vergaderkalender in het programma schrijft dit bestand; met de hand bewerken mag ook.");

    private final Tracker tracker;
    private final Path folder;

    Recesses(Tracker tracker, Path folder) {
        this.tracker = tracker;
        this.folder = folder;
    }

    /** A recess as the user sees it: its row, and whether it is the user's own (a correction or addition). */
    public record Row(RecessRow row, boolean own) {
        public Recess recess() {
            return row.recess();
        }
    }

    /** Every recess the calendar holds, by first day. */
    public List<Row> list() {
        ParliamentCalendar calendar = tracker.deadlines().calendar();
        return calendar.recessRows().stream().map(r -> new Row(r, calendar.isOwn(r.recess()))).toList();
    }

    /** What {@link #correct} would move; nothing is written. */
    public List<Move> preview(RecessRow corrected) {
        return movesWith(withOwn(corrected));
    }

    /**
     * Keeps {@code corrected} as the user's row for its recess and year (a new one, other dates, or "officieel"
     * once the Kamer has set it), and re-resolves what rests on it; each move is in its history.
     *
     * @throws UncheckedIOException when kalender.csv cannot be written; then nothing changed
     */
    public List<Move> correct(RecessRow corrected) {
        Recess r = corrected.recess();
        return apply(withOwn(corrected), r.kind().word() + " " + r.year());
    }

    /** What {@link #revert} would move; nothing is written. */
    public List<Move> previewRevert(RecessKind kind, int year) {
        return movesWith(withoutOwn(kind, year));
    }

    /** Drops the user's row for this recess: the shipped one (or the estimate rule) applies again. */
    public List<Move> revert(RecessKind kind, int year) {
        return apply(withoutOwn(kind, year), kind.word() + " " + year);
    }

    /** The user's rows with {@code row} in place of the one for the same recess and year. */
    private CalendarSheet withOwn(RecessRow row) {
        CalendarSheet own = ownSheet();
        List<RecessRow> rows = new ArrayList<>(own.recesses());
        rows.removeIf(r -> same(r.recess(), row.recess().kind(), row.recess().year()));
        rows.add(row);
        return new CalendarSheet(CalendarSheet.sorted(rows), own.moments());
    }

    private CalendarSheet withoutOwn(RecessKind kind, int year) {
        CalendarSheet own = ownSheet();
        List<RecessRow> rows = new ArrayList<>(own.recesses());
        rows.removeIf(r -> same(r.recess(), kind, year));
        return new CalendarSheet(rows, own.moments());
    }

    private static boolean same(Recess recess, RecessKind kind, int year) {
        return recess.kind() == kind && recess.year() == year;
    }

    /** The user's own file as it is now. */
    CalendarSheet ownSheet() {
        return CalendarLoader.own(folder);
    }

    /** What the user's rows {@code own} in place of the present ones would move; nothing is written. */
    List<Move> movesWith(CalendarSheet own) {
        Deadlines before = tracker.deadlines();
        return tracker.moves(before, language(own), openCommitments());
    }

    private Deadlines language(CalendarSheet own) {
        return tracker.deadlines().withCalendar(
                CalendarLoader.shippedCalendar().withOverrides(ParliamentCalendar.of(own.recesses())));
    }

    private List<nl.toezeggingen.domain.Commitment> openCommitments() {
        return tracker.store().all().stream().filter(c -> !c.status().isClosed()).toList();
    }

    /**
     * Writes the file first and the moved deadlines after it; when the database refuses, the file is put back,
     * so the calendar and the stored deadlines never disagree.
     */
    List<Move> apply(CalendarSheet own, String reason) {
        Deadlines after = language(own);
        List<Move> moves = tracker.moves(tracker.deadlines(), after, openCommitments());
        Path file = folder.resolve(CalendarLoader.USER_FILE);
        Optional<byte[]> previous = read(file);
        write(file, own.write(header(previous)).getBytes(StandardCharsets.UTF_8));
        try {
            tracker.save(moves, CHANGED, reason);
        } catch (RuntimeException e) {
            previous.ifPresentOrElse(bytes -> write(file, bytes), () -> delete(file));
            throw e;
        }
        tracker.use(after);
        return moves;
    }

    /** The comment lines of the file as it was (the user's notes), or our own header for a new file. */
    private static List<String> header(Optional<byte[]> previous) {
        if (previous.isEmpty()) {
            return HEADER;
        }
        return new String(previous.get(), StandardCharsets.UTF_8).replace("\uFEFF", "").lines()
                .map(String::strip)
                .filter(l -> l.startsWith("#"))
                .filter(l -> !l.equals(CalendarSheet.RECESS_COLUMNS) && !l.equals(CalendarSheet.MOMENT_COLUMNS))
                .toList();
    }

    private static Optional<byte[]> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            SafeFiles.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
