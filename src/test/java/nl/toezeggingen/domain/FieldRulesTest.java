package nl.toezeggingen.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toezeggingen.domain.Commitment.Field;
import org.junit.jupiter.api.Test;

class FieldRulesTest {
    private static final Map<Field, String> COLUMN = Map.ofEntries(
            Map.entry(Field.REFERENCE, "reference"), Map.entry(Field.TITLE, "title"),
            Map.entry(Field.DOSSIER, "dossier"), Map.entry(Field.LINE, "action_line"),
            Map.entry(Field.DEADLINE_PHRASE, "deadline_phrase"), Map.entry(Field.MADE_IN, "made_in"),
            Map.entry(Field.MADE_BY, "made_by"), Map.entry(Field.OWNER, "owner"),
            Map.entry(Field.FULFILLED_BY, "fulfilled_by"));

    @Test
    void the_limits_are_the_widths_of_the_database_columns() throws Exception {
        String schema;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V1__commitments.sql")) {
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Integer> widths = new HashMap<>();
        Matcher m = Pattern.compile("(?m)^\\s+(\\w+)\\s+VARCHAR\\((\\d+)\\)").matcher(schema);
        while (m.find()) {
            widths.putIfAbsent(m.group(1), Integer.parseInt(m.group(2)));
        }
        COLUMN.forEach((field, column) -> assertThat(FieldRules.maxLength(field)).as(column).isEqualTo(widths.get(column)));
        // Text and notes are CLOBs: the limit is ours, the same as an import's.
        assertThat(FieldRules.maxLength(Field.TEXT)).isEqualTo(100_000);
        assertThat(FieldRules.maxLength(Field.NOTES)).isEqualTo(100_000);
        assertThat(FieldRules.maxLengths()).containsOnlyKeys(Commitment.builder().build().texts().keySet());
    }

    @Test
    void a_commitment_names_each_field_too_long_and_each_year_outside_the_range() {
        Commitment c = Commitment.builder().title("t".repeat(2001)).reference("r".repeat(101))
                .madeOn(LocalDate.of(0, 1, 1)).deadline(Deadline.on(LocalDate.of(99999, 1, 1))).build();

        assertThat(c.problems()).extracting(Problem::field, Problem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Field.REFERENCE, "validation.tooLong"),
                org.assertj.core.groups.Tuple.tuple(Field.TITLE, "validation.tooLong"),
                org.assertj.core.groups.Tuple.tuple(Field.MADE_ON, "validation.date.year"),
                org.assertj.core.groups.Tuple.tuple(Field.DEADLINE_LATEST, "validation.date.year"));
        assertThat(c.problems().get(1).args()).containsExactly(Field.TITLE, 2001, 2000);
        assertThat(Commitment.builder().title("t".repeat(2000)).madeOn(LocalDate.of(1900, 1, 1))
                .deadline(Deadline.on(LocalDate.of(2200, 12, 31))).build().problems()).isEmpty();
    }

    @Test
    void a_fulfilment_date_may_be_today_but_not_later() {
        LocalDate today = LocalDate.of(2024, 7, 5);
        Commitment.Builder done = Commitment.builder().title("t").status(Status.DONE);
        assertThat(done.fulfilledOn(today).build().problems(today)).isEmpty();
        assertThat(done.fulfilledOn(today.plusDays(1)).build().problems(today))
                .extracting(Problem::key).containsExactly("validation.fulfilledOn.future");
    }
}
