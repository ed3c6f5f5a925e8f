package nl.toezeggingen.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deadline part of a longer text, as typed: what an import of a register's whole text takes as the phrase. */
class DeadlineLocateTest {
    static final DeadlineParser PARSER = DeadlineParserTest.PARSER;
    static final LocalDate MADE_ON = LocalDate.of(2024, 4, 3);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "De minister zal de Kamer voor de zomer van 2024 informeren over de aanpak.|voor de zomer van 2024|2024-07-04",
            "De Kamer wordt vóór 1 juli 2025 geïnformeerd over de uitkomst.|vóór 1 juli 2025|2025-06-30",
            "Het kabinet stuurt in maart 2025 een brief met de stand van zaken.|in maart 2025|2025-03-31",
            "De Kamer ontvangt (uiterlijk 1 september 2025) een brief.|uiterlijk 1 september 2025|2025-09-01",
            "De minister stuurt de Kamer voor de zomer een brief.|voor de zomer|2024-07-04",
            "De evaluatie komt eind 2025 naar de Kamer.|eind 2025|2025-12-31"})
    void the_phrase_is_the_deadline_part_as_typed_not_the_sentence(String text, String phrase, LocalDate latest) {
        Located found = PARSER.locate(text, MADE_ON).orElseThrow();

        assertThat(found.phrase()).isEqualTo(phrase);
        assertThat(text.substring(found.start(), found.end())).isEqualTo(phrase);
        assertThat(found.resolution().understood()).isTrue();
        assertThat(found.resolution().deadline().phrase()).isEqualTo(phrase);
        assertThat(found.resolution().deadline().latest()).isEqualTo(latest);
    }

    @Test
    void a_text_without_a_deadline_part_has_none() {
        assertThat(PARSER.locate("De staatssecretaris stuurt een brief over de evaluatie.", MADE_ON)).isEmpty();
        assertThat(PARSER.locate("", MADE_ON)).isEmpty();
        assertThat(PARSER.locate(null, MADE_ON)).isEmpty();
    }

    @Test
    void a_relative_part_without_a_made_on_date_is_found_but_not_counted_from_any_day() {
        Located found = PARSER.locate("De minister stuurt binnen zes weken een brief.", null).orElseThrow();

        assertThat(found.phrase()).isEqualTo("binnen zes weken");
        assertThat(found.resolution().understood()).isFalse();
        assertThat(found.resolution().refusal().key()).isEqualTo("deadline.refused.noMadeOn");
        assertThat(found.resolution().deadline().latest()).isNull();

        Located absolute = PARSER.locate("De minister stuurt voor 1 juli 2025 een brief.", null).orElseThrow();
        assertThat(absolute.resolution().deadline().latest()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void other_moments_in_the_text_are_named() {
        Located found = PARSER.locate("In het debat van 12 maart 2024 zegde de minister toe de Kamer voor de zomer"
                + " te informeren.", MADE_ON).orElseThrow();

        assertThat(found.leftover()).isNotNull();
    }

    @Test
    void the_mapped_text_is_exactly_the_normalized_text_for_any_input() {
        Random random = new Random(16);
        for (int n = 0; n < 20_000; n++) {
            String typed = anyText(random);
            PhraseText.Mapped mapped = PhraseText.normalizeMapped(typed);
            assertThat(mapped.text()).as(typed).isEqualTo(PhraseText.normalize(typed));
            for (int i = 0; i < mapped.text().length(); i++) {
                assertThat(mapped.from()[i]).as(typed).isBetween(0, typed.length() - 1);
                if (i > 0) {
                    assertThat(mapped.from()[i]).as(typed).isGreaterThanOrEqualTo(mapped.from()[i - 1]);
                }
            }
            if (!mapped.text().isEmpty()) {
                String part = mapped.typedPart(0, mapped.text().length());
                assertThat(PhraseText.normalize(part)).as(typed).isEqualTo(mapped.text());
            }
        }
    }

    /** Every phrase of the corpus, in its sentence fragment: the part found is typed text and resolves alone. */
    @Test
    void over_the_corpus_the_part_found_is_a_piece_of_the_text_that_resolves_the_same_alone() throws Exception {
        for (DeadlineCorpusTest.Row row : DeadlineCorpusTest.corpus()) {
            for (LocalDate madeOn : new LocalDate[] {row.madeOn(), null}) {
                Optional<Located> found = PARSER.locate(row.phrase(), madeOn);
                if (found.isEmpty()) {
                    continue;
                }
                Located l = found.get();
                assertThat(row.phrase().substring(l.start(), l.end())).as(row.phrase()).isEqualTo(l.phrase());
                assertThat(l.resolution()).as(row.phrase()).isEqualTo(PARSER.resolve(l.phrase(), madeOn));
                if (!l.resolution().understood()) {
                    assertThat(l.resolution().refusal().key()).as(row.phrase()).isEqualTo("deadline.refused.noMadeOn");
                }
            }
        }
    }

    private static String anyText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(30);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(6)) {
                case 0 -> text.append((char) (' ' + random.nextInt(95)));
                case 1 -> text.append((char) random.nextInt(0x3000));
                case 2 -> text.appendCodePoint(0x1F300 + random.nextInt(200));
                case 3 -> text.append("vóór Ærø İstanbul ΣΑΣ é".charAt(random.nextInt(22)));
                case 4 -> text.append("e\u0301 1.5 ");
                default -> text.append((char) ('0' + random.nextInt(10)));
            }
        }
        return text.toString();
    }
}
