package nl.toezeggingen.domain.deadline;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern and what it means. The triggers are words one of which the text must contain before the
 * (slower) pattern is tried. The meaning returns null when a match turns out not to be this rule's after all,
 * so that the search goes on.
 */
record Rule(Pattern pattern, List<String> triggers, BiFunction<Matcher, Context, Outcome> meaning) {

    static Rule of(String regex, List<String> triggers, BiFunction<Matcher, Context, Outcome> meaning) {
        return new Rule(Pattern.compile(regex), List.copyOf(triggers), meaning);
    }

    /** What a rule made of the text, and where in the text the part it understood lies. */
    record Hit(Outcome outcome, int start, int end) {
    }

    Hit apply(String text, Context context) {
        if (!mayMatch(text)) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Outcome outcome = meaning.apply(m, context);
            if (outcome != null) {
                return new Hit(outcome, m.start(), m.end());
            }
        }
        return null;
    }

    private boolean mayMatch(String text) {
        for (String trigger : triggers) {
            if (text.contains(trigger)) {
                return true;
            }
        }
        return false;
    }
}
