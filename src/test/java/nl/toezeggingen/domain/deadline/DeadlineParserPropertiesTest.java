package nl.toezeggingen.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the parser over many generated inputs. A fixed seed per property keeps a failure
 * reproducible; the failing phrase and date are in the assertion's description.
 */
class DeadlineParserPropertiesTest {
    static final DeadlineParser PARSER = DeadlineParserTest.PARSER;

    /** Words the rules look for, so that generated phrases reach the rules instead of all being refused. */
    static final List<String> WORDS = List.of("voor", "vóór", "na", "rond", "uiterlijk", "in", "op", "binnen", "de",
            "het", "van", "dit", "deze", "jaar", "zomer", "zomerreces", "kerstreces", "meireces", "Prinsjesdag",
            "eind", "begin", "medio", "laatste", "maanden", "voorjaar", "najaar", "herfst", "Q3", "derde",
            "kwartaal", "helft", "maart", "juni", "februari", "3", "29", "31", "1", "drie", "weken", "dagen",
            "2024", "2025", "1999", "9999", "0000", "2024-02-30", "31-12-2024", "before", "after", "summer",
            "by", "the", "end", "of", "mid", "-", ",", "doorlopend", "ongoing", "volgend", "next", "year", "één",
            "jaarlijks", "elk", "ieder", "zo snel mogelijk", "z.s.m.", "binnenkort", "vanaf", "op termijn", "periodiek",
            "halfjaarlijks", "maandelijks", "met ingang van");

    /** "deze zomer" and "this summer" name the made-on year on purpose, so they may lie in the past. */
    static final List<String> YEARLESS = List.of("voor de zomer", "rond de zomer", "na de zomer",
            "voor het kerstreces", "einde van het jaar", "dit jaar", "voorjaar", "najaar", "vierde kwartaal", "Q1",
            "in maart", "voor 3 juni", "op 29 februari", "voor 1 januari", "rond Prinsjesdag", "voor Prinsjesdag",
            "binnen drie weken", "eind juni", "begin januari", "laatste maanden van het jaar", "begin van het jaar",
            "voor maart", "before summer", "eerste helft van het jaar", "zo snel mogelijk", "op korte termijn",
            "jaarlijks", "jaarlijks voor het zomerreces", "elk jaar in mei", "halfjaarlijks", "elk kwartaal");

    private static LocalDate date(Random random, int fromYear, int toYear) {
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        return from.plusDays(random.nextInt((int) (LocalDate.of(toYear, 12, 31).toEpochDay() - from.toEpochDay())));
    }

    /** Any text at all: letters, digits, punctuation, accents, other scripts, control characters, surrogates. */
    private static String anyText(Random random) {
        if (random.nextInt(20) == 0) {
            return null;
        }
        int length = random.nextInt(40);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(5)) {
                case 0 -> text.append((char) (' ' + random.nextInt(95)));
                case 1 -> text.append((char) random.nextInt(0x3000));
                case 2 -> text.appendCodePoint(0x1F300 + random.nextInt(200));
                case 3 -> text.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
                default -> text.append((char) ('0' + random.nextInt(10)));
            }
        }
        return text.toString();
    }

    private static String phrase(Random random) {
        int words = 1 + random.nextInt(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return text.toString();
    }

    @Test
    void neverThrowsOnAnyText() {
        Random random = new Random(20240704);
        for (int i = 0; i < 5000; i++) {
            String phrase = anyText(random);
            LocalDate madeOn = date(random, 1900, 2200);
            Resolution resolution = PARSER.resolve(phrase, madeOn);
            assertThat(resolution.understood() ? resolution.explanation() : resolution.refusal())
                    .as("%s made on %s", phrase, madeOn).isNotNull();
        }
    }

    @Test
    void aWindowNeverEndsBeforeItStarts() {
        Random random = new Random(20250703);
        for (int i = 0; i < 20000; i++) {
            String phrase = phrase(random);
            LocalDate madeOn = random.nextInt(20) == 0 ? null : date(random, 1900, 2200);
            Resolution resolution = PARSER.resolve(phrase, madeOn);
            String what = phrase + " made on " + madeOn;
            if (resolution.understood()) {
                LocalDate earliest = resolution.deadline().earliest();
                LocalDate latest = resolution.deadline().latest();
                assertThat(resolution.explanation()).as(what).isNotNull();
                if (earliest != null && latest != null) {
                    assertThat(earliest).as(what).isBeforeOrEqualTo(latest);
                }
                if (earliest != null && latest == null) {
                    // Only a start ("vanaf 2026") has a first day and no last one.
                    assertThat(resolution.deadline().kind()).as(what).isEqualTo(nl.toezeggingen.domain.Deadline.Kind.START);
                }
            } else {
                assertThat(resolution.refusal()).as(what).isNotNull();
                assertThat(resolution.deadline().latest()).as(what).isNull();
            }
        }
    }

    @Test
    void aPhraseWithoutAYearNeverEndsBeforeTheCommitmentWasMade() {
        Random random = new Random(20241231);
        for (int i = 0; i < 5000; i++) {
            String phrase = YEARLESS.get(random.nextInt(YEARLESS.size()));
            LocalDate madeOn = date(random, 1990, 2100);
            Resolution resolution = PARSER.resolve(phrase, madeOn);
            String what = phrase + " made on " + madeOn;
            assertThat(resolution.understood()).as(what).isTrue();
            assertThat(resolution.deadline().latest()).as(what).isAfterOrEqualTo(madeOn);
        }
    }
}
