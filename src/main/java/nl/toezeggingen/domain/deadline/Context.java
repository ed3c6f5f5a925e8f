package nl.toezeggingen.domain.deadline;

import java.time.LocalDate;
import java.util.function.IntFunction;
import nl.toezeggingen.domain.agenda.Agenda;

/**
 * What a rule may use besides its match: the calendar, the agenda, the made-on date and the phrase as the user
 * typed it.
 */
final class Context {
    private final ParliamentCalendar calendar;
    private final Agenda agenda;
    private final LocalDate madeOn;
    private final String typed;
    private final String normalized;
    private final int vagueMonths;

    /** Thrown when a phrase needs a made-on date that the caller did not give. */
    static final class MadeOnMissing extends RuntimeException {
        MadeOnMissing() {
            super(null, null, false, false);
        }
    }

    Context(ParliamentCalendar calendar, Agenda agenda, LocalDate madeOn, String typed, String normalized,
            int vagueMonths) {
        this.calendar = calendar;
        this.agenda = agenda;
        this.madeOn = madeOn;
        this.typed = typed;
        this.normalized = normalized;
        this.vagueMonths = vagueMonths;
    }

    /** The same commitment, looking at part of its phrase ("X of Y" resolves X and Y each on its own). */
    Context forPart(String normalizedPart) {
        return new Context(calendar, agenda, madeOn, typed, normalizedPart, vagueMonths);
    }

    /** The same phrase, counted from another day: the next occurrence of a recurring commitment. */
    Context from(LocalDate day, String normalizedPart) {
        return new Context(calendar, agenda, day, typed, normalizedPart, vagueMonths);
    }

    /** The house rule for "zo snel mogelijk" and the like: this many months after the made-on date. */
    int vagueMonths() {
        return vagueMonths;
    }

    /** A matched part as the explanation quotes it: "z s m" (dots are dropped) reads "z.s.m." again. */
    String typedPart(String normalizedPart) {
        return normalizedPart.replaceAll("\\bz ?s ?m\\b", "z.s.m.");
    }

    ParliamentCalendar calendar() {
        return calendar;
    }

    Agenda agenda() {
        return agenda;
    }

    /** The made-on date when the caller gave one: for look-ups that can do without. */
    LocalDate madeOnIfKnown() {
        return madeOn;
    }

    LocalDate madeOn() {
        if (madeOn == null) {
            throw new MadeOnMissing();
        }
        return madeOn;
    }

    String typed() {
        return typed;
    }

    /** The normalized text the rules are matching, whole or the part being looked at. */
    String text() {
        return normalized;
    }

    boolean isWholePhrase(String matched) {
        return normalized.equals(matched);
    }

    /**
     * Builds the window for the year the phrase names. Without a year it is the next such moment on or after
     * the made-on date: this year's, unless that window already ended before the commitment was made.
     */
    Outcome inYear(Words.YearRef ref, IntFunction<Outcome> build) {
        return switch (ref.kind()) {
            case EXPLICIT -> build.apply(ref.year());
            case THIS -> build.apply(madeOn().getYear());
            case NEXT -> build.apply(madeOn().getYear() + 1);
            case NONE -> {
                int year = madeOn().getYear();
                Outcome outcome = build.apply(year);
                yield outcome instanceof Outcome.Window w && w.latest() != null && w.latest().isBefore(madeOn)
                        ? build.apply(year + 1)
                        : outcome;
            }
        };
    }
}
