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
                .contains("\"text\" : \"De minister zal de Kamer voor de zomer van 2024 informeren over de aanpak."
                        + " Daarbij komt ook de NVAO aan bod.\"")
                .contains("\"phrase\" : \"voor de zomer van 2024\"")
                .contains("\"phrase\" : \"eind 2025\"")
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

    /** Issue 16: a register's own status words, mapped on the command line as in the window, and remembered. */
    @Test
    void map_status_lets_a_file_with_its_own_words_in_and_the_next_import_remembers_them() throws Exception {
        StringBuilder rows = new StringBuilder("Kenmerk;Titel;Status;Datum toezegging;Afgedaan op\r\n");
        for (int i = 0; i < 12; i++) {
            rows.append("K-").append(i).append(";Toezegging ").append(i).append(";Klaar;2024-03-01;2024-04-01\r\n");
        }
        rows.append("B-1;Bezig;Bezig;2024-03-01;\r\n");
        Path file = Files.writeString(files.resolve("eigen.csv"), rows, StandardCharsets.UTF_8);

        CliRun refused = CliRun.run(data, "import", file.toString());

        assertThat(refused.exit).isEqualTo(2);
        assertThat(refused.err).contains("12 regels (2, 3, 4, 5, 6, 7, 8, 9, 10, 11 en 2 andere), kolom \"Status\":"
                + " \"Klaar\" is geen status die Toezeggingen kent")
                .contains("Regel 14, kolom \"Status\": \"Bezig\" is geen status")
                .contains("Geef met --map-status aan welke status een onbekend woord is, bijvoorbeeld:"
                        + " --map-status \"Klaar=afgedaan\".");
        assertThat(refused.err.split("Klaar\" is geen status", -1)).as("once, not once per row").hasSize(2);
        assertThat(CliRun.run(data, "list", "--format", "json").out.strip()).isEqualTo("[ ]");

        CliRun mapped = CliRun.run(data, "import", file.toString(), "--map-status", "klaar=afgedaan",
                "--map-status", "Bezig=in uitvoering");

        assertThat(mapped.exit).as(mapped.toString()).isZero();
        assertThat(mapped.out).contains("13 toezeggingen ingelezen: 13 nieuw");
        String list = CliRun.run(data, "list", "--format", "json").out;
        assertThat(list.split("\"status\" : \"DONE\"", -1)).hasSize(13);
        assertThat(list).contains("\"status\" : \"IN_PROGRESS\"");

        Path next = Files.writeString(files.resolve("volgende.csv"), "Kenmerk;Titel;Status\r\nN-1;Nieuw;KLAAR\r\n",
                StandardCharsets.UTF_8);
        CliRun remembered = CliRun.run(data, "import", next.toString());
        assertThat(remembered.exit).as(remembered.toString()).isZero();
        assertThat(CliRun.run(data, "show", "14").out).contains("Afgedaan");
    }

    @Test
    void a_map_status_that_cannot_be_used_is_one_sentence_and_exit_2_with_nothing_written() throws Exception {
        Path file = Files.writeString(files.resolve("eigen.csv"), "Titel;Status\r\nEen;Klaar\r\n",
                StandardCharsets.UTF_8);
        String[][] wrong = {{"Klaar", "\"Klaar\" is geen koppeling van een woord aan een status"},
                {"Klaar=bijna", "\"Klaar=bijna\" is geen koppeling van een woord aan een status"},
                {"=afgedaan", "\"=afgedaan\" is geen koppeling"},
                {"Voldaan=open", "\"Voldaan\" is al een status van Toezeggingen (Afgedaan) en kan niet aan een"
                        + " andere status worden gekoppeld."}};
        for (String[] given : wrong) {
            CliRun run = CliRun.run(data, "import", file.toString(), "--map-status", given[0]);
            assertThat(run.exit).as(run.toString()).isEqualTo(2);
            assertThat(run.err).as(given[0]).contains(given[1]).doesNotContain("Exception");
            assertThat(run.err.strip().lines()).as(given[0]).hasSize(1);
        }
        assertThat(CliRun.run(data, "--lang", "en", "import", file.toString(), "--map-status", "Klaar").err)
                .contains("\"Klaar\" does not map a word to a status");
        assertThat(CliRun.run(data, "list", "--format", "json").out.strip()).isEqualTo("[ ]");
    }

    /** With --today decades on, a Tweede Kamer record without Aanmaakdatum is still due in its own year. */
    @Test
    void a_tweede_kamer_record_without_aanmaakdatum_is_counted_from_its_number_not_from_today() throws Exception {
        Path file = Files.writeString(files.resolve("tk.json"), """
                {"value": [
                 {"Nummer": "TZ202504-057", "Tekst": "De minister informeert de Kamer voor de zomer over de aanpak.",
                  "Status": "Openstaand", "DatumNakoming": null, "Verwijderd": false},
                 {"Nummer": "ZONDER-DATUM", "Tekst": "De minister stuurt binnen zes weken een brief.",
                  "Status": "Voldaan", "DatumNakoming": null, "Verwijderd": false}
                ]}
                """);

        CliRun run = CliRun.run(data, "--today", "2090-01-01", "import", file.toString());

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).contains("Regel 2, kolom \"Aanmaakdatum\": de Aanmaakdatum ontbreekt")
                .contains("Regel 4, kolom \"Tekst\": de termijn \"binnen zes weken\" telt vanaf de datum van de"
                        + " toezegging, en die ontbreekt")
                .contains("Regel 4, kolom \"Status\": afgedaan zonder datum van afdoening en zonder datum van de"
                        + " toezegging; als datum van afdoening is de dag van het inlezen genomen");
        String list = CliRun.run(data, "--today", "2090-01-01", "list", "--format", "json").out;
        assertThat(list).contains("\"madeOn\" : \"2025-04-01\"").contains("\"phrase\" : \"voor de zomer\"")
                .contains("\"latest\" : \"2025-07-0").contains("\"phrase\" : \"binnen zes weken\"")
                .doesNotContain("\"latest\" : \"2090").doesNotContain("\"latest\" : \"2091");
    }
}
