package nl.toezeggingen.domain.deadline;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The vocabulary the patterns share, Dutch and English side by side, and the regex pieces built from it.
 * Patterns run on {@link PhraseText#normalize normalized} text: lower case, no accents, single spaces.
 */
final class Words {
    private Words() {
    }

    /**
     * A preposition in group "prep", filler words, then "deze/dit/this" in group "deze". A start ("vanaf")
     * is read by the rule as "op" and turned into a start by the parser, which sees where the match begins. Possessive, because
     * trying every way to split "in de" between preposition and filler at every word made resolving slow.
     */
    static final String PREFIX = "\\b(?:(?<by>uiterlijk)\\s+(?=(?:voor|in|op|tijdens|eind|begin|vanaf)\\s))?+"
            + "(?:(?<prep>uiterlijk|voor|before|prior to|na|after|by|rond|omstreeks|around"
            + "|in|during|tijdens|gedurende|op|on|vanaf|met ingang van|from|as of|as from|starting)\\s+)?+(?:(?:in|de|het|the|van)\\s+){0,2}+"
            + "(?:(?<deze>deze|dit|this)\\s+)?+";

    static final String YEAR_REF = "(?:(?<year>\\d{4})\\b"
            + "|(?<thisyr>dit jaar|this year|het lopende jaar|the current year)\\b"
            + "|(?<nextyr>volgend jaar|volgende jaar|komend jaar|komende jaar|next year)\\b"
            + "|(?:jaar|year)\\b)";
    private static final String YEAR_CONNECTOR = "(?:\\s+|-)(?:(?:van|in|of)\\s+)?(?:(?:het|the)\\s+)?";

    /** "2025", "van 2025", "in 2025", "of the year", "van dit jaar", "volgend jaar". */
    static final String YEAR = YEAR_CONNECTOR + YEAR_REF;
    static final String OPTIONAL_YEAR = "(?:" + YEAR + ")?";

    static final String MONTH = "(?<month>januari|january|jan|februari|february|feb|maart|march|mrt|mar|april|apr"
            + "|mei|may|juni|june|jun|juli|july|jul|augustus|august|aug|september|sept|sep|oktober|october|okt|oct"
            + "|november|nov|december|dec)";

    static final Set<String> MONTH_TRIGGERS = Set.of("jan", "feb", "maart", "mrt", "mar", "apr", "mei", "may", "jun",
            "jul", "aug", "sep", "okt", "oct", "nov", "dec");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("februari", 2), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("maart", 3), Map.entry("march", 3), Map.entry("mrt", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("augustus", 8), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
            Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("een", 1), Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1),
            Map.entry("twee", 2), Map.entry("two", 2), Map.entry("drie", 3), Map.entry("three", 3),
            Map.entry("vier", 4), Map.entry("four", 4), Map.entry("vijf", 5), Map.entry("five", 5),
            Map.entry("zes", 6), Map.entry("six", 6), Map.entry("zeven", 7), Map.entry("seven", 7),
            Map.entry("acht", 8), Map.entry("eight", 8), Map.entry("negen", 9), Map.entry("nine", 9),
            Map.entry("tien", 10), Map.entry("ten", 10), Map.entry("elf", 11), Map.entry("eleven", 11),
            Map.entry("twaalf", 12), Map.entry("twelve", 12), Map.entry("veertien", 14), Map.entry("fourteen", 14),
            Map.entry("vijftien", 15), Map.entry("fifteen", 15), Map.entry("twintig", 20), Map.entry("twenty", 20),
            Map.entry("dertig", 30), Map.entry("thirty", 30));

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("eerste", 1), Map.entry("first", 1), Map.entry("1e", 1), Map.entry("1ste", 1), Map.entry("1st", 1),
            Map.entry("tweede", 2), Map.entry("second", 2), Map.entry("2e", 2), Map.entry("2de", 2), Map.entry("2nd", 2),
            Map.entry("derde", 3), Map.entry("third", 3), Map.entry("3e", 3), Map.entry("3de", 3), Map.entry("3rd", 3),
            Map.entry("vierde", 4), Map.entry("fourth", 4), Map.entry("4e", 4), Map.entry("4de", 4), Map.entry("4th", 4),
            Map.entry("laatste", 4), Map.entry("last", 4));

    /**
     * Time-bearing words: a phrase is resolved only when none of them is left outside the part a rule
     * understood ("voor de zomer of rond 1 juni" may not lose "rond 1 juni"). Whole words here, besides any
     * token with a digit, number words and month names ("een" and the English "may" and "mar" are too common
     * to count); {@link #TIME_STEMS} count wherever they occur in a word ("zomerreces", "jaarlijks", "maandag").
     */
    private static final Set<String> TIME_WORDS = Set.of("tot", "t/m", "tm", "uiterlijk", "vanaf",
            "until", "till", "medio", "halverwege", "helft", "mid", "q1", "q2", "q3", "q4", "spring", "lente",
            "autumn", "fall", "christmas", "recess", "quarter", "prinsjesdag", "tussen", "sinds", "ingang",
            "termijn", "binnenkort", "spoedig", "zsm", "snel", "kort", "ruim", "eerder", "later",
            // A condition makes the date uncertain, so it may not be dropped either.
            "mits", "tenzij", "zodra");
    private static final java.util.List<String> TIME_STEMS = java.util.List.of("week", "kwartaal", "jaar", "maand",
            "dag", "reces", "zomer", "kerst", "voorjaar", "najaar", "herfst", "winter", "month", "year", "day",
            "summer", "anderhalf", "driekwart",
            // Moments of the parliamentary year: a phrase naming one is not resolved by dropping it (issue 18).
            "begroting", "miljoenennota", "voorjaarsnota", "najaarsnota", "verantwoordingsdag", "debat",
            "verkiezing", "raadsvergadering", "notaoverleg", "wetgevingsoverleg", "commissieoverleg");
    /** Number and month words that are ordinary words too: "een", "may", "Jan" (a name), "ten behoeve van". */
    private static final Set<String> TOO_COMMON = Set.of("een", "a", "an", "one", "may", "mar", "jan", "ten");

    static boolean isTimeWord(String token) {
        if (token.isEmpty() || TOO_COMMON.contains(token)) {
            return false;
        }
        if (hasDigit(token) || TIME_WORDS.contains(token)
                || NUMBERS.containsKey(token) || MONTHS.containsKey(token) || token.startsWith("half")) {
            return true;
        }
        for (String stem : TIME_STEMS) {
            if (token.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** "of" / "or" join two deadlines only right next to one ("voor de zomer of ..."); elsewhere it is "whether". */
    private static final Set<String> ALTERNATIVE = Set.of("of", "or");
    private static final java.util.regex.Pattern TOKEN_BREAK = java.util.regex.Pattern.compile("[ /-]+");

    private static boolean hasDigit(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) >= '0' && token.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * The stretch of {@code part} from its first to its last time-bearing word, or null when it has none:
     * what a refusal quotes as not understood. {@code afterMatch}: the part follows the understood one (else it
     * precedes it), which decides where an "of" counts.
     */
    static String timeBearing(String part, boolean afterMatch) {
        if (part.isBlank()) {
            return null;
        }
        // "z.s.m." arrives as "z s m" (dots are dropped) and "september-oktober" as one token.
        String[] tokens = TOKEN_BREAK.split(part.replace("z s m", "zsm").strip());
        int first = -1;
        int last = -1;
        int edge = afterMatch ? 0 : tokens.length - 1;
        for (int i = 0; i < tokens.length; i++) {
            if (isTimeWord(tokens[i]) || (i == edge && ALTERNATIVE.contains(tokens[i]))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return null;
        }
        if (ALTERNATIVE.contains(tokens[edge])) {
            // An alternative that was not understood: quote all of it ("of zoveel eerder als mogelijk").
            if (afterMatch) {
                last = tokens.length - 1;
            } else {
                first = 0;
            }
        }
        return String.join(" ", java.util.Arrays.copyOfRange(tokens, first, last + 1));
    }

    static int month(String word) {
        return MONTHS.get(word);
    }

    /** A count written in digits or as a word; -1 when it is neither. */
    static int number(String word) {
        if (!word.isEmpty() && word.length() <= 3 && word.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.parseInt(word);
        }
        return NUMBERS.getOrDefault(word, -1);
    }

    static int ordinal(String word) {
        return ORDINALS.getOrDefault(word, -1);
    }

    enum Prep {
        NONE,
        /** voor, before: the day before a period starts. */
        BEFORE,
        /** uiterlijk, by: no later than. */
        BY,
        AFTER,
        AROUND,
        /** in, during, op, on. */
        AT
    }

    /** The preposition of {@link #PREFIX}: what "voor", "na", "rond" or "uiterlijk" does to a period. */
    static Prep prep(Matcher m) {
        String word = m.group("prep");
        boolean by = m.group("by") != null;
        if (word == null) {
            return by ? Prep.BY : Prep.NONE;
        }
        if (by && !word.equals("voor")) {
            return Prep.BY;
        }
        if (word.equals("voor") && m.group().startsWith("in ", m.end("prep") - m.start() + 1)) {
            // "stelt voor in het najaar te evalueren": "voor" belongs to the verb, "in" is the preposition.
            return Prep.AT;
        }
        return switch (word) {
            case "voor", "before", "prior to" -> Prep.BEFORE;
            case "na", "after" -> Prep.AFTER;
            case "uiterlijk", "by" -> Prep.BY;
            case "rond", "omstreeks", "around" -> Prep.AROUND;
            default -> Prep.AT;
        };
    }

    /** The year a match names; "deze zomer" without a year means this year. Needs YEAR and PREFIX groups. */
    static YearRef year(Matcher m, boolean hasDeze) {
        if (m.group("year") != null) {
            return YearRef.explicit(Integer.parseInt(m.group("year")));
        }
        if (m.group("thisyr") != null || (hasDeze && m.group("deze") != null)) {
            return YearRef.THIS;
        }
        if (m.group("nextyr") != null) {
            return YearRef.NEXT;
        }
        return YearRef.NONE;
    }

    /** A year as a phrase names it: a number, this/next year, or none (then the next such moment counts). */
    record YearRef(Kind kind, int year) {
        enum Kind { EXPLICIT, THIS, NEXT, NONE }

        static final YearRef THIS = new YearRef(Kind.THIS, 0);
        static final YearRef NEXT = new YearRef(Kind.NEXT, 0);
        static final YearRef NONE = new YearRef(Kind.NONE, 0);

        static YearRef explicit(int year) {
            return new YearRef(Kind.EXPLICIT, year);
        }
    }
}
