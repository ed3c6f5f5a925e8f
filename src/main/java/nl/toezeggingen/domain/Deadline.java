package nl.toezeggingen.domain;

import java.time.LocalDate;

/**
 * The phrase as it was spoken ("voor de zomer van 2025") and the window it stands for.
 * {@code latest} is the last day that still counts as on time; {@code earliest} is set only when the
 * phrase names a period or a start. {@code estimated} marks dates that rest on an unverified or estimated
 * calendar, or on a house rule. {@code kind} says what sort of deadline it is; the dates decide it, except
 * for a vague, recurring or event phrase, which the phrase decides. {@code recurrence} is set only for a recurring
 * one; {@code event} only for one tied to an event ("voor het commissiedebat hoger onderwijs"), which keeps the tie
 * even while the event has no date (then both dates are null: it waits for its date).
 */
public record Deadline(String phrase, LocalDate earliest, LocalDate latest, boolean estimated, Kind kind,
                       Recurrence recurrence, EventRef event) {

    /**
     * The event a deadline rests on: its id in the user's agenda (null for one not in it, or a shipped rule such
     * as the Voorjaarsnota) and its name, as the agenda has it or else as the phrase says it.
     */
    public record EventRef(Long id, String name) {
        public EventRef {
            name = Text.clean(name);
        }
    }

    public static final Deadline NONE = new Deadline(null, null, null, false);

    /** The {@code "kind"} of the command line's JSON; the words are the contract, the names are Java's. */
    public enum Kind {
        /** A last day only. */
        DATE("date"),
        /** A first and a last day. */
        WINDOW("window"),
        /** A first day only ("vanaf 2026"): nothing is late. */
        START("start"),
        /** No deadline ("doorlopend", "op termijn"), or a phrase not turned into dates. */
        NONE("none"),
        /** "zo snel mogelijk": dated by the user's house rule, always estimated. */
        VAGUE("vague"),
        /** "jaarlijks": the next occurrence, when there is one to count. */
        RECURRING("recurring"),
        /**
         * "voor het commissiedebat X", "bij de Voorjaarsnota": dated from the event, and without dates while the
         * event has none (for urgency that is as NONE: nothing can be late yet).
         */
        EVENT("event");

        private final String json;

        Kind(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        public static java.util.Optional<Kind> ofJson(String word) {
            return java.util.Arrays.stream(values()).filter(k -> k.json.equals(word)).findFirst();
        }

        /** What the dates alone say; vague, recurring and event are known from the phrase only. */
        static Kind of(LocalDate earliest, LocalDate latest) {
            if (latest == null) {
                return earliest == null ? NONE : START;
            }
            return earliest != null && earliest.isBefore(latest) ? WINDOW : DATE;
        }
    }

    public Deadline {
        phrase = Text.clean(phrase);
        boolean fromPhrase = kind == Kind.VAGUE || kind == Kind.RECURRING || kind == Kind.EVENT;
        kind = fromPhrase ? kind : Kind.of(earliest, latest);
        recurrence = kind == Kind.RECURRING ? java.util.Objects.requireNonNullElse(recurrence, Recurrence.PERIODIC) : null;
        event = kind == Kind.EVENT ? event : null;
    }

    /** A deadline without an event: what every caller made before events existed. */
    public Deadline(String phrase, LocalDate earliest, LocalDate latest, boolean estimated, Kind kind,
                    Recurrence recurrence) {
        this(phrase, earliest, latest, estimated, kind, recurrence, null);
    }

    /** A deadline whose kind its dates say: a date, a window, a start or none. */
    public Deadline(String phrase, LocalDate earliest, LocalDate latest, boolean estimated) {
        this(phrase, earliest, latest, estimated, null, null, null);
    }

    public boolean isEvent() {
        return kind == Kind.EVENT;
    }

    public boolean isRecurring() {
        return kind == Kind.RECURRING;
    }

    public static Deadline on(LocalDate latest) {
        return new Deadline(null, null, latest, false);
    }

    public boolean hasDate() {
        return latest != null;
    }

    /**
     * Tied to a moment that has no date yet ("voor het commissiedebat X" while the agenda lacks its day): it has
     * a deadline, only not its date. The faces show it as "wacht op datum", never as "zonder termijn".
     */
    public boolean waitsForDate() {
        return isEvent() && earliest == null && latest == null;
    }

    public boolean isEmpty() {
        return phrase == null && earliest == null && latest == null;
    }

    /**
     * The first day drawn for this deadline: the window's start, or the single date. An old import may hold
     * earliest after latest; the last day is what counts, so that is drawn alone.
     */
    public LocalDate start() {
        return earliest != null && latest != null && earliest.isBefore(latest) ? earliest : latest;
    }
}
