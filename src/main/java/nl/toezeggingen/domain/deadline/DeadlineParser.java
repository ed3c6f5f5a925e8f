package nl.toezeggingen.domain.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Recurrence;
import nl.toezeggingen.domain.agenda.Agenda;

/**
 * Turns a deadline phrase as spoken in parliament, Dutch or English, into a window of dates, with an
 * explanation in message keys. Thread-safe: the patterns are compiled once and the calendar is immutable.
 */
public final class DeadlineParser {
    /**
     * Most specific first: a recess or a date inside a longer phrase wins over the month or year around it
     * ("voor de zomer van 2025", "1 juli 2025"), and "doorlopend" counts only when nothing else is named.
     */
    private static final List<Rule> RULES;

    static {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(RecessRules.rules());
        rules.addAll(DateRules.dates());
        rules.addAll(PeriodRules.rules());
        rules.addAll(DateRules.spans());
        // Last: beside a firm bound ("zo snel mogelijk, uiterlijk 1 juli") the firm bound is the promise.
        rules.addAll(VagueRules.rules());
        // After everything else: a debate's name may hold words another rule reads better ("voor de zomer").
        rules.addAll(EventRules.rules());
        RULES = List.copyOf(rules);
    }

    /** The house rule when the user has set none: "zo snel mogelijk" is within three months. */
    public static final int DEFAULT_VAGUE_MONTHS = 3;
    public static final int MAX_VAGUE_MONTHS = 24;

    private final ParliamentCalendar calendar;
    private final int vagueMonths;
    private final Agenda agenda;

    public DeadlineParser(ParliamentCalendar calendar) {
        this(calendar, DEFAULT_VAGUE_MONTHS);
    }

    /** {@code vagueMonths}: the user's house rule for vague phrases, 1 to {@link #MAX_VAGUE_MONTHS}. */
    public DeadlineParser(ParliamentCalendar calendar, int vagueMonths) {
        this(calendar, vagueMonths, Agenda.empty());
    }

    /**
     * {@code agenda}: the user's events, against which event phrases resolve ("voor het commissiedebat hoger
     * onderwijs"); with an empty one such a phrase waits for its date, and the shipped moments still count.
     */
    public DeadlineParser(ParliamentCalendar calendar, int vagueMonths, Agenda agenda) {
        if (vagueMonths < 1 || vagueMonths > MAX_VAGUE_MONTHS) {
            throw new IllegalArgumentException("vague months out of range: " + vagueMonths);
        }
        this.calendar = calendar;
        this.vagueMonths = vagueMonths;
        this.agenda = java.util.Objects.requireNonNull(agenda);
    }

    public Agenda agenda() {
        return agenda;
    }

    public int vagueMonths() {
        return vagueMonths;
    }

    /** The forms understood, with examples; a help page can be generated from them. */
    public static List<PhraseForm> forms() {
        return List.of(PhraseForm.values());
    }

    /**
     * Resolves a phrase; never throws. {@code madeOn} is the date the commitment was made: a phrase without
     * a year means the next such moment on or after it. Pass today when it is not known.
     */
    public Resolution resolve(String phrase, LocalDate madeOn) {
        return resolve(phrase, madeOn, null, null);
    }

    /**
     * The occurrence of a recurring commitment after the one that was just done: {@code previous} is the
     * last day of that one, {@code doneOn} the day it was done. A phrase that does not recur resolves as
     * {@link #resolve} does.
     */
    public Resolution next(String phrase, LocalDate madeOn, LocalDate previous, LocalDate doneOn) {
        return resolve(phrase, madeOn, previous, doneOn);
    }

    private Resolution resolve(String phrase, LocalDate madeOn, LocalDate previous, LocalDate doneOn) {
        String typed = phrase == null ? "" : phrase.strip();
        if (typed.isEmpty()) {
            return Resolution.refused(typed, Explanation.of("deadline.refused.empty"));
        }
        String text = PhraseText.normalize(typed);
        Context context = new Context(calendar, agenda, madeOn, typed, text, vagueMonths);
        try {
            Found found = recurring(text, context, previous, doneOn);
            if (found == null) {
                found = understand(text, context);
            }
            if (found == null) {
                return Resolution.refused(typed, Explanation.of("deadline.refused.unknown", typed));
            }
            if (found.refused() != null) {
                return Resolution.refused(typed, found.refused().explanation());
            }
            if (found.leftover() != null) {
                return Resolution.refused(typed, Explanation.of("deadline.refused.leftover", typed, found.leftover()));
            }
            Outcome.Window w = found.window();
            return Resolution.understood(w.deadline(typed), w.explanation(), w.event());
        } catch (Context.MadeOnMissing e) {
            return Resolution.refused(typed, Explanation.of("deadline.refused.noMadeOn", typed));
        } catch (DateTimeException | ArithmeticException e) {
            // Years far outside any calendar; refusing is honest, throwing would break the caller's loop.
            return Resolution.refused(typed, Explanation.of("deadline.refused.unknown", typed));
        }
    }

    /** Stands in for a missing made-on date while looking for where a phrase is; never used for its dates. */
    private static final LocalDate ANY_DAY = LocalDate.of(2000, 1, 1);
    static final String NO_MADE_ON = "deadline.refused.noMadeOn";

    /**
     * Finds the deadline part of a longer text ("De minister informeert de Kamer vóór de zomer over ..."), as
     * typed, with that part resolved on its own. Words around it are no part of it; other time-bearing words
     * in the text are named in {@link Located#leftover}. Empty when no rule understands any part, or the part
     * is refused for another reason than a missing made-on date. Never throws.
     */
    public java.util.Optional<Located> locate(String text, LocalDate madeOn) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        PhraseText.Mapped mapped = PhraseText.normalizeMapped(text);
        try {
            // Where the phrase is does not depend on the day it counts from; only its dates do.
            LocalDate searchFrom = madeOn != null ? madeOn : ANY_DAY;
            Found found = understand(mapped.text(),
                    new Context(calendar, agenda, searchFrom, text, mapped.text(), vagueMonths));
            if (found != null && found.refused() != null) {
                return java.util.Optional.empty();
            }
            int from = found == null ? -1 : found.start();
            int to = found == null ? -1 : found.end();
            RecurringWords.Found recurs = RecurringWords.find(mapped.text());
            if (recurs != null) {
                // "jaarlijks vóór het zomerreces": the recurrence belongs to the part, wherever it stands.
                from = from < 0 ? recurs.start() : Math.min(from, recurs.start());
                to = Math.max(to, recurs.end());
            }
            if (from < 0 || from >= to) {
                return java.util.Optional.empty();
            }
            found = new Found(null, from, to, found == null || recurs != null ? null : found.leftover(), null);
            String part = mapped.typedPart(found.start(), found.end());
            Resolution resolution = resolve(part, madeOn);
            if (!resolution.understood() && !NO_MADE_ON.equals(resolution.refusal().key())) {
                return java.util.Optional.empty();
            }
            int start = mapped.typedStart(skipSpace(mapped.text(), found.start()));
            return java.util.Optional.of(new Located(part, start, start + part.length(), resolution,
                    found.leftover()));
        } catch (Context.MadeOnMissing | DateTimeException | ArithmeticException e) {
            return java.util.Optional.empty();
        }
    }

    private static int skipSpace(String text, int at) {
        return at < text.length() && text.charAt(at) == ' ' ? at + 1 : at;
    }

    /**
     * What the rules made of a text: a window over [start, end), with {@code leftover} quoting time-bearing
     * words outside it (then it must not be used), or a refusal that stops the search.
     */
    private record Found(Outcome.Window window, int start, int end, String leftover, Outcome.Refused refused) {
        boolean clean() {
            return refused == null && leftover == null;
        }
    }

    /** "X of Y", "X/Y", "X or Y": the connector right after or right before the part a rule understood. */
    private static final Pattern OR_AFTER = Pattern.compile("^ ?(?:(?:of|or) |/ ?)");
    private static final Pattern OR_BEFORE = Pattern.compile("(?:^| )(?:of|or) ?$|/ ?$");

    private static boolean mayBeAlternative(String part) {
        return part.contains("of") || part.contains("or") || part.contains("/");
    }

    /**
     * The first rule whose match accounts for every time-bearing word wins; a match that leaves one over is
     * remembered, so that the refusal can quote it when no rule does better.
     */
    private Found understand(String text, Context context) {
        Found firstWithLeftover = null;
        for (Rule rule : RULES) {
            Rule.Hit hit = rule.apply(text, context);
            if (hit == null) {
                continue;
            }
            if (hit.outcome() instanceof Outcome.Refused r) {
                return new Found(null, 0, 0, null, r);
            }
            Outcome.Window window = (Outcome.Window) hit.outcome();
            if (FROM.matcher(text).region(hit.start(), hit.end()).lookingAt()) {
                window = start(window);
                if (window == null) {
                    // "vanaf de zomer": a start this rule cannot place; never read it as the rule's own window.
                    Found notAStart = new Found(null, hit.start(), hit.end(), text.substring(hit.start(), hit.end()), null);
                    firstWithLeftover = firstWithLeftover == null ? notAStart : firstWithLeftover;
                    continue;
                }
            }
            Found found = withAlternative(text, context, window, hit.start(), hit.end());
            if (found.clean()) {
                return found;
            }
            if (firstWithLeftover == null) {
                firstWithLeftover = found;
            }
        }
        return firstWithLeftover;
    }

    /**
     * "voor de zomer of uiterlijk 1 september": the promise is kept by either, so the later one is the last
     * day on time. Without such a connector, or when the other side is not understood, the leftover counts.
     */
    private Found withAlternative(String text, Context context, Outcome.Window w, int start, int end) {
        String after = text.substring(end);
        Matcher orAfter = OR_AFTER.matcher(after);
        if (mayBeAlternative(after) && orAfter.find()) {
            String rest = after.substring(orAfter.end());
            Found other = understand(rest, context.forPart(rest));
            if (other != null && other.clean()) {
                Outcome.Window both = either(text.substring(start, end), w,
                        rest.substring(other.start(), other.end()), other.window());
                if (both != null) {
                    return leftover(text, both, start, end + orAfter.end() + other.end());
                }
            }
        }
        String before = text.substring(0, start);
        Matcher orBefore = OR_BEFORE.matcher(before);
        if (mayBeAlternative(before) && orBefore.find()) {
            String head = before.substring(0, orBefore.start());
            Found other = understand(head, context.forPart(head));
            if (other != null && other.clean()) {
                Outcome.Window both = either(head.substring(other.start(), other.end()), other.window(),
                        text.substring(start, end), w);
                if (both != null) {
                    return leftover(text, both, other.start(), end);
                }
            }
        }
        return leftover(text, w, start, end);
    }

    private static Found leftover(String text, Outcome.Window w, int start, int end) {
        // "zo snel mogelijk, uiterlijk 1 juli": the firm bound is the promise, but only a bound that says it
        // is one; "op korte termijn, gelet op de brief van 9 september" names a letter's date, not a bound.
        String rest = FIRM.matcher(text).region(start, end).lookingAt() ? VagueRules.withoutVagueWords(text) : text;
        String before = Words.timeBearing(rest.substring(0, start), false);
        String after = Words.timeBearing(rest.substring(end), true);
        String quote = before == null ? after : after == null ? before : before + " … " + after;
        return new Found(w, start, end, quote, null);
    }

    /** The later of two windows, naming both; null (so not understood) when either has no last day. */
    private static Outcome.Window either(String firstText, Outcome.Window first, String secondText,
            Outcome.Window second) {
        if (first.latest() == null || second.latest() == null) {
            return null;
        }
        Outcome.Window later = second.latest().isAfter(first.latest()) ? second : first;
        return new Outcome.Window(null, later.latest(), later.estimated(), Explanation.of("deadline.explain.either",
                later.latest(), firstText.strip(), first.latest(), secondText.strip(), second.latest()));
    }

    /** A part that names itself a bound: "uiterlijk 1 juli", "voor de zomer", "in maart", "eind 2024". */
    private static final Pattern FIRM = Pattern.compile("(?:uiterlijk|voor|before|by|in|op|tijdens|rond|omstreeks"
            + "|eind|einde|begin|medio|halverwege|binnen|within|na|after|q[1-4]|week|deze|dit) ");

    /** "vanaf 2026", "met ingang van 1 januari 2027": the match starts with a word that names a start. */
    private static final Pattern FROM = Pattern.compile("(?:vanaf|met ingang van|from|as of|as from|starting) ");
    /** The windows a start can be taken from: a day, or the first day of a month, quarter, week or year. */
    private static final java.util.Set<String> STARTS = java.util.Set.of("deadline.explain.date",
            "deadline.explain.month", "deadline.explain.year", "deadline.explain.quarter", "deadline.explain.halfYear",
            "deadline.explain.week", "deadline.explain.partOfMonth", "deadline.explain.earlyYear");

    /** The first day of what the rule understood, as a start without a last day; null when it has none. */
    private static Outcome.Window start(Outcome.Window w) {
        if (!STARTS.contains(w.explanation().key())) {
            return null;
        }
        LocalDate first = w.earliest() != null ? w.earliest() : w.latest();
        return new Outcome.Window(first, null, w.estimated(), Explanation.of("deadline.explain.start", first));
    }

    /**
     * "jaarlijks", "elk kwartaal vóór ...": the recurrence words taken out, the rest is the moment, read by the
     * ordinary rules from the day after the previous occurrence. Without a moment the next occurrence is the
     * period after the made-on date (or the day it was last done), estimated; "periodiek" has none.
     */
    private Found recurring(String text, Context context, LocalDate previous, LocalDate doneOn) {
        RecurringWords.Found r = RecurringWords.find(text);
        if (r == null || (text.charAt(r.end() - 1) == 'e' && EventRules.holds(text, r.start(), r.end(), context))) {
            // "in de jaarlijkse rapportage": the report recurs, the commitment is for the next one (an event).
            return null;
        }
        String word = context.typedPart(text.substring(r.start(), r.end()));
        String rest = (text.substring(0, r.start()) + " " + text.substring(r.end())).strip().replaceAll(" {2,}", " ");
        String moment = Words.timeBearing(rest, true);
        Recurrence recurrence = r.recurrence();
        if (moment == null) {
            if (!recurrence.hasPeriod()) {
                return whole(text, new Outcome.Window(null, null, false,
                        Explanation.of("deadline.explain.periodic", word), Deadline.Kind.RECURRING, recurrence));
            }
            LocalDate from = doneOn != null ? doneOn : context.madeOn();
            LocalDate latest = from.plusMonths(recurrence.months());
            return whole(text, new Outcome.Window(null, latest, true, Explanation.of("deadline.explain.recurring",
                    latest, word, recurrence.months(), from, doneOn != null ? 1 : 0), Deadline.Kind.RECURRING,
                    recurrence));
        }
        if (recurrence != Recurrence.YEARLY) {
            // "elk kwartaal voor de 15e": a moment within a shorter period is not understood (yet); say so.
            return new Found(null, 0, text.length(), moment, null);
        }
        LocalDate from = context.madeOn();
        if (previous != null) {
            LocalDate dayAfter = previous.plusDays(1);
            from = doneOn != null && doneOn.isAfter(dayAfter) ? doneOn : dayAfter;
        }
        Found found = understand(rest, context.from(from, rest));
        if (found == null) {
            return new Found(null, 0, text.length(), moment, null);
        }
        if (!found.clean()) {
            return new Found(null, 0, text.length(), found.leftover(), found.refused());
        }
        Outcome.Window w = found.window();
        if (w.latest() == null || !w.explanation().key().startsWith("deadline.explain.")
                || SPANS.contains(w.explanation().key())) {
            // "jaarlijks ... na vijf jaar een evaluatie": a span from the made-on date is no yearly moment.
            return new Found(null, 0, text.length(), moment, null);
        }
        return whole(text, new Outcome.Window(null, w.latest(), w.estimated(),
                Explanation.of("deadline.explain.recurringMoment", w.latest(), word, w.explanation()),
                Deadline.Kind.RECURRING, recurrence));
    }

    private static final java.util.Set<String> SPANS = java.util.Set.of("deadline.explain.withinDays",
            "deadline.explain.withinWeeks", "deadline.explain.withinMonths", "deadline.explain.withinYears",
            "deadline.explain.vague");

    private static Found whole(String text, Outcome.Window w) {
        return new Found(w, 0, text.length(), null, null);
    }
}
