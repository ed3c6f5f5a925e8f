package nl.toezeggingen.domain.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toezeggingen.domain.Deadline;

/**
 * Phrases that promise haste without a date ("zo snel mogelijk", "op korte termijn"). They are kept, not
 * refused: the user's house rule (default three months after the commitment) gives them a last day, always
 * estimated. "Op termijn" promises no moment at all, so it has no date.
 */
final class VagueRules {
    private VagueRules() {
    }

    /** Longest first: "op zo kort mogelijke termijn" before "termijn", "zo spoedig als mogelijk" before "spoedig". */
    private static final String SOON = "(?:zo (?:snel|spoedig|kort) (?:als )?mogelijk(?:e termijn)?"
            + "|op (?:zo kort mogelijke|(?:zeer |heel )?korte) termijn|z ?s ?m|binnenkort|(?<!zo )spoedig"
            + "|(?:in )?de (?:komende|nabije) (?:periode|tijd)"
            + "|(?:as soon as possible|asap|shortly|soon|in the short term|in the near future))";
    private static final String IN_DUE_COURSE = "(?:op (?:(?:middel)?lange )?termijn|in (?:the )?(?:long|medium) term"
            + "|in due course)";
    /** "zo snel mogelijk na ontvangst van het advies" counts from that moment, not from the commitment. */
    private static final String NOT_COUNTED_FROM_ELSEWHERE = "\\b(?! (?:na|nadat|after|zodra|wanneer|als|once) )";
    private static final Pattern ANY = Pattern.compile("\\b(?:" + SOON + "|" + IN_DUE_COURSE + ")"
            + NOT_COUNTED_FROM_ELSEWHERE);

    /** One of these is in every vague phrase: texts without any skip the (slower) patterns. */
    private static final List<String> TRIGGERS = List.of("mogelijk", "termijn", "z s m", "zsm", "binnenkort",
            "spoedig", "komende", "nabije", "soon", "asap", "shortly", "short term", "near future", "long term",
            "medium term", "due course");

    static List<Rule> rules() {
        return List.of(
                Rule.of("\\b" + SOON + NOT_COUNTED_FROM_ELSEWHERE, TRIGGERS,
                        VagueRules::soon),
                Rule.of("\\b" + IN_DUE_COURSE + "\\b", List.of("termijn", "term", "due course"),
                        (m, c) -> Outcome.window(null, null, Explanation.of("deadline.explain.inDueCourse",
                                c.typedPart(m.group())))));
    }

    private static Outcome soon(Matcher m, Context c) {
        LocalDate madeOn = c.madeOn();
        int months = c.vagueMonths();
        LocalDate latest = madeOn.plusMonths(months);
        return new Outcome.Window(null, latest, true,
                Explanation.of("deadline.explain.vague", latest, c.typedPart(m.group()), months, madeOn),
                Deadline.Kind.VAGUE, null);
    }

    /**
     * The text with its vague words blanked out: beside a firm bound ("zo snel mogelijk, uiterlijk 1 juli")
     * they are accounted for, because the firm bound is the more precise promise.
     */
    static String withoutVagueWords(String text) {
        if (TRIGGERS.stream().noneMatch(text::contains)) {
            return text;
        }
        Matcher m = ANY.matcher(text);
        // Blanked, not removed: the caller cuts the result where it cut the text.
        return m.find() ? m.replaceAll(found -> " ".repeat(found.group().length())) : text;
    }
}
