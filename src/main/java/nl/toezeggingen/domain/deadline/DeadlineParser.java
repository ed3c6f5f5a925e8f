package nl.toezeggingen.domain.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
            for (Rule rule : RULES) {
                Outcome outcome = rule.apply(text, context);
                if (outcome instanceof Outcome.Window w) {
                    return Resolution.understood(new Deadline(typed, w.earliest(), w.latest(), w.estimated()),
                            w.explanation());
                }
                if (outcome instanceof Outcome.Refused r) {
                    return Resolution.refused(typed, r.explanation());
                }
            }
        } catch (Context.MadeOnMissing e) {
            return Resolution.refused(typed, Explanation.of("deadline.refused.noMadeOn", typed));
        } catch (DateTimeException | ArithmeticException e) {
            // Years far outside any calendar; refusing is honest, throwing would break the caller's loop.
            return Resolution.refused(typed, Explanation.of("deadline.refused.unknown", typed));
        }
        return Resolution.refused(typed, Explanation.of("deadline.refused.unknown", typed));
    }
}
