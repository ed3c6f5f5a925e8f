package nl.toezeggingen.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.toezeggingen.domain.Change;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.DeletedCommitment;
import nl.toezeggingen.domain.FieldRules;
import nl.toezeggingen.domain.InvalidCommitmentException;
import nl.toezeggingen.domain.NoSuchCommitmentException;
import nl.toezeggingen.domain.Problem;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.Text;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.store.CommitmentStore;
import nl.toezeggingen.store.EventStore;
import nl.toezeggingen.store.DataUnavailableException;
import nl.toezeggingen.store.Database;
import nl.toezeggingen.store.SettingStore;
import nl.toezeggingen.domain.deadline.Resolution;

/**
 * The use cases, one place for both faces: whatever the window can do, a script can do.
 * "Today" always comes from the injected clock, so any day can be replayed.
 */
public final class Tracker implements AutoCloseable {
    private final Database database;
    private final CommitmentStore commitments;
    private final EventStore agenda;
    private final Settings settings;
    private final Clock clock;
    private final String user;
    /** Not final: a new house rule for vague phrases gives a new one (see {@link #setVagueMonths}). */
    private Deadlines deadlines;
    /** Whether {@link #deadlines} holds the agenda yet; see {@link #deadlines()}. */
    private boolean agendaRead;

    private Tracker(Database database, Deadlines deadlines, Clock clock, String user) {
        this.database = database;
        this.commitments = new CommitmentStore(database);
        this.agenda = new EventStore(database);
        this.settings = new Settings(new SettingStore(database), database.file().toAbsolutePath().getParent());
        this.clock = clock;
        this.user = user;
        // The database is the source; the file `resolve` reads may lag behind (a restore, an old version).
        this.deadlines = deadlines.withVagueMonths(settings.get(Setting.VAGUE_MONTHS));
    }

    /**
     * Opens (and if need be creates) the data in {@code dataDirectory}.
     *
     * @throws DataUnavailable when the database is in use, damaged or not writable
     * @throws nl.toezeggingen.domain.deadline.CalendarFormatException when the user's kalender.csv is broken
     */
    public static Tracker open(Path dataDirectory, Clock clock) {
        return open(dataDirectory, clock, database -> { });
    }

    /** As {@link #open(Path, Clock)}; {@code beforeMigrating} as in {@link Database#open(Path, java.util.function.Consumer)}. */
    static Tracker open(Path dataDirectory, Clock clock, java.util.function.Consumer<Database> beforeMigrating) {
        Deadlines deadlines = Deadlines.load(dataDirectory);
        try {
            return new Tracker(Database.open(dataDirectory, beforeMigrating), deadlines, clock,
                    System.getProperty("user.name"));
        } catch (DataUnavailableException e) {
            throw DataUnavailable.of(e);
        }
    }

    /** For the other use-case classes of this package (backups, import, overview): the same store and clock. */
    Database database() {
        return database;
    }

    CommitmentStore store() {
        return commitments;
    }

    /** The agenda's store, for {@link Events}. */
    EventStore agendaStore() {
        return agenda;
    }

    /** The typed settings (horizon, mail address, own name, theme, text size). */
    public Settings settings() {
        return settings;
    }

    /** The window's remembered layout (columns, filters, window place). */
    public Preferences preferences() {
        return new Preferences(this);
    }

    /**
     * The status overview in the user's words; {@code timeline} draws the mail's picture (the faces pass the
     * rendering package's), so a mail made from it always carries the timeline.
     */
    public Overviews overviews(Messages messages, TimelineDrawing timeline) {
        return new Overviews(this, messages, timeline);
    }

    /** The user's agenda: events that deadlines can be tied to (issue 18). */
    public Events events() {
        return new Events(this);
    }

    /** The recesses with the user's corrections, kept in kalender.csv beside the data (issue 18). */
    public Recesses recesses() {
        return new Recesses(this, folder());
    }

    /** The data's folder, where the files beside the database live (kalender.csv, the agenda's copy). */
    private Path folder() {
        return database.file().toAbsolutePath().getParent();
    }

    /** The half-yearly rappel's work on a commitment: postponements and the dated stand van zaken (issue 19). */
    public Rappel rappel() {
        return new Rappel(this, new nl.toezeggingen.store.RappelStore(database, commitments),
                new nl.toezeggingen.store.InternalStore(database));
    }

    /** The meeting calendar as a file: {@code calendar import} and {@code calendar export} (issue 18). */
    public CalendarTransfer calendarFiles() {
        return new CalendarTransfer(this, recesses());
    }

    /**
     * What the faces show beside each commitment: the moment its deadline is tied to (names and dates as the agenda
     * has them now) and the rappel's facts. Read once per call; hand it to one rendering.
     */
    public nl.toezeggingen.report.CommitmentContext commitmentContext() {
        Rappel rappel = rappel();
        return new RegisterContext(new EventTies(agenda.all(), deadlines(), today()), rappel.facts(),
                rappel.internalRule(), rappel.typedInternalDeadlines(), today());
    }

    /** An import that knows only our own status words and those remembered from earlier imports. */
    public Imports imports() {
        return new Imports(this);
    }

    /** An import that also reads the file's own status words as given (see {@link Imports}). */
    public Imports imports(Map<String, Status> statusWords) {
        return new Imports(this, statusWords);
    }

    /** The program's own files in this data's folder, which no output may land on. */
    public OwnFiles ownFiles() {
        return new OwnFiles(database.file().toAbsolutePath().getParent());
    }

    Clock clock() {
        return clock;
    }

    String user() {
        return user;
    }

    public Deadlines deadlines() {
        if (!agendaRead) {
            // Read on first use, not as the data opens: the window's first list needs no agenda (start-up).
            List<nl.toezeggingen.domain.agenda.Event> events = agenda.all();
            deadlines = deadlines.withAgenda(nl.toezeggingen.domain.agenda.Agenda.of(events));
            agendaRead = true;
            AgendaCopy.keep(folder(), events);
        }
        return deadlines;
    }

    /** The deadline to store for a phrase and (optionally) hand-typed dates; see {@link Deadlines#settle}. */
    public Deadline settleDeadline(String phrase, LocalDate earliest, LocalDate latest, LocalDate madeOn) {
        if (!worthReading(phrase, madeOn)) {
            return new Deadline(phrase, earliest, latest, false);
        }
        return deadlines().settle(phrase, earliest, latest, madeOn, today());
    }

    /**
     * As {@link #settleDeadline}, for the command line and a row of an import: without a made-on date nothing
     * is counted from today, so a relative phrase is refused with deadline.refused.noMadeOn (the command line
     * asks for --made-on, the import keeps it as text). Only the window counts from today, and says so.
     */
    public Deadline settleDeadlineStrictly(String phrase, LocalDate earliest, LocalDate latest, LocalDate madeOn) {
        if (madeOn != null) {
            return settleDeadline(phrase, earliest, latest, madeOn);
        }
        if (!worthReading(phrase, null)) {
            return new Deadline(phrase, earliest, latest, false);
        }
        return deadlines().settle(phrase, earliest, latest, null, null);
    }

    /** A phrase over its length limit or a made-on year out of range is not read: the save refuses it at the field. */
    private static boolean worthReading(String phrase, LocalDate madeOn) {
        return FieldRules.fits(Commitment.Field.DEADLINE_PHRASE, Text.clean(phrase)) && FieldRules.yearAllowed(madeOn);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Path databaseFile() {
        return database.file();
    }

    public int horizonDays() {
        return settings.get(Setting.HORIZON_DAYS);
    }

    /** Sets how many days ahead "due soon" looks; 0 to 365, anything else is refused and nothing stored. */
    public void setHorizonDays(int days) {
        settings.put(Setting.HORIZON_DAYS, days);
    }

    /** The house rule: "zo snel mogelijk" and the like fall due this many months after the commitment. */
    public int vagueMonths() {
        return deadlines().vagueMonths();
    }

    /**
     * Sets the house rule (1 to 24 months; anything else is refused and nothing stored) and moves every open
     * vague commitment whose dates still follow its phrase to the new rule; each move is in its history.
     * Returns how many moved.
     */
    public int setVagueMonths(int months) {
        if (!Setting.VAGUE_MONTHS.accepts(months)) {
            throw new IllegalArgumentException("vague months out of range: " + months);
        }
        Deadlines before = deadlines();
        Deadlines after = before.withVagueMonths(months);
        LocalDate today = today();
        List<CommitmentStore.Linked> moved = commitments.all().stream()
                .filter(c -> !c.status().isClosed() && c.deadline().kind() == Deadline.Kind.VAGUE
                        && before.followsPhrase(c.deadline(), c.madeOn(), today))
                .map(c -> new CommitmentStore.Linked(c.toBuilder()
                        .deadline(after.settle(c.deadline().phrase(), null, null, c.madeOn(), today)).build(), null))
                .toList();
        // Also writes the file `resolve` reads the house rule from.
        settings.put(Setting.VAGUE_MONTHS, months);
        commitments.saveAll(moved, user, clock.instant());
        deadlines = after;
        return moved.size();
    }

    /**
     * After the agenda changed ({@code before}: the deadline language as it read phrases before the change):
     * phrases read from now on resolve against it, and every open commitment tied to
     * {@code eventId} whose dates still follow their phrase is re-resolved; each move is in its history.
     * Returns the moves.
     */
    List<Move> agendaChanged(long eventId, Deadlines before) {
        List<nl.toezeggingen.domain.agenda.Event> events = agenda.all();
        AgendaCopy.keep(folder(), events);
        Deadlines after = before.withAgenda(nl.toezeggingen.domain.agenda.Agenda.of(events));
        List<Move> moves = moves(before, after, concernedBy(eventId));
        Optional<nl.toezeggingen.domain.agenda.Event> event = agenda.find(eventId);
        if (event.isPresent() && event.get().hasDate()) {
            // Why these deadlines moved without anyone editing them: "doordat … is verplaatst naar …".
            save(moves, CommitmentStore.EVENT_MOVED, event.get().name() + "\t" + event.get().latest());
        } else {
            commitments.saveAll(moves.stream().map(m -> new CommitmentStore.Linked(m.moved(), null)).toList(),
                    user, clock.instant());
        }
        deadlines = after;
        return moves;
    }

    /**
     * What giving the agenda {@code changed} in place of its event with the same id would move (or, without an
     * id, what adding it would: deadlines waiting for a moment of that name); nothing is written.
     */
    List<Move> agendaPreview(nl.toezeggingen.domain.agenda.Event changed) {
        List<nl.toezeggingen.domain.agenda.Event> events = new ArrayList<>(agenda.all());
        // An id no stored event has, so that a waiting deadline can be seen tying to the new one.
        nl.toezeggingen.domain.agenda.Event shown = changed.id() == null ? changed.withId(-1L) : changed;
        if (changed.id() == null) {
            events.add(shown);
        } else {
            events.replaceAll(e -> e.id().equals(shown.id()) ? shown : e);
        }
        Deadlines before = deadlines();
        return moves(before, before.withAgenda(nl.toezeggingen.domain.agenda.Agenda.of(events)),
                concernedBy(shown.id()));
    }

    /** The commitments an event's change can move: those tied to it, and those that named a moment the agenda lacked. */
    private List<Commitment> concernedBy(long eventId) {
        Map<Long, Commitment> concerned = new java.util.LinkedHashMap<>();
        commitments.tiedTo(eventId).forEach(c -> concerned.put(c.id(), c));
        // Those that named a moment the agenda lacked may find it now ("voor het notaoverleg", then added).
        commitments.waitingForEvent().forEach(c -> concerned.putIfAbsent(c.id(), c));
        return List.copyOf(concerned.values());
    }

    /**
     * The moves that reading phrases with {@code after} instead of {@code before} makes: of the open commitments
     * among {@code concerned} whose dates still follow their phrase (dates typed by hand stay), those whose
     * deadline changes.
     */
    List<Move> moves(Deadlines before, Deadlines after, List<Commitment> concerned) {
        LocalDate today = today();
        List<Move> moves = new ArrayList<>();
        for (Commitment c : concerned) {
            if (c.status().isClosed() || !before.followsPhrase(c.deadline(), c.madeOn(), today)) {
                continue;
            }
            Resolution now = after.resolve(c.deadline().phrase(), c.madeOn() != null ? c.madeOn() : today);
            if (now.understood()) {
                Move move = new Move(c, now.deadline());
                if (move.changes()) {
                    moves.add(move);
                }
            }
        }
        return moves;
    }

    /** Saves the moves in one transaction, each with why it moved ({@code reasonField}, {@code reason}) in its history. */
    void save(List<Move> moves, String reasonField, String reason) {
        commitments.saveMoved(moves.stream().map(Move::moved).toList(), user, clock.instant(), reasonField, reason);
    }

    /** From now on phrases are read with {@code language} (a recess corrected). */
    void use(Deadlines language) {
        deadlines = language;
        agendaRead = true;
    }

    /** "Vandaag niet meer tonen": the overdue panel stays closed for the rest of today (the bar stays). */
    public void hideOverduePanelToday() {
        settings.put(Setting.OVERDUE_PANEL_HIDDEN_ON, today());
    }

    public boolean overduePanelHiddenToday() {
        return today().equals(settings.get(Setting.OVERDUE_PANEL_HIDDEN_ON));
    }

    private TrackedCommitment track(Commitment commitment) {
        return new TrackedCommitment(commitment, Urgency.of(commitment, today(), horizonDays()));
    }

    public List<TrackedCommitment> list() {
        LocalDate today = today();
        int horizon = horizonDays();
        return commitments.all().stream()
                .map(c -> new TrackedCommitment(c, Urgency.of(c, today, horizon)))
                .toList();
    }

    /** As {@link #list}, one at a time, for output that is written as it goes (the command line's JSON). */
    public void forEach(java.util.function.Consumer<TrackedCommitment> each) {
        LocalDate today = today();
        int horizon = horizonDays();
        commitments.forEach(c -> each.accept(new TrackedCommitment(c, Urgency.of(c, today, horizon))));
    }

    public boolean isEmpty() {
        return commitments.isEmpty();
    }

    public Optional<TrackedCommitment> find(long id) {
        return commitments.find(id).map(this::track);
    }

    public TrackedCommitment get(long id) {
        return find(id).orElseThrow(() -> new NoSuchCommitmentException(id));
    }

    /** The history of a commitment, oldest first: one in the list or one in the bin (deleted). */
    public List<Change> history(long id) {
        if (commitments.find(id).isEmpty() && commitments.findDeleted(id).isEmpty()) {
            throw new NoSuchCommitmentException(id);
        }
        return commitments.history(id);
    }

    /**
     * The day (in the user's zone) each done or partly done commitment without a fulfilment date got that
     * status: marking it Afgedaan without typing a date still dates it.
     */
    Map<Long, LocalDate> statusSetOnWhenUndated() {
        Map<Long, LocalDate> days = new HashMap<>();
        commitments.fulfilledWithoutDateSince().forEach((id, at) -> days.put(id, LocalDate.ofInstant(at, clock.getZone())));
        return days;
    }

    /**
     * Checks and stores one commitment in one transaction; throws with every problem, having written nothing.
     * The deadline is settled first: a phrase without dates gets the phrase's window, typed dates win.
     */
    public Commitment save(Commitment unsettled) {
        return save(unsettled, false);
    }

    /** {@code forGood}: a recurring commitment marked done is closed, not moved to its next occurrence. */
    private Commitment save(Commitment wanted, boolean forGood) {
        return commitments.save(checked(wanted, forGood), user, clock.instant());
    }

    /** The commitment as it will be stored (its deadline settled, its next occurrence), or its problems. */
    private Commitment checked(Commitment wanted, boolean forGood) {
        Commitment unsettled = forGood ? wanted : nextOccurrenceIfDone(wanted);
        Deadline typed = unsettled.deadline();
        Commitment commitment = unsettled.toBuilder()
                .deadline(worthReading(typed.phrase(), unsettled.madeOn())
                        ? deadlines().settle(typed, unsettled.madeOn(), today()) : typed)
                .build();
        List<Problem> problems = new ArrayList<>(commitment.problems(today()));
        if (commitment.dependsOn() != null && !commitment.dependsOn().equals(commitment.id())
                && commitments.find(commitment.dependsOn()).isEmpty()) {
            problems.add(new Problem(Commitment.Field.DEPENDS_ON, "validation.dependsOn.unknown",
                    commitment.dependsOn()));
        }
        referenceTaken(commitment).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidCommitmentException(problems);
        }
        return commitment;
    }

    /**
     * A recurring commitment marked done (in the window or with `status`) is done this time: the day it was
     * done is kept as its fulfilment, the deadline moves to the next occurrence, and it stays open. The
     * history records both. Without a next date ("periodiek") it is closed like any other.
     */
    private Commitment nextOccurrenceIfDone(Commitment wanted) {
        if (wanted.id() == null || wanted.status() != Status.DONE) {
            return wanted;
        }
        Commitment stored = commitments.find(wanted.id()).orElse(null);
        if (stored == null || stored.status().isClosed() || !stored.deadline().isRecurring()
                || !Objects.equals(stored.deadline().phrase(), Text.clean(wanted.deadline().phrase()))) {
            return wanted;
        }
        // The fulfilment date still shown is the previous occurrence's; only a new one says when this one was done.
        LocalDate doneOn = wanted.fulfilledOn() != null && !wanted.fulfilledOn().equals(stored.fulfilledOn())
                ? wanted.fulfilledOn() : today();
        Resolution next = deadlines().next(stored.deadline(), wanted.madeOn(), doneOn);
        if (!next.understood() || !next.deadline().hasDate()) {
            return wanted;
        }
        return wanted.toBuilder().status(Status.OPEN).fulfilledOn(doneOn).deadline(next.deadline()).build();
    }

    /**
     * One commitment per reference: a new one, or one given another reference, may not take a reference
     * another commitment holds. A commitment that keeps its reference is never refused for it, so that
     * duplicates an older version let in can still be edited (and one of them given a new reference).
     */
    private Optional<Problem> referenceTaken(Commitment commitment) {
        String reference = commitment.reference();
        if (reference == null) {
            return Optional.empty();
        }
        if (commitment.id() != null && commitments.find(commitment.id())
                .map(stored -> reference.equals(stored.reference())).orElse(false)) {
            return Optional.empty();
        }
        return commitments.idsWithReference(reference).stream()
                .filter(other -> !other.equals(commitment.id()))
                .findFirst()
                .map(other -> new Problem(Commitment.Field.REFERENCE, "validation.reference.taken", reference, other));
    }

    /**
     * Records a new status; done means fulfilled, on the given day (today if none) by the named document.
     * For a recurring commitment with a next date, done means this occurrence (see {@link #save}); use
     * {@link #closeForGood} when it was the last one.
     */
    public Commitment changeStatus(long id, Status status, LocalDate on, String by) {
        return save(withStatus(get(id).commitment(), status, on, by), false);
    }

    /**
     * As {@link #changeStatus}, for several at once (the window's "Status wijzigen…"): one transaction, one
     * history entry each; when one of them is refused, none is changed and the problem names it.
     */
    public List<Commitment> changeStatuses(List<Long> ids, Status status, LocalDate on, String by) {
        List<CommitmentStore.Linked> changed = new ArrayList<>();
        for (long id : ids) {
            Commitment current = get(id).commitment();
            try {
                changed.add(new CommitmentStore.Linked(checked(withStatus(current, status, on, by), false), null));
            } catch (InvalidCommitmentException refused) {
                throw new StatusChangeRefused(current, refused.problems());
            }
        }
        return commitments.saveAll(changed, user, clock.instant());
    }

    /** As {@link #changeStatus}, but a recurring commitment is closed too: this was its last occurrence. */
    public Commitment closeForGood(long id, Status status, LocalDate on, String by) {
        return save(withStatus(get(id).commitment(), status, on, by), true);
    }

    private Commitment withStatus(Commitment current, Status status, LocalDate on, String by) {
        Commitment.Builder changed = current.toBuilder().status(status);
        if (status == Status.DONE || status == Status.PARTLY_DONE) {
            changed.fulfilledOn(on != null ? on : today());
            if (by != null) {
                changed.fulfilledBy(by);
            }
        } else if (on != null || by != null) {
            throw new InvalidCommitmentException(List.of(
                    new Problem(Commitment.Field.FULFILLED_ON, "validation.fulfilled.onlyWhenDone")));
        }
        return changed.build();
    }

    /**
     * Moves a commitment to the bin (kept, with its history, until {@link #undelete}); false when there is
     * no such commitment in the list. Commitments that waited on it no longer do; putting it back restores that.
     */
    public boolean delete(long id) {
        return commitments.delete(id, user, clock.instant());
    }

    /** The bin: deleted commitments, the latest deleted first, each with when and by whom. */
    public List<DeletedCommitment> deleted() {
        return commitments.deleted();
    }

    /** The commitment with this id if it is in the bin. */
    public Optional<DeletedCommitment> findDeleted(long id) {
        return commitments.findDeleted(id);
    }

    /**
     * Puts a commitment back from the bin, as this user now (the history says "restored"), and gives it back
     * as it is now in the list. Refused, with nothing written, as {@link NoSuchCommitmentException} for an
     * unknown id, and as {@link InvalidCommitmentException} (one problem, in the user's words through
     * {@link Messages#failure}) when it is not in the bin or its reference is now another commitment's.
     */
    public TrackedCommitment undelete(long id) {
        return track(commitments.undelete(id, user, clock.instant()));
    }

    /** Adds the demo dossier's commitments that are not there yet; returns how many were added. */
    public int loadDemo() {
        Set<String> present = commitments.idsByReference().keySet();
        List<CommitmentStore.Linked> missing = DemoDossier.commitments().stream()
                .filter(linked -> !present.contains(linked.commitment().reference()))
                .map(this::withDatesFromPhrase)
                .toList();
        commitments.saveAll(missing, user, clock.instant());
        return missing.size();
    }

    private CommitmentStore.Linked withDatesFromPhrase(CommitmentStore.Linked linked) {
        Commitment c = linked.commitment();
        Deadline d = settleDeadline(c.deadline().phrase(), null, null, c.madeOn());
        return new CommitmentStore.Linked(c.toBuilder().deadline(d).build(), linked.dependsOnReference());
    }

    /**
     * Open commitments whose last day has passed or falls within {@code withinDays}, and those whose internal
     * deadline (or the deadline the Kamer still counts on) has or does, each with what is {@link
     * TrackedCommitment#passing passing}: overdue first, then by the day that passes first, oldest first.
     */
    public List<TrackedCommitment> overdue(int withinDays) {
        LocalDate today = today();
        LocalDate horizon = today.plusDays(withinDays);
        nl.toezeggingen.report.CommitmentContext context = commitmentContext();
        // Every open one with a date: an internal deadline typed long before the Kamer's can pass any day.
        return commitments.openDueBy(LocalDate.of(nl.toezeggingen.domain.FieldRules.MAX_YEAR, 12, 31)).stream()
                .map(c -> new TrackedCommitment(c, Urgency.of(c, today, withinDays),
                        context.passing(c, withinDays).orElse(null)))
                .filter(t -> !t.commitment().deadline().latest().isAfter(horizon) || t.passing() != null)
                .sorted(Comparator.comparing((TrackedCommitment t) -> t.urgency() != Urgency.OVERDUE)
                        .thenComparing(Tracker::firstPassing)
                        .thenComparing(t -> t.commitment().id()))
                .toList();
    }

    private static LocalDate firstPassing(TrackedCommitment t) {
        LocalDate kamer = t.commitment().deadline().latest();
        return t.passing() != null && t.passing().day().isBefore(kamer) ? t.passing().day() : kamer;
    }

    @Override
    public void close() {
        database.close();
    }
}
