package nl.toezeggingen.domain.deadline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toezeggingen.domain.Recurrence;

/**
 * The words that make a commitment come back ("jaarlijks", "elk kwartaal", "twee keer per jaar"). What is
 * left of the phrase without them is its moment ("vóór het zomerreces"), read by the ordinary rules.
 * "Per jaar" alone is not here: "€ 100 mln. per jaar" is an amount, not a promise to come back.
 */
final class RecurringWords {
    private RecurringWords() {
    }

    private static final String EVERY = "(?:elk|elke|ieder|iedere|each|every)";
    private static final String TIMES = "(?:keer|maal|x|times)";

    private record Form(Pattern pattern, Recurrence recurrence) {
        static Form of(String regex, Recurrence recurrence) {
            return new Form(Pattern.compile("\\b(?:" + regex + ")\\b"), recurrence);
        }
    }

    /** Most specific first: "halfjaarlijks" and "tweejaarlijks" before "jaarlijks". */
    private static final List<Form> FORMS = List.of(
            Form.of("halfjaarlijks[e]?|" + EVERY + " (?:half jaar|zes maanden|six months)|twee ?" + TIMES
                    + " (?:per|in het|a|per) (?:jaar|year)|tweemaal per jaar|op twee momenten in het jaar"
                    + "|twice a year|semi-?annual(?:ly)?|half-?yearly", Recurrence.HALF_YEARLY),
            Form.of("tweejaarlijks[e]?|" + EVERY + " twee jaar|om de twee jaar|every two years|biennial(?:ly)?",
                    Recurrence.TWO_YEARLY),
            Form.of("driejaarlijks[e]?|" + EVERY + " drie jaar|om de drie jaar|every three years",
                    Recurrence.THREE_YEARLY),
            Form.of("jaarlijks[e]?|" + EVERY + " jaar|(?:een|1) ?" + TIMES + " per jaar|eenmaal per jaar"
                    + "|eens per jaar|annual(?:ly)?|yearly|once a year", Recurrence.YEARLY),
            // \b keeps "driemaandelijks" out of "maandelijks" and "elke maandag" out of "elke maand".
            Form.of("maandelijks[e]?|" + EVERY + " maand|eens per maand"
                    + "|(?:een|1) ?" + TIMES + " per maand|monthly|once a month", Recurrence.MONTHLY),
            Form.of("driemaandelijks[e]?|" + EVERY + " kwartaal|eens per kwartaal|(?:een|1) ?" + TIMES
                    + " per kwartaal|vier ?" + TIMES + " per jaar|viermaal per jaar|quarterly|every quarter"
                    + "|four times a year", Recurrence.QUARTERLY),
            Form.of("periodiek[e]?|regelmatig[e]?|periodic(?:ally)?|regularly", Recurrence.PERIODIC));

    /** The recurrence a phrase names and where, or null when it names none. */
    record Found(Recurrence recurrence, int start, int end) {
    }

    static Found find(String text) {
        if (!mayRecur(text)) {
            return null;
        }
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(text);
            if (m.find()) {
                if (NAMES_A_DOCUMENT.matcher(text).region(0, m.start()).find()) {
                    // "in de jaarlijkse rapportage": one report the commitment waits for, not a recurrence.
                    return null;
                }
                return new Found(form.recurrence(), m.start(), m.end());
            }
        }
        return null;
    }

    private static final Pattern NAMES_A_DOCUMENT = Pattern.compile("\\b(?:in|bij|via|met|na) (?:de|het|the) $");

    /** Every form holds one of these; most phrases hold none and skip the patterns. */
    private static final List<String> TRIGGERS = List.of("jaarlijks", "maandelijks", "elk", "ieder", "per ",
            "om de", "eens", "momenten", "periodi", "regelmatig", "annual", "yearly", "every", "each", "twice",
            "quarterly", "monthly", "regularly", "semi", "once", "times", "biennial");

    private static boolean mayRecur(String text) {
        for (String trigger : TRIGGERS) {
            if (text.contains(trigger)) {
                return true;
            }
        }
        return false;
    }
}
