package nl.toezeggingen.domain.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.agenda.Agenda;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.agenda.EventKind;
import nl.toezeggingen.domain.agenda.EventStatus;
import nl.toezeggingen.domain.agenda.FixedMoments;

/**
 * Phrases tied to a moment rather than a date: a debate ("voor het commissiedebat hoger onderwijs"), a budget
 * moment ("bij de Voorjaarsnota"), a letter ("in de volgende voortgangsbrief"), an election, a Council of the
 * EU. The event is looked up in the user's agenda; the shipped moments follow their rule. An event that has no
 * date, or that the agenda lacks, gives a deadline of kind EVENT without dates: it waits for its date, and no
 * date is guessed.
 *
 * <p>The name runs from the event word to the first word that cannot be part of a name (an article after a
 * debate's name, a verb, a pronoun, a preposition other than "van"/"over", a number): a closed list, so that a
 * name is never stretched by guessing. A debate may carry its subject without a preposition ("commissiedebat
 * hoger onderwijs"), a letter or budget moment only after "van"/"over" ("de brief over de stikstofaanpak").
 */
final class EventRules {
    private EventRules() {
    }

    /** Ends a debate's bare subject: function words, auxiliaries, pronouns, prepositions. */
    private static final String ENDS_BARE = "(?:de|het|een|te|van|over|inzake|aangaande|met|en|of|in|op|voor|na|bij"
            + "|rond|tijdens|uiterlijk|vanaf|tot|binnen|aan|naar|door|om|dat|die|dit|deze|zal|zullen|wordt|worden"
            + "|werd|werden|is|zijn|was|kan|kunnen|moet|moeten|wil|willen|heeft|hebben|ik|wij|we|u|uw|hij|zij|ze"
            + "|er|nog|ook|niet|toe|terug|zodat|waarin|waarbij|wanneer|als|hoe|waar|the|a|and|or)\\b";
    /** Ends a subject after "van"/"over": as above, but "de", "het", "van" and "en" belong to it there. */
    private static final String ENDS_SUBJECT = "(?:een|te|over|inzake|aangaande|met|of|in|op|voor|na|bij"
            + "|rond|tijdens|uiterlijk|vanaf|tot|binnen|aan|naar|door|om|dat|die|dit|deze|zal|zullen|wordt|worden"
            + "|werd|werden|is|zijn|was|kan|kunnen|moet|moeten|wil|willen|heeft|hebben|ik|wij|we|u|uw|hij|zij|ze"
            + "|er|nog|ook|niet|toe|terug|zodat|waarin|waarbij|wanneer|als|hoe|waar|the|a|and|or)\\b";
    private static final String WORD = "[a-z][a-z-]*+";

    private static final String ARTICLE = "(?: (?:de|het))?+";
    private static final String MODIFIERS = "(?<mods>(?: (?:volgende|eerstvolgende|eerstkomende|komende"
            + "|desbetreffende|betreffende|parlementaire|plenaire|plenair|algemeen|europese|tweede|eerste|derde"
            + "|(?:half|twee|drie)?jaarlijkse|(?:drie)?maandelijkse"
            + "|\\d{1,2}(?:e|ste|de)))*+)";
    private static final String SUBJECT = "(?<qual>(?: (?:van|over|inzake|aangaande|met betrekking tot)"
            + "(?: (?!" + ENDS_SUBJECT + ")" + WORD + ")++)?+)";
    private static final String YEAR = "(?: (?:van |in )?(?<ey>\\d{4})\\b)?+";

    private static final String DEBATES = "[a-z]*debat|notaoverleg|wetgevingsoverleg|commissieoverleg|overleg"
            + "|raadsvergadering|commissievergadering|raad(?! van\\b)";
    private static final String OTHERS = "[a-z]*behandeling|[a-z]*begroting|voorjaarsnota|najaarsnota|miljoenennota"
            + "|kadernota|verantwoordingsdag|[a-z]*verkiezingen|[a-z]*verkiezing|evaluatie|voortgangsbrief"
            + "|voortgangsrapportage|voortgangsrapport|voortgangsbericht|rapportage|uitvoeringsprogramma|brief";

    /** A debate is where it is promised as often as what it is promised for: "in het debat" is not a deadline. */
    private static final String DEBATE_PREP = "\\b(?<eprep>uiterlijk voor|ruim voor|voor aanvang van"
            + "|voorafgaand(?:e)? aan|voor|bij|na|rond|tijdens)";
    private static final String OTHER_PREP = "\\b(?<eprep>uiterlijk voor|ruim voor|voorafgaand(?:e)? aan|voor|bij|in"
            + "|na|rond|tijdens|op)";

    private static final List<String> TRIGGERS = List.of("debat", "overleg", "raad", "behandeling", "begroting",
            "nota", "verantwoordingsdag", "verkiezing", "evaluatie", "voortgang", "rapportage",
            "uitvoeringsprogramma", "brief");

    /**
     * Stems of event words and of the yearly documents debated at them ("wetgevingsoverleg over de
     * jaarverslagen"), which the time-bearing words include but which belong to a name here.
     */
    private static final Pattern EVENT_STEM = Pattern.compile("debat|overleg|begroting|nota|verkiezing|raad"
            + "|verantwoordingsdag|jaarverslag|jaarrekening");

    private static final List<Rule> RULES = List.of(
                Rule.of(DEBATE_PREP + ARTICLE + MODIFIERS + " (?<kw>" + DEBATES + ")\\b"
                        + "(?<bare>(?: (?!" + ENDS_BARE + ")" + WORD + ")*+)" + SUBJECT + YEAR, TRIGGERS,
                        EventRules::event),
                Rule.of(OTHER_PREP + ARTICLE + MODIFIERS + " (?<kw>" + OTHERS + ")\\b(?<bare>)" + SUBJECT + YEAR,
                        TRIGGERS, EventRules::event));

    static List<Rule> rules() {
        return RULES;
    }

    /**
     * True when an event phrase holds the stretch [start, end) of {@code text}: "in de jaarlijkse rapportage"
     * names a report that comes yearly; the commitment itself is kept once, at the next one.
     */
    static boolean holds(String text, int start, int end, Context c) {
        for (Rule rule : RULES) {
            Rule.Hit hit = rule.apply(text, c);
            if (hit != null && hit.start() <= start && hit.end() >= end) {
                return true;
            }
        }
        return false;
    }

    private enum Prep { BEFORE, WELL_BEFORE, AT, AFTER, AROUND }

    private static Prep prep(String word) {
        return switch (word) {
            case "na" -> Prep.AFTER;
            case "rond" -> Prep.AROUND;
            case "ruim voor" -> Prep.WELL_BEFORE;
            case "bij", "in", "op", "tijdens" -> Prep.AT;
            default -> Prep.BEFORE;
        };
    }

    private static Outcome event(Matcher m, Context c) {
        String kw = m.group("kw");
        String mods = m.group("mods").strip();
        String tail = (m.group("bare") + m.group("qual")).strip();
        if (kw.equals("overleg") && !mods.contains("algemeen")) {
            return null; // "na overleg met de sector" is talk, not a meeting on the agenda
        }
        if (kw.equals("brief") && !m.group("qual").startsWith(" over")) {
            return null; // "bij brief van 3 juni" dates a letter; only "de brief over ..." is a moment ahead
        }
        for (String token : tail.split(" ")) {
            if (Words.isTimeWord(token) && !EVENT_STEM.matcher(token).find()) {
                return null; // "commissiedebat zomerreces": a time word inside the name is not understood
            }
        }
        String year = m.group("ey");
        String name = String.join(" ", mods, kw, tail, year == null ? "" : year).strip().replaceAll(" +", " ");
        PhraseText.Mapped typed = PhraseText.normalizeMapped(c.typed());
        String phrase = typed(typed, c.typedPart(m.group().strip()));
        Prep prep = prep(m.group("eprep"));
        if (FixedMoments.isFixed(kw) && tail.isEmpty() && mods.isEmpty()) {
            return fixed(kw, year, prep, phrase, c);
        }
        String typedName = typed(typed, name);
        // The agenda sees the words up to the end, not just the name read here: its "Commissiedebat onderwijs en
        // wetenschap" is what "voor het commissiedebat onderwijs en wetenschap" names, though "en" ends a name here.
        Agenda.Lookup found = c.agenda().find(c.text().substring(m.start("mods")), c.madeOnIfKnown());
        if (found instanceof Agenda.NotFound && !mods.isEmpty()) {
            // "de volgende voortgangsbrief jeugd" is the agenda's "Voortgangsbrief jeugd".
            found = c.agenda().find(c.text().substring(m.start("kw")), c.madeOnIfKnown());
        }
        if (found instanceof Agenda.Found f) {
            return f.event().hasDate() ? dated(f.event(), prep, phrase) : waiting(f.event(), phrase);
        }
        Event named = Event.on(typedName, kind(kw), null, null);
        if (found instanceof Agenda.Ambiguous a) {
            return new Outcome.Window(null, null, false, Explanation.of("deadline.explain.event.ambiguous",
                    phrase, typedName, a.candidates().size()), Deadline.Kind.EVENT, null, named);
        }
        return waiting(named, phrase);
    }

    /** "bij de Voorjaarsnota": this year's, unless it lies behind the made-on date; "2026" as the name counts it. */
    private static Outcome fixed(String kw, String year, Prep prep, String phrase, Context c) {
        if (year != null) {
            int calendarYear = FixedMoments.calendarYear(kw, Integer.parseInt(year));
            return c.agenda().fixed(kw, calendarYear).map(e -> dated(e, prep, phrase)).orElse(null);
        }
        LocalDate madeOn = c.madeOn();
        for (int y = madeOn.getYear(); y <= madeOn.getYear() + 1; y++) {
            Event e = c.agenda().fixed(kw, y).orElse(null);
            Outcome.Window w = e == null ? null : dated(e, prep, phrase);
            LocalDate counts = w == null ? null : w.latest() != null ? w.latest() : w.earliest();
            if (w != null && !counts.isBefore(madeOn)) {
                return w;
            }
        }
        return null;
    }

    private static Outcome.Window waiting(Event event, String phrase) {
        return new Outcome.Window(null, null, false, Explanation.of("deadline.explain.event.waiting", phrase,
                event.name()), Deadline.Kind.EVENT, null, event);
    }

    /**
     * The dates an event gives: before it, the day before its first possible day (for "vóór 1 juni" alone, the
     * day before that last day); at it, its last possible day; after it, a start; around it, a week either side.
     */
    private static Outcome.Window dated(Event e, Prep prep, String phrase) {
        int certainty = e.isWindow() || e.status() == EventStatus.ESTIMATED ? 2
                : e.status() == EventStatus.UNCONFIRMED ? 1 : 0;
        boolean estimated = certainty > 0 || prep == Prep.WELL_BEFORE;
        LocalDate first = e.earliest() != null ? e.earliest() : e.latest();
        LocalDate last = e.latest();
        return switch (prep) {
            case BEFORE, WELL_BEFORE -> {
                LocalDate latest = first.minusDays(1);
                String key = prep == Prep.BEFORE ? "deadline.explain.event.before" : "deadline.explain.event.wellBefore";
                yield new Outcome.Window(null, latest, estimated, Explanation.of(key, latest, phrase, e.name(), first,
                        certainty), Deadline.Kind.EVENT, null, e);
            }
            case AT -> new Outcome.Window(null, last, estimated, Explanation.of("deadline.explain.event.at", last,
                    phrase, e.name(), last, certainty), Deadline.Kind.EVENT, null, e);
            case AFTER -> {
                LocalDate start = last.plusDays(1);
                yield new Outcome.Window(start, null, estimated, Explanation.of("deadline.explain.event.after", start,
                        phrase, e.name(), last, certainty), Deadline.Kind.EVENT, null, e);
            }
            case AROUND -> new Outcome.Window(last.minusDays(7), last.plusDays(7), estimated,
                    Explanation.of("deadline.explain.event.around", last.minusDays(7), phrase, e.name(), last,
                            certainty, last.plusDays(7)), Deadline.Kind.EVENT, null, e);
        };
    }

    private static EventKind kind(String kw) {
        if (kw.endsWith("verkiezingen") || kw.endsWith("verkiezing")) {
            return EventKind.ELECTION;
        }
        if (kw.matches(DEBATES) || kw.endsWith("behandeling")) {
            return EventKind.DEBATE;
        }
        if (kw.contains("begroting") || kw.endsWith("nota") || kw.equals("verantwoordingsdag")) {
            return EventKind.BUDGET_MOMENT;
        }
        return EventKind.LETTER;
    }

    /** A normalized stretch as the user typed it ("Ontwerpbegroting 2026", "vóór"), when it can be found back. */
    private static String typed(PhraseText.Mapped mapped, String normalized) {
        int at = mapped.text().indexOf(normalized);
        return at < 0 || normalized.isEmpty() ? normalized : mapped.typedPart(at, at + normalized.length());
    }
}
