package nl.toezeggingen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import command as a script runs it, with a Tweede Kamer file composed from the register's field list. */
class ImportCommandTest {
    @TempDir
    Path data;
    @TempDir
    Path files;

    static final String TK = """
            {"@odata.context": "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Toezegging",
             "value": [
              {"Id": "0b0e7a4e-0000-0000-0000-000000000001", "Nummer": "TZ202404-101",
               "Tekst": "De minister zal de Kamer voor de zomer van 2024 informeren over de aanpak. Daarbij komt ook de NVAO aan bod.",
               "Status": "Openstaand", "DatumNakoming": "0001-01-01T00:00:00Z",
               "Ministerie": "Onderwijs, Cultuur en Wetenschap", "Naam": "Dijkgraaf", "Voornaam": "Robbert",
               "Initialen": "R.H.", "Tussenvoegsel": null, "Achternaam": "Dijkgraaf", "Functie": "minister van OCW",
               "Aanmaakdatum": "2024-04-03T10:12:00+02:00", "ActiviteitNummer": "2024A02345",
               "KamerbriefNakoming": null, "GewijzigdOp": "2024-04-04T09:00:00+02:00", "Verwijderd": false},
              {"Id": "0b0e7a4e-0000-0000-0000-000000000002", "Nummer": "TZ202310-007",
               "Tekst": "De staatssecretaris stuurt een brief over de evaluatie.",
               "Status": "Voldaan", "DatumNakoming": "2024-03-01T00:00:00Z",
               "Ministerie": "Justitie en Veiligheid", "Initialen": "E.", "Tussenvoegsel": "van der",
               "Achternaam": "Burg", "Functie": "staatssecretaris van JenV",
               "Aanmaakdatum": "2023-10-12T00:00:00Z", "ActiviteitNummer": "2023A06611",
               "KamerbriefNakoming": "Kamerstuk 29279, nr. 812", "Verwijderd": false},
              {"Id": "0b0e7a4e-0000-0000-0000-000000000003", "Nummer": "TZ202311-044",
               "Tekst": "De minister informeert de Kamer eind 2025 over de voortgang.",
               "Status": "Deels Afgedaan", "DatumNakoming": null, "Aanmaakdatum": "2023-11-20T00:00:00Z",
               "Naam": "Hermans", "Functie": "minister van EZK", "Verwijderd": false},
              {"Id": "0b0e7a4e-0000-0000-0000-000000000004", "Nummer": "TZ202401-002",
               "Tekst": "Er komt een verkenning.", "Status": "", "DatumNakoming": "",
               "Aanmaakdatum": "2024-01-15T00:00:00Z", "Verwijderd": false},
              {"Id": "0b0e7a4e-0000-0000-0000-000000000005", "Nummer": "TZ202401-003",
               "Tekst": "Ingetrokken.", "Status": "Vervallen", "Verwijderd": true}
             ]}
            """;

    @Test
    void a_tweede_kamer_file_lands_with_statuses_deadlines_and_names_and_a_second_import_changes_nothing()
            throws Exception {
        Path file = Files.writeString(files.resolve("toezeggingen.json"), TK);

        CliRun first = CliRun.run(data, "import", file.toString());

        assertThat(first.exit).as(first.toString()).isZero();
        assertThat(first.out).contains("4 toezeggingen ingelezen: 4 nieuw, 0 bijgewerkt, 0 ongewijzigd.")
                .contains("Regel 21, kolom \"Status\"") // the record with the empty status starts on line 21
                .contains("1 verwijderde toezegging overgeslagen");
        String list = CliRun.run(data, "list", "--format", "json").out;
        assertThat(list)
                .contains("\"reference\" : \"TZ202404-101\"")
                .contains("\"title\" : \"De minister zal de Kamer voor de zomer van 2024 informeren over de aanpak.\"")
                .contains("\"latest\" : \"2024-07-04\"")
                .contains("\"madeBy\" : \"Robbert Dijkgraaf, minister van OCW\"")
                .contains("\"madeIn\" : \"2024A02345\"")
                .contains("\"dossier\" : \"Onderwijs, Cultuur en Wetenschap\"")
                .contains("\"madeBy\" : \"E. van der Burg, staatssecretaris van JenV\"")
                .contains("\"fulfilledBy\" : \"Kamerstuk 29279, nr. 812\"")
                .contains("\"latest\" : \"2024-03-01\"")
                .contains("\"status\" : \"DONE\"")
                .contains("\"status\" : \"PARTLY_DONE\"")
                .contains("\"latest\" : \"2025-12-31\"")
                .contains("\"madeBy\" : \"Hermans, minister van EZK\"")
                .doesNotContain("TZ202401-003");
        assertThat(list.split("\"status\" : \"OPEN\"", -1)).hasSize(3);

        CliRun second = CliRun.run(data, "import", file.toString());
        assertThat(second.exit).isZero();
        assertThat(second.out).contains("4 toezeggingen ingelezen: 0 nieuw, 0 bijgewerkt, 4 ongewijzigd.");
        assertThat(CliRun.run(data, "list", "--format", "json").out).isEqualTo(list);
        assertThat(CliRun.run(data, "show", "1").out).doesNotContain("TZ202401-003");
    }

    @Test
    void a_refused_file_exits_2_with_the_report_on_stderr_and_imports_nothing() throws Exception {
        Path file = Files.writeString(files.resolve("lijst.csv"), "Titel;Termijn\r\nGoed;eind 2025\r\nFout;ooit\r\n",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.run(data, "--lang", "en", "import", file.toString());

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains("Line 3, column \"Termijn\":").contains("Nothing imported: 1 problem");
        assertThat(CliRun.run(data, "list", "--format", "json").out.strip()).isEqualTo("[ ]");
    }

    @Test
    void dry_run_writes_nothing_and_an_unknown_format_is_bad_input() throws Exception {
        Path file = Files.writeString(files.resolve("lijst.txt"), "Titel,Termijn\r\nGoed,eind 2025\r\n");

        CliRun dry = CliRun.run(data, "import", file.toString(), "--dry-run");
        assertThat(dry.exit).isZero();
        assertThat(dry.out).contains("Proef, er is niets opgeslagen. 1 toezegging in orde: 1 nieuw");
        assertThat(CliRun.run(data, "list", "--format", "json").out.strip()).isEqualTo("[ ]");

        CliRun wrong = CliRun.run(data, "import", file.toString(), "--format", "pdf");
        assertThat(wrong.exit).isEqualTo(2);
        assertThat(wrong.err).contains("\"pdf\" is geen importformaat");

        CliRun missing = CliRun.run(data, "import", files.resolve("weg.csv").toString());
        assertThat(missing.exit).isEqualTo(2);
        assertThat(missing.err).contains("bestaat niet");
    }
}
