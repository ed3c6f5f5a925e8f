package nl.toezeggingen.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.WithNull;
import net.jqwik.time.api.constraints.DateRange;

class DeadlineParserProperties {
    static final DeadlineParser PARSER = DeadlineParserTest.PARSER;

    /** Words the rules look for, so that generated phrases reach the rules instead of all being refused. */
    static final List<String> WORDS = List.of("voor", "vóór", "na", "rond", "uiterlijk", "in", "op", "binnen", "de",
            "het", "van", "dit", "deze", "jaar", "zomer", "zomerreces", "kerstreces", "meireces", "Prinsjesdag",
            "eind", "begin", "medio", "laatste", "maanden", "voorjaar", "najaar", "herfst", "Q3", "derde",
            "kwartaal", "helft", "maart", "juni", "februari", "3", "29", "31", "1", "drie", "weken", "dagen",
            "2024", "2025", "1999", "9999", "0000", "2024-02-30", "31-12-2024", "before", "after", "summer",
            "by", "the", "end", "of", "mid", "-", ",", "doorlopend", "ongoing", "volgend", "next", "year", "één");

    @Provide
    Arbitrary<String> phrases() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(7).map(words -> String.join(" ", words));
    }

    @Property(tries = 2000)
    void neverThrowsOnAnyText(@ForAll @WithNull(0.05) String phrase,
            @ForAll @DateRange(min = "1900-01-01", max = "2200-12-31") LocalDate madeOn) {
        Resolution resolution = PARSER.resolve(phrase, madeOn);
        assertThat(resolution.understood() ? resolution.explanation() : resolution.refusal()).isNotNull();
    }

    @Property(tries = 5000)
    void aWindowNeverEndsBeforeItStarts(@ForAll("phrases") String phrase,
            @ForAll @WithNull(0.05) @DateRange(min = "1900-01-01", max = "2200-12-31") LocalDate madeOn) {
        Resolution resolution = PARSER.resolve(phrase, madeOn);
        if (resolution.understood()) {
            LocalDate earliest = resolution.deadline().earliest();
            LocalDate latest = resolution.deadline().latest();
            assertThat(resolution.explanation()).isNotNull();
            if (earliest != null) {
                assertThat(latest).as(phrase).isNotNull();
                assertThat(earliest).as(phrase).isBeforeOrEqualTo(latest);
            }
        } else {
            assertThat(resolution.refusal()).isNotNull();
            assertThat(resolution.deadline().latest()).isNull();
        }
    }

    @Property(tries = 3000)
    void aPhraseWithoutAYearNeverEndsBeforeTheCommitmentWasMade(
            @ForAll("yearless") String phrase,
            @ForAll @DateRange(min = "1990-01-01", max = "2100-12-31") LocalDate madeOn) {
        Resolution resolution = PARSER.resolve(phrase, madeOn);
        assertThat(resolution.understood()).as(phrase).isTrue();
        assertThat(resolution.deadline().latest()).as(phrase).isAfterOrEqualTo(madeOn);
    }

    /** "deze zomer" and "this summer" name the made-on year on purpose, so they may lie in the past. */
    @Provide
    Arbitrary<String> yearless() {
        return Arbitraries.of("voor de zomer", "rond de zomer", "na de zomer", "voor het kerstreces",
                "einde van het jaar", "dit jaar", "voorjaar", "najaar", "vierde kwartaal", "Q1", "in maart",
                "voor 3 juni", "op 29 februari", "voor 1 januari", "rond Prinsjesdag", "voor Prinsjesdag",
                "binnen drie weken", "eind juni", "begin januari", "laatste maanden van het jaar",
                "begin van het jaar", "voor maart", "before summer", "eerste helft van het jaar");
    }
}
