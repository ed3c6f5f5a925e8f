package nl.toezeggingen.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.toezeggingen.domain.Deadline;
import org.junit.jupiter.api.Test;

/**
 * Resolves every row of deadlines/corpus.tsv and sorts it into right, refused-or-not-yet (refused, or a kind
 * the parser does not offer yet) and WRONG (other dates than expected, or resolved where the row says it must
 * be refused). No row may be wrong; the number right is a ratchet: raise {@link #RIGHT_AT_LEAST} as it grows.
 */
class DeadlineCorpusTest {
    /** Measured; raise it when more rows come out right, never lower it. */
    static final int RIGHT_AT_LEAST = 371;

    /** Kinds the parser does not offer yet; none since the agenda came (issue 18). */
    private static final List<String> NOT_YET_KINDS = List.of();

    /**
     * Event rows the parser still refuses, each with why; any other refused event row is wrong. By the start of
     * the phrase.
     */
    private static final java.util.Map<String, String> EVENTS_NOT_YET = java.util.Map.ofEntries(
            java.util.Map.entry("toe om bij de volgende evaluatie", "an article's numbers (artikel 5, lid 2) count as"
                    + " time-bearing words outside the event"),
            java.util.Map.entry("Zo snel mogelijk na de eerstvolgende", "a vague term counted from an event, and a"
                    + " \"bijeenkomst\" is no agenda word"),
            java.util.Map.entry("Ik zal uw Kamer zo spoedig mogelijk na ontvangst", "a vague term counted from the"
                    + " receipt of an advice"),
            java.util.Map.entry("In het debat over de Algemene Politieke", "two moments: the debate where it was"
                    + " promised and the budget debate it is for; neither is dropped"),
            java.util.Map.entry("Uw Kamer heeft verzocht om voor aanvang", "a part of a debate (its second term), not"
                    + " a moment on the agenda"),
            java.util.Map.entry("na de eerste termijn van het debat", "a part of a debate (its first term)"),
            java.util.Map.entry("Zijn overige vragen worden betrokken", "\"het vandaag aangekondigde voortgangsbericht\":"
                    + " words between the article and the event word are not read"),
            java.util.Map.entry("na afronding van het onderzoek", "the end of a piece of work, not a moment on the"
                    + " agenda"),
            java.util.Map.entry("zodra het rapport van de commissie", "a condition (zodra), not a moment on the agenda"),
            java.util.Map.entry("na ontvangst van het advies van de Raad van State", "the receipt of an advice, not a"
                    + " moment on the agenda"));
    private static final java.util.regex.Pattern RECURRENCE = java.util.regex.Pattern.compile("recurrence=([a-z0-9-]+)");

    /** {@code recurrence}: the row's "recurrence=" note, null when it has none. */
    record Row(int line, String phrase, LocalDate madeOn, String kind, LocalDate earliest, LocalDate latest,
               String recurrence) {
    }

    enum Verdict { RIGHT, NOT_YET, WRONG }

    static List<Row> corpus() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(
                DeadlineCorpusTest.class.getResourceAsStream("/deadlines/corpus.tsv"))) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            boolean header = true;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                java.util.regex.Matcher recurrence = RECURRENCE.matcher(f.length > 5 ? f[5] : "");
                rows.add(new Row(i + 1, f[0], date(f[1]), f[2], date(f[3]), date(f[4]),
                        recurrence.find() ? recurrence.group(1) : null));
            }
        }
        return rows;
    }

    private static LocalDate date(String s) {
        return s.isBlank() ? null : LocalDate.parse(s.strip());
    }

    static Verdict judge(Row row, Resolution r) {
        if (row.kind().equals("refused")) {
            return r.understood() ? Verdict.WRONG : Verdict.RIGHT;
        }
        if (row.kind().equals("needs-made-on")) {
            if (r.understood()) {
                return Verdict.WRONG;
            }
            return r.refusal().key().equals("deadline.refused.noMadeOn") ? Verdict.RIGHT : Verdict.NOT_YET;
        }
        if (!r.understood()) {
            boolean explained = !row.kind().equals("event")
                    || EVENTS_NOT_YET.keySet().stream().anyMatch(row.phrase()::startsWith);
            return explained ? Verdict.NOT_YET : Verdict.WRONG;
        }
        Deadline d = r.deadline();
        boolean sameDates = Objects.equals(d.earliest(), row.earliest()) && Objects.equals(d.latest(), row.latest());
        if (!sameDates) {
            return Verdict.WRONG;
        }
        if (NOT_YET_KINDS.contains(row.kind())) {
            return Verdict.NOT_YET;
        }
        // The right dates under the wrong kind ("jaarlijks" read as a one-off) are wrong all the same.
        if (!d.kind().json().equals(row.kind())) {
            return Verdict.WRONG;
        }
        String recurrence = d.recurrence() == null ? null : d.recurrence().json();
        return row.recurrence() == null || row.recurrence().equals(recurrence) ? Verdict.RIGHT : Verdict.WRONG;
    }

    @Test
    void noCorpusRowIsSilentlyWrongAndTheRightOnesDoNotShrink() throws IOException {
        int right = 0;
        int notYet = 0;
        List<String> wrong = new ArrayList<>();
        for (Row row : corpus()) {
            Resolution r = DeadlineParserTest.PARSER.resolve(row.phrase(), row.madeOn());
            switch (judge(row, r)) {
                case RIGHT -> right++;
                case NOT_YET -> {
                    notYet++;
                    if (System.getProperty("corpus.verbose") != null) {
                        System.out.println("not yet, line " + row.line() + " " + row.kind() + ": \"" + row.phrase()
                                + "\" " + (r.understood() ? "" : r.refusal()));
                    }
                }
                case WRONG -> wrong.add("line " + row.line() + ": \"" + row.phrase() + "\" made on " + row.madeOn()
                        + " expected " + row.kind() + " " + row.earliest() + ".." + row.latest() + " got "
                        + (r.understood() ? r.deadline().kind().json() + " " + r.deadline().earliest() + ".."
                                + r.deadline().latest() + " " + r.deadline().recurrence() + " "
                                + r.explanation().key() : "refused " + r.refusal()));
            }
        }
        System.out.printf("deadline corpus: right %d, refused-or-not-yet %d, wrong %d%n", right, notYet,
                wrong.size());
        wrong.forEach(System.out::println);
        assertThat(wrong).as("rows resolved to other dates than expected").isEmpty();
        assertThat(right).as("rows resolved right").isGreaterThanOrEqualTo(RIGHT_AT_LEAST);
    }
}
