package nl.toezeggingen.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.InvalidCommitmentException;
import nl.toezeggingen.domain.Problem;
import nl.toezeggingen.domain.Text;
import nl.toezeggingen.domain.deadline.DeadlineParser;
import nl.toezeggingen.domain.deadline.Explanation;
import nl.toezeggingen.domain.deadline.ParliamentCalendar;
import nl.toezeggingen.domain.deadline.Resolution;

/**
 * Deadline phrases against the user's parliamentary calendar. Needs no database, so `resolve` works
 * while the window holds the data open.
 */
public final class Deadlines {
    private final ParliamentCalendar calendar;
    private final DeadlineParser parser;

    public Deadlines(ParliamentCalendar calendar) {
        this(calendar, DeadlineParser.DEFAULT_VAGUE_MONTHS);
    }

    /** {@code vagueMonths}: the user's house rule for "zo snel mogelijk" and the like. */
    public Deadlines(ParliamentCalendar calendar, int vagueMonths) {
        this(calendar, vagueMonths, nl.toezeggingen.domain.agenda.Agenda.empty());
    }

    /** {@code agenda}: the user's events, which event phrases ("voor het commissiedebat …") resolve against. */
    public Deadlines(ParliamentCalendar calendar, int vagueMonths, nl.toezeggingen.domain.agenda.Agenda agenda) {
        this.calendar = calendar;
        this.parser = new DeadlineParser(calendar, vagueMonths, agenda);
    }

    /**
     * The user's calendar and house rule, without opening the database (so that `resolve` works while the
     * window holds it): the house rule comes from the file the database's settings are mirrored to.
     *
     * @throws nl.toezeggingen.domain.deadline.CalendarFormatException when the user's kalender.csv is broken
     */
    public static Deadlines load(Path dataDirectory) {
        return new Deadlines(CalendarLoader.load(dataDirectory),
                Setting.VAGUE_MONTHS.from(new EarlySettings(dataDirectory).read()));
    }

    /**
     * As {@link #load}, with the agenda as its copy beside the data has it: for `resolve` while the window holds
     * the database. Empty when there is no copy.
     */
    public static java.util.Optional<Deadlines> loadWithAgendaCopy(Path dataDirectory) {
        return AgendaCopy.read(dataDirectory).map(agenda -> load(dataDirectory).withAgenda(agenda));
    }

    public int vagueMonths() {
        return parser.vagueMonths();
    }

    /** The same calendar and agenda under another house rule. */
    Deadlines withVagueMonths(int months) {
        return months == vagueMonths() ? this : new Deadlines(calendar, months, parser.agenda());
    }

    /** The same calendar and house rule with the agenda as it is now (an event added, moved or removed). */
    Deadlines withAgenda(nl.toezeggingen.domain.agenda.Agenda agenda) {
        return new Deadlines(calendar, vagueMonths(), agenda);
    }

    /** The same house rule and agenda with other recesses (the user corrected one). */
    Deadlines withCalendar(ParliamentCalendar recesses) {
        return new Deadlines(recesses, vagueMonths(), parser.agenda());
    }

    /**
     * The occurrence after the one just done, for a recurring commitment: {@code deadline} is the one that
     * was due, {@code doneOn} the day it was done. Not understood when the phrase names no next date.
     */
    public Resolution next(Deadline deadline, LocalDate madeOn, LocalDate doneOn) {
        return parser.next(deadline.phrase(), madeOn, deadline.latest(), doneOn);
    }

    /** The agenda event phrases are read against: the user's events, with the shipped moments behind them. */
    public nl.toezeggingen.domain.agenda.Agenda agenda() {
        return parser.agenda();
    }

    /** The recesses behind the resolutions, read once with the user's kalender.csv. */
    public ParliamentCalendar calendar() {
        return calendar;
    }

    public Resolution resolve(String phrase, LocalDate madeOn) {
        return parser.resolve(phrase, madeOn);
    }

    /** The refusal the parser gives a relative phrase ("binnen zes weken") without a made-on date. */
    static final String NEEDS_MADE_ON = "deadline.refused.noMadeOn";

    /** The within-rules name the made-on date in their sentence; counted from today they say so instead. */
    private static final Map<String, String> FROM_TODAY = Map.of(
            "deadline.explain.withinDays", "deadline.explain.withinDaysFromToday",
            "deadline.explain.withinWeeks", "deadline.explain.withinWeeksFromToday",
            "deadline.explain.withinMonths", "deadline.explain.withinMonthsFromToday",
            "deadline.explain.withinYears", "deadline.explain.withinYearsFromToday");

    /**
     * What the form shows while the user types. With a made-on date the phrase counts from it. Without one a
     * phrase that needs it counts from {@code today}, and the explanation says so: only here, where the user
     * sees it and can fill in the date; the command line and the import refuse instead.
     */
    public Resolution draft(String phrase, LocalDate madeOn, LocalDate today) {
        if (madeOn != null) {
            return parser.resolve(phrase, madeOn);
        }
        Resolution strict = parser.resolve(phrase, null);
        if (!needsMadeOn(strict)) {
            return strict;
        }
        Resolution fromToday = parser.resolve(phrase, today);
        if (!fromToday.understood()) {
            return fromToday;
        }
        Explanation why = fromToday.explanation();
        String withinKey = FROM_TODAY.get(why.key());
        return new Resolution(fromToday.deadline(), withinKey != null ? new Explanation(withinKey, why.args())
                : Explanation.of("deadline.explain.fromToday", today, why), null);
    }

    /** True when the phrase counts from the made-on date ("binnen zes weken", "voor de zomer"). */
    public boolean needsMadeOn(String phrase) {
        return needsMadeOn(parser.resolve(phrase, null));
    }

    private static boolean needsMadeOn(Resolution resolution) {
        return !resolution.understood() && NEEDS_MADE_ON.equals(resolution.refusal().key());
    }

    /** The deadline part of a longer text, such as a register's whole text; see {@link DeadlineParser#locate}. */
    public java.util.Optional<nl.toezeggingen.domain.deadline.Located> locate(String text, LocalDate madeOn) {
        return parser.locate(text, madeOn);
    }

    /**
     * The deadline to store. Dates typed by hand win and the phrase is kept; without them the phrase's
     * window is used, and a phrase that is not understood is refused at the phrase field.
     * {@code madeOn} null means the commitment was made {@code today}.
     */
    public Deadline settle(String phrase, LocalDate earliest, LocalDate latest, LocalDate madeOn, LocalDate today) {
        return settle(phrase, earliest, latest, false, madeOn, today);
    }

    /**
     * As {@link #settle(String, LocalDate, LocalDate, LocalDate, LocalDate)}, for a stored deadline saved
     * again: a later occurrence of a recurring one keeps its own "estimated" mark.
     */
    public Deadline settle(Deadline stored, LocalDate madeOn, LocalDate today) {
        return settle(stored.phrase(), stored.earliest(), stored.latest(), stored.estimated(), madeOn, today);
    }

    private Deadline settle(String phrase, LocalDate earliest, LocalDate latest, boolean estimated, LocalDate madeOn,
            LocalDate today) {
        String text = Text.clean(phrase);
        if (text == null) {
            return new Deadline(null, earliest, latest, false);
        }
        Resolution resolution = parser.resolve(text, madeOn != null ? madeOn : today);
        if (latest != null || earliest != null) {
            Deadline typed = new Deadline(text, earliest, latest, false);
            if (!resolution.understood()) {
                return typed;
            }
            // Dates that merely repeat the resolution keep its "estimated" mark.
            if (sameDates(resolution.deadline(), typed)) {
                return resolution.deadline();
            }
            // A recurring commitment whose later occurrence is stored (or typed) stays recurring.
            Deadline resolved = resolution.deadline();
            return resolved.isRecurring()
                    ? new Deadline(text, earliest, latest, estimated, Deadline.Kind.RECURRING, resolved.recurrence())
                    : typed;
        }
        if (!resolution.understood()) {
            throw new InvalidCommitmentException(List.of(new Problem(Commitment.Field.DEADLINE_PHRASE,
                    resolution.refusal().key(), resolution.refusal().args())));
        }
        return resolution.deadline();
    }

    /** True when the stored dates are what the phrase gives (not typed over by hand). */
    public boolean followsPhrase(Deadline deadline, LocalDate madeOn, LocalDate today) {
        if (deadline.phrase() == null) {
            return false;
        }
        Resolution resolution = parser.resolve(deadline.phrase(), madeOn != null ? madeOn : today);
        return resolution.understood() && sameDates(resolution.deadline(), deadline);
    }

    private static boolean sameDates(Deadline a, Deadline b) {
        return Objects.equals(a.earliest(), b.earliest()) && Objects.equals(a.latest(), b.latest());
    }
}
