package nl.toezeggingen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.toezeggingen.domain.Commitment.Field;
import nl.toezeggingen.domain.FieldRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One set of field rules for every way in: `add`, `edit`, `status` and the imports refuse the same things. */
class FieldRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    @TempDir
    Path files;

    private CliRun run(String... args) {
        return CliRun.run(data, args);
    }

    private JsonNode listJson(Path where) throws Exception {
        CliRun list = CliRun.run(where, "list", "--format", "json");
        assertThat(list.exit).as(list.toString()).isZero();
        return JSON.readTree(list.out);
    }

    private static void assertBad(CliRun run, String message) {
        assertThat(run.exit).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err).as(run.toString()).contains(message).doesNotContain("Exception", "\tat ", "INSERT");
        assertThat(run.out).isEmpty();
    }

    @Test
    void an_over_long_field_is_refused_with_the_field_and_its_limit_and_nothing_is_stored() throws Exception {
        assertBad(run("add", "--title", "x".repeat(2001)),
                "Er passen hoogstens 2.000 tekens in de titel; dit zijn er 2.001.");
        assertBad(run("add", "--title", "t", "--text", "x".repeat(100_001)),
                "Er passen hoogstens 100.000 tekens in de tekst van de toezegging; dit zijn er 100.001.");
        assertBad(run("add", "--title", "t", "--reference", "R".repeat(101)),
                "Er passen hoogstens 100 tekens in het kenmerk");
        assertBad(run("--lang", "en", "add", "--title", "t", "--owner", "o".repeat(501)),
                "At most 500 characters fit in the owner; this has 501.");
        assertBad(run("add", "--title", "t", "--deadline", "eind 2025 ".repeat(101)),
                "Er passen hoogstens 1.000 tekens in de termijn");
        assertThat(listJson(data)).isEmpty();

        assertThat(run("add", "--title", "bestaat").exit).isZero();
        assertBad(run("edit", "1", "--notes", "n".repeat(100_001)), "in de notities");
        assertBad(run("status", "1", "afgedaan", "--by", "b".repeat(1001)), "in het stuk waarmee is afgedaan");
        assertThat(listJson(data).get(0).get("notes").isNull()).isTrue();
        assertThat(listJson(data).get(0).get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void control_characters_and_bidi_overrides_are_stripped_on_the_command_line() throws Exception {
        CliRun added = run("add", "--title", "Brief\u001b[2J aan\u0007 de \u202EKamer\u2066\u2069",
                "--text", "regel 1\r\n\tregel 2\u0000\u009b", "--reference", "\u202ETZ-1");
        assertThat(added.exit).as(added.toString()).isZero();

        JsonNode stored = listJson(data).get(0);
        assertThat(stored.get("title").asText()).isEqualTo("Brief[2J aan de Kamer");
        assertThat(stored.get("text").asText()).isEqualTo("regel 1\n\tregel 2");
        assertThat(stored.get("reference").asText()).isEqualTo("TZ-1");
        assertThat(run("show", "1").out).doesNotContain("\u001b", "\u0007", "\u202E");

        // Echoed input is made safe too.
        assertBad(run("add", "--title", "x", "--made-on", "\u001b[31mgisteren"), "'[31mgisteren' is geen geldige datum");
    }

    @Test
    void control_characters_and_bidi_overrides_are_stripped_in_a_csv_import_and_NUL_in_a_json_import() throws Exception {
        Path csv = Files.writeString(files.resolve("lijst.csv"),
                "Kenmerk;Titel;Stand van zaken\r\nTZ-1;\"Over\u001b]0;pwned\u0007 de \u202Ebrief\u009b\";\"eerste\nregel\u007f\"\r\n"
                        + ";Een gewone regel zoals een ministerie die maakt;loopt nog, zie overleg\r\n".repeat(5),
                StandardCharsets.UTF_8);
        CliRun fromCsv = run("import", csv.toString());
        assertThat(fromCsv.exit).as(fromCsv.toString()).isZero();
        // A CSV with NUL in it is no text file: refused as a whole (CsvReader), nothing stored.
        Path withNul = Files.writeString(files.resolve("nul.csv"), "Kenmerk;Titel\r\nTZ-9;nul\u0000\r\n",
                StandardCharsets.UTF_8);
        assertThat(run("import", withNul.toString()).exit).isEqualTo(Cli.BAD_INPUT);

        Path json = Files.writeString(files.resolve("eigen.json"),
                "[{\"reference\": \"TZ-3\", \"title\": \"Met \\u0000NUL\\u001b[0m en \\u202Dtekens\"}]",
                StandardCharsets.UTF_8);
        CliRun fromJson = run("import", json.toString());
        assertThat(fromJson.exit).as(fromJson.toString()).isZero();

        JsonNode list = listJson(data);
        assertThat(list.get(0).get("title").asText()).isEqualTo("Over]0;pwned de brief");
        assertThat(list.get(0).get("notes").asText()).isEqualTo("eerste\nregel");
        assertThat(list.get(6).get("title").asText()).isEqualTo("Met NUL[0m en tekens");
    }

    @Test
    void a_year_outside_1900_to_2200_is_refused_everywhere_dates_are_read() throws Exception {
        assertBad(run("add", "--title", "x", "--made-on", "0000-01-01"),
                "'0000-01-01' valt buiten de jaren 1900 tot en met 2200; controleer het jaartal.");
        assertBad(run("add", "--title", "x", "--latest", "+99999-01-01"), "valt buiten de jaren 1900 tot en met 2200");
        assertBad(run("add", "--title", "x", "--earliest", "1-1-1899", "--latest", "1-1-2025"), "'1-1-1899' valt buiten");
        // A phrase can name a year beyond the range as well: the dates it gives are refused at the field.
        assertBad(run("add", "--title", "x", "--deadline", "eind 2201"), "Het jaar 2201 kan niet bij de uiterste datum");
        assertThat(listJson(data)).isEmpty();

        Path csv = Files.writeString(files.resolve("jaren.csv"),
                "Kenmerk;Titel;Datum toezegging;Uiterlijk\r\nA;een;0000-01-01;\r\nB;twee;2024-01-01;+99999-01-01\r\n",
                StandardCharsets.UTF_8);
        CliRun imported = run("import", csv.toString());
        assertThat(imported.exit).as(imported.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(imported.out + imported.err)
                .contains("Regel 2, kolom \"Datum toezegging\": \"0000-01-01\" valt buiten de jaren 1900 tot en met 2200")
                .contains("Regel 3, kolom \"Uiterlijk\": \"+99999-01-01\" valt buiten de jaren");
        assertThat(listJson(data)).isEmpty();
    }

    @Test
    void a_fulfilment_date_after_today_is_refused_by_status_and_by_import() throws Exception {
        assertThat(run("add", "--title", "Kamer informeren").exit).isZero();
        assertBad(run("--today", "2024-07-05", "status", "1", "afgedaan", "--on", "2024-07-06"),
                "De datum van afdoening (6 juli 2024) ligt na vandaag");
        assertThat(run("--today", "2024-07-05", "status", "1", "afgedaan", "--on", "2024-07-05").exit).isZero();

        Path csv = Files.writeString(files.resolve("later.csv"),
                "Kenmerk;Titel;Status;Afgedaan op\r\nA;een;Afgedaan;2024-07-06\r\n", StandardCharsets.UTF_8);
        CliRun imported = run("--today", "2024-07-05", "import", csv.toString());
        assertThat(imported.exit).as(imported.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(imported.out + imported.err).contains("Regel 2, kolom \"Afgedaan op\": De datum van afdoening");
        assertThat(listJson(data)).hasSize(1);
    }

    @Test
    void a_reference_belongs_to_one_commitment() throws Exception {
        assertThat(run("add", "--title", "een", "--reference", "TZ-1").exit).isZero();
        assertThat(run("add", "--title", "twee", "--reference", "TZ-2").exit).isZero();

        assertBad(run("add", "--title", "drie", "--reference", " TZ-1 "),
                "Kenmerk TZ-1 is al in gebruik bij toezegging 1; elk kenmerk hoort bij één toezegging.");
        assertBad(run("edit", "2", "--reference", "TZ-1"), "Kenmerk TZ-1 is al in gebruik bij toezegging 1");
        assertThat(run("edit", "1", "--title", "een, bijgewerkt", "--reference", "TZ-1").exit).isZero();
        assertThat(listJson(data)).hasSize(2);
        assertThat(listJson(data).get(1).get("reference").asText()).isEqualTo("TZ-2");

        Path csv = Files.writeString(files.resolve("dubbel.csv"),
                "Kenmerk;Titel\r\nTZ-3;drie\r\nTZ-4;vier\r\nTZ-3;nog eens drie\r\n", StandardCharsets.UTF_8);
        CliRun imported = run("import", csv.toString());
        assertThat(imported.exit).as(imported.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(imported.out + imported.err).contains("Regel 4, kolom \"Kenmerk\": kenmerk TZ-3 staat ook op regel 2");
        assertThat(listJson(data)).hasSize(2);
    }

    @Test
    void every_field_at_its_limit_goes_out_as_json_and_comes_back_whole() throws Exception {
        List<String> args = new ArrayList<>(List.of("add"));
        args.addAll(List.of("--reference", fill(Field.REFERENCE, "R")));
        args.addAll(List.of("--title", fill(Field.TITLE, "Tïtel ")));
        args.addAll(List.of("--text", fill(Field.TEXT, "Regel één,\n\tdaarna \"meer\"; ")));
        args.addAll(List.of("--dossier", fill(Field.DOSSIER, "D")));
        args.addAll(List.of("--line", fill(Field.LINE, "L")));
        args.addAll(List.of("--deadline", fill(Field.DEADLINE_PHRASE, "eind 2025 "), "--latest", "2025-12-31"));
        args.addAll(List.of("--made-on", "2024-01-02", "--made-in", fill(Field.MADE_IN, "Debat ")));
        args.addAll(List.of("--made-by", fill(Field.MADE_BY, "M"), "--owner", fill(Field.OWNER, "Ø")));
        args.addAll(List.of("--notes", fill(Field.NOTES, "notitie\n")));
        assertThat(run(args.toArray(String[]::new)).exit).isZero();
        String by = fill(Field.FULFILLED_BY, "Kamerbrief ");
        CliRun done = run("--today", "2025-03-01", "status", "1", "afgedaan", "--on", "2025-03-01", "--by", by);
        assertThat(done.exit).as(done.toString()).isZero();

        JsonNode original = listJson(data);
        Path json = Files.writeString(files.resolve("alles.json"), CliRun.run(data, "list", "--format", "json").out);
        Path empty = files.resolve("leeg");
        CliRun imported = CliRun.run(empty, "--today", "2025-03-01", "import", json.toString());
        assertThat(imported.exit).as(imported.toString()).isZero();

        JsonNode copy = listJson(empty);
        assertThat(copy).isEqualTo(original);
        assertThat(copy.get(0).get("text").asText()).hasSize(FieldRules.maxLength(Field.TEXT));
        assertThat(copy.get(0).get("fulfilledBy").asText()).isEqualTo(by);
    }

    /** {@code unit} repeated to exactly the field's limit, with no space at either end (that would be stripped). */
    private static String fill(Field field, String unit) {
        int max = FieldRules.maxLength(field);
        StringBuilder text = new StringBuilder(max);
        while (text.length() < max) {
            text.append(unit);
        }
        text.setLength(max);
        while (Character.isWhitespace(text.charAt(max - 1))) {
            text.setCharAt(max - 1, 'x');
        }
        return text.toString();
    }
}
