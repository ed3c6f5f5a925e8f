package nl.toezeggingen.domain.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toezeggingen.domain.Deadline;

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
        RULES = List.copyOf(rules);
    }

    private final ParliamentCalendar calendar;

    public DeadlineParser(ParliamentCalendar calendar) {
        this.calendar = calendar;
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
        String typed = phrase == null ? "" : phrase.strip();
        if (typed.isEmpty()) {
            return Resolution.refused(typed, Explanation.of("deadline.refused.empty"));
        }
        String text = PhraseText.normalize(typed);
        Context context = new Context(calendar, madeOn, typed, text);
        try {
            Found found = understand(text, context);
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
            return Resolution.understood(new Deadline(typed, w.earliest(), w.latest(), w.estimated()),
                    w.explanation());
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
            Found found = understand(mapped.text(), new Context(calendar, searchFrom, text, mapped.text()));
            if (found == null || found.refused() != null || found.start() >= found.end()) {
                return java.util.Optional.empty();
            }
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
            Found found = withAlternative(text, context, (Outcome.Window) hit.outcome(), hit.start(), hit.end());
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
        String before = Words.timeBearing(text.substring(0, start), false);
        String after = Words.timeBearing(text.substring(end), true);
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
}
