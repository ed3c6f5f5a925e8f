package nl.toezeggingen.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.FieldRules;
import nl.toezeggingen.domain.InvalidCommitmentException;
import nl.toezeggingen.domain.NoSuchCommitmentException;
import nl.toezeggingen.domain.Problem;
import nl.toezeggingen.domain.Text;
import nl.toezeggingen.domain.deadline.Resolution;
import nl.toezeggingen.domain.rappel.Postponement;
import nl.toezeggingen.domain.rappel.ProgressEntry;
import nl.toezeggingen.domain.rappel.RappelFacts;
import nl.toezeggingen.domain.rappel.InternalRule;
import nl.toezeggingen.store.InternalStore;
import nl.toezeggingen.store.RappelStore;

/**
 * What the half-yearly rappel asks of a commitment (issue 19): a postponement with its reason, and the dated
 * stand van zaken. Every refusal names its field and writes nothing. From {@link Tracker#rappel()}.
 */
public final class Rappel {
    /** Where a refusal belongs: the fields of a postponement and of a stand van zaken. */
    public enum Field { TO, REASON, INFORMED_BY, TEXT, ON, INTERNAL, DOSSIER, WORKING_DAYS }

    private final Tracker tracker;
    private final RappelStore store;
    private final InternalStore internal;

    Rappel(Tracker tracker, RappelStore store, InternalStore internal) {
        this.tracker = tracker;
        this.store = store;
        this.internal = internal;
    }

    /** One thing that keeps a postponement or entry from being saved, or a warning that goes with a saved one. */
    public record Note(Field field, String key, List<Object> args) {
        Note(Field field, String key, Object... args) {
            this(field, key, List.of(args));
        }
    }

    /** Refused as a whole: nothing was written. */
    public static final class Refused extends RuntimeException {
        private final List<Note> notes;

        Refused(List<Note> notes) {
            super(notes.toString());
            this.notes = List.copyOf(notes);
        }

        public List<Note> notes() {
            return notes;
        }
    }

    /** A postponement made: the commitment as it is now, the postponement, and what is worth a second look. */
    public record Postponed(Commitment commitment, Postponement postponement, List<Note> warnings) {
    }

    /**
     * Moves the deadline to {@code to} (a date or a phrase, read as of today: the new promise is made now) for
     * {@code reason}; {@code informedBy} names the letter that told the Kamer. A new deadline before today, before
     * the made-on date or before the present one is allowed, and said in the warnings.
     *
     * @throws NoSuchCommitmentException when there is no such commitment (or it is in the bin)
     * @throws Refused                   without a reason, with a phrase that is not understood, a closed
     *                                   commitment, or a deadline that does not change
     */
    public Postponed postpone(long id, String to, String reason, String informedBy) {
        Commitment commitment = tracker.store().find(id).orElseThrow(() -> new NoSuchCommitmentException(id));
        List<Note> refusals = new ArrayList<>();
        String why = Text.clean(reason);
        String letter = Text.clean(informedBy);
        if (why == null) {
            refusals.add(new Note(Field.REASON, "rappel.postpone.reason.empty"));
        } else if (why.length() > Postponement.MAX_TEXT) {
            refusals.add(new Note(Field.REASON, "validation.event.tooLong", why.length(), Postponement.MAX_TEXT));
        }
        if (letter != null && letter.length() > Postponement.MAX_TEXT) {
            refusals.add(new Note(Field.INFORMED_BY, "validation.event.tooLong", letter.length(), Postponement.MAX_TEXT));
        }
        if (commitment.status().isClosed()) {
            refusals.add(new Note(Field.TO, "rappel.postpone.closed", commitment.status()));
        }
        Deadline from = commitment.deadline();
        Deadline target = null;
        String phrase = Text.clean(to);
        if (phrase == null) {
            refusals.add(new Note(Field.TO, "rappel.postpone.to.empty"));
        } else if (!FieldRules.fits(Commitment.Field.DEADLINE_PHRASE, phrase)) {
            refusals.add(new Note(Field.TO, "validation.event.tooLong", phrase.length(),
                    FieldRules.maxLength(Commitment.Field.DEADLINE_PHRASE)));
        } else {
            Resolution resolution = tracker.deadlines().resolve(phrase, tracker.today());
            if (!resolution.understood()) {
                refusals.add(new Note(Field.TO, resolution.refusal().key(), resolution.refusal().args().toArray()));
            } else if (resolution.deadline().latest() == null) {
                refusals.add(new Note(Field.TO, "rappel.postpone.to.noDate", phrase));
            } else {
                target = resolution.deadline();
                if (target.latest().equals(from.latest()) && java.util.Objects.equals(target.earliest(), from.earliest())) {
                    refusals.add(new Note(Field.TO, "rappel.postpone.to.same", target.latest()));
                }
            }
        }
        if (!refusals.isEmpty()) {
            throw new Refused(refusals);
        }
        List<Note> warnings = new ArrayList<>();
        LocalDate today = tracker.today();
        if (target.latest().isBefore(today)) {
            warnings.add(new Note(Field.TO, "rappel.postpone.warn.beforeToday", target.latest(), today));
        }
        if (commitment.madeOn() != null && target.latest().isBefore(commitment.madeOn())) {
            warnings.add(new Note(Field.TO, "rappel.postpone.warn.beforeMadeOn", target.latest(), commitment.madeOn()));
        }
        if (from.latest() != null && target.latest().isBefore(from.latest())) {
            warnings.add(new Note(Field.TO, "rappel.postpone.warn.earlier", target.latest(), from.latest()));
        }
        Commitment moved = commitment.toBuilder().deadline(target).build();
        List<Problem> problems = moved.problems(today).stream()
                .filter(p -> !p.key().equals("validation.deadline.beforeMadeOn")).toList();
        if (!problems.isEmpty()) {
            throw new InvalidCommitmentException(problems);
        }
        if (internal.typed(id).isPresent()) {
            warnings.add(new Note(Field.INTERNAL, "rappel.postpone.warn.internalCleared",
                    internalRule().workingDays(commitment.dossier())));
        }
        Postponement postponement = new Postponement(id, tracker.clock().instant(), tracker.user(), from, target, why,
                letter);
        return new Postponed(store.postpone(moved, postponement), postponement, warnings);
    }

    /**
     * Keeps a dated stand van zaken ({@code on} null: today).
     *
     * @throws NoSuchCommitmentException when there is no such commitment (or it is in the bin)
     * @throws Refused                   for an empty or too long text, or a day after today or out of range
     */
    public ProgressEntry progress(long id, String text, LocalDate on) {
        tracker.store().find(id).orElseThrow(() -> new NoSuchCommitmentException(id));
        List<Note> refusals = new ArrayList<>();
        String line = Text.clean(text);
        LocalDate day = on == null ? tracker.today() : on;
        if (line == null) {
            refusals.add(new Note(Field.TEXT, "rappel.progress.text.empty"));
        } else if (line.length() > ProgressEntry.MAX_TEXT) {
            refusals.add(new Note(Field.TEXT, "validation.event.tooLong", line.length(), ProgressEntry.MAX_TEXT));
        }
        if (!FieldRules.yearAllowed(day)) {
            refusals.add(new Note(Field.ON, "validation.event.date.year", day.getYear(), FieldRules.MIN_YEAR,
                    FieldRules.MAX_YEAR));
        } else if (day.isAfter(tracker.today())) {
            refusals.add(new Note(Field.ON, "rappel.progress.on.future", day, tracker.today()));
        }
        if (!refusals.isEmpty()) {
            throw new Refused(refusals);
        }
        ProgressEntry entry = new ProgressEntry(id, day, line);
        store.addProgress(entry, tracker.user(), tracker.clock().instant());
        return entry;
    }

    /** The house rule with every dossier's own: how many working days before the Kamer a piece is due. */
    public InternalRule internalRule() {
        return new InternalRule(tracker.settings().get(Setting.INTERNAL_DAYS), internal.dossierRules());
    }

    /** Every internal deadline typed for a single commitment, by id. */
    public Map<Long, LocalDate> typedInternalDeadlines() {
        return internal.typed();
    }

    /** The day the typed one, if any, says; empty when the rule counts. */
    public java.util.Optional<LocalDate> typedInternalDeadline(long id) {
        return internal.typed(id);
    }

    /**
     * The commitment's internal deadline now: typed, or by the rule of its dossier; null when it is closed or has
     * no Kamer deadline with a date.
     */
    public LocalDate internalDeadline(long id) {
        Commitment commitment = tracker.store().find(id).orElseThrow(() -> new NoSuchCommitmentException(id));
        return internalRule().internalDeadline(commitment, internal.typed(id).orElse(null));
    }

    /**
     * Types {@code day} as the day the piece must reach the minister ({@code null}: the rule counts again). False
     * when it already was.
     *
     * @throws NoSuchCommitmentException when there is no such commitment (or it is in the bin)
     * @throws Refused                   for a day out of range, after the Kamer's deadline or before the promise
     */
    public boolean typeInternalDeadline(long id, LocalDate day) {
        Commitment commitment = tracker.store().find(id).orElseThrow(() -> new NoSuchCommitmentException(id));
        if (day != null) {
            LocalDate kamer = commitment.deadline().latest();
            Note refusal = !FieldRules.yearAllowed(day)
                    ? new Note(Field.INTERNAL, "validation.event.date.year", day.getYear(), FieldRules.MIN_YEAR,
                            FieldRules.MAX_YEAR)
                    : kamer != null && day.isAfter(kamer) ? new Note(Field.INTERNAL, "rappel.internal.afterKamer", day, kamer)
                    : commitment.madeOn() != null && day.isBefore(commitment.madeOn())
                            ? new Note(Field.INTERNAL, "rappel.internal.beforeMadeOn", day, commitment.madeOn())
                            : null;
            if (refusal != null) {
                throw new Refused(List.of(refusal));
            }
        }
        return internal.setTyped(id, day, tracker.user(), tracker.clock().instant());
    }

    /**
     * Gives a dossier its own number of working days ({@code null}: the house rule counts for it again).
     *
     * @throws Refused for no dossier or a number out of 0 to 60
     */
    public void setDossierWorkingDays(String dossier, Integer workingDays) {
        String name = Text.clean(dossier);
        List<Note> refusals = new ArrayList<>();
        if (name == null) {
            refusals.add(new Note(Field.DOSSIER, "rappel.internal.dossier.empty"));
        } else if (!FieldRules.fits(Commitment.Field.DOSSIER, name)) {
            refusals.add(new Note(Field.DOSSIER, "validation.event.tooLong", name.length(),
                    FieldRules.maxLength(Commitment.Field.DOSSIER)));
        }
        if (workingDays != null && !InternalRule.allowed(workingDays)) {
            refusals.add(new Note(Field.WORKING_DAYS, "rappel.internal.days.range", workingDays,
                    nl.toezeggingen.domain.rappel.InternalDeadline.MAX_WORKING_DAYS));
        }
        if (!refusals.isEmpty()) {
            throw new Refused(refusals);
        }
        internal.setDossierRule(name, workingDays);
    }

    /** A commitment's postponements, the first first. */
    public List<Postponement> postponementsOf(long id) {
        return store.postponements(id);
    }

    /** The rappel's facts for every commitment (absent ones have none: {@link RappelFacts#NONE}). */
    public Map<Long, RappelFacts> facts() {
        return store.facts();
    }
}
