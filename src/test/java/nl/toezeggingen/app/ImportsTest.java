package nl.toezeggingen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.ImportFormat;
import nl.toezeggingen.domain.ImportIssue;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.TrackedCommitment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports of real files on a real H2 folder: all rows or none, by reference, with a report that points into the file. */
class ImportsTest {
    static final LocalDate TODAY = LocalDate.of(2025, 7, 10);

    @TempDir
    Path data;
    @TempDir
    Path files;
    Tracker tracker;
    Imports imports;
    Messages dutch = new Messages(Messages.DUTCH);

    @BeforeEach
    void open() {
        tracker = Tracker.open(data, Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        imports = new Imports(tracker);
    }

    @AfterEach
    void close() {
        tracker.close();
    }

    List<Commitment> stored() {
        return tracker.list().stream().map(TrackedCommitment::commitment).toList();
    }

    @Test
    void ten_thousand_csv_rows_land_and_a_second_import_changes_nothing() {
        Path file = ImportFiles.csv(files.resolve("lijst.csv"), ImportFiles.rows(10_000), ';', StandardCharsets.UTF_8);

        ImportReport report = imports.run(file, null);

        assertThat(report.accepted()).as(String.join("\n", report.lines(dutch))).isTrue();
        assertThat(report.added()).isEqualTo(10_000);
        List<Commitment> stored = stored();
        assertThat(stored).hasSize(10_000);
        Commitment first = stored.stream().filter(c -> "TZ-0".equals(c.reference())).findFirst().orElseThrow();
        assertThat(first.title()).isEqualTo("Kamer informeren over punt 0; zie \"brief\"");
        assertThat(first.deadline().latest()).isEqualTo(LocalDate.of(2025, 7, 3));
        assertThat(first.notes()).isEqualTo("loopt,\nzie overleg");
        assertThat(first.status()).isEqualTo(Status.OPEN);

        ImportReport again = imports.run(file, ImportFormat.CSV);
        assertThat(again.unchanged()).isEqualTo(10_000);
        assertThat(again.added() + again.updated()).isZero();
        assertThat(stored()).isEqualTo(stored);
        assertThat(again.summary(dutch)).isEqualTo("10.000 toezeggingen ingelezen: 0 nieuw, 0 bijgewerkt, 10.000 ongewijzigd.");
    }

    @Test
    void ten_thousand_xlsx_rows_land_with_date_cells_read_as_dates() {
        List<List<String>> rows = new ArrayList<>(ImportFiles.rows(10_000));
        List<String> dated = new ArrayList<>(rows.get(1));
        dated.set(2, "=DATE:45839"); // 2025-07-01 in Excel's serial numbering
        rows.set(1, dated);
        Path file = ImportFiles.xlsx(files.resolve("lijst.xlsx"), rows);

        ImportReport report = imports.run(file, null);

        assertThat(report.accepted()).as(String.join("\n", report.lines(dutch))).isTrue();
        assertThat(report.format()).isEqualTo(ImportFormat.XLSX);
        assertThat(stored()).hasSize(10_000);
        Commitment first = tracker.list().get(0).commitment();
        assertThat(first.reference()).isEqualTo("TZ-0");
        assertThat(first.deadline().latest()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(stored().get(4).deadline().phrase()).isEqualTo("doorlopend");
    }

    @Test
    void a_refused_row_imports_nothing_and_the_report_says_line_and_column() {
        tracker.loadDemo();
        List<Commitment> before = stored();
        Path file = ImportFiles.csv(files.resolve("fout.csv"), List.of(
                List.of("Titel", "Termijn", "Status", "Omschrijving kort"),
                List.of("Goed", "eind 2025", "open", "x"),
                List.of("Met meerdere\nregels", "ooit", "open", "x"),
                List.of("Derde", "eind 2025", "half klaar", "x")), ',', StandardCharsets.UTF_8);

        ImportReport report = imports.run(file, null);

        assertThat(report.accepted()).isFalse();
        assertThat(report.issues()).extracting(ImportIssue::line, ImportIssue::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "Termijn"),
                        org.assertj.core.groups.Tuple.tuple(5, "Status"));
        assertThat(report.unknownColumns()).containsExactly("Omschrijving kort");
        assertThat(report.lines(dutch).get(1)).startsWith("Regel 5, kolom \"Status\": \"half klaar\" is geen status");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void windows_1252_is_recognised_and_a_bom_is_no_part_of_the_first_heading() {
        List<List<String>> rows = List.of(List.of("Titel", "Eigenaar"), List.of("Café-overleg ná de zomer", "Zoë"));
        ImportReport ansi = imports.run(ImportFiles.csv(files.resolve("ansi.csv"), rows, ';',
                Charset.forName("windows-1252")), null);
        assertThat(ansi.accepted()).isTrue();
        assertThat(ansi.issues()).extracting(ImportIssue::key).containsExactly("import.file.windows1252");
        assertThat(stored().get(0).title()).isEqualTo("Café-overleg ná de zomer");

        byte[] utf8 = "Titel;Eigenaar\r\nMet BOM;Zoë\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        ImportReport withBom = imports.run(ImportFiles.write(files.resolve("bom.csv"), bom), null);
        assertThat(withBom.issues()).isEmpty();
        assertThat(stored().get(1).owner()).isEqualTo("Zoë");
    }

    @Test
    void malformed_files_give_reports_not_exceptions_and_leave_the_database_as_it_was() {
        tracker.loadDemo();
        List<Commitment> before = stored();
        Random random = new Random(7);
        byte[] garbage = new byte[200_000];
        random.nextBytes(garbage);
        char[] huge = new char[10 * 1024 * 1024];
        Arrays.fill(huge, 'x');
        List<Path> bad = List.of(
                ImportFiles.write(files.resolve("leeg.csv"), new byte[0]),
                ImportFiles.write(files.resolve("rommel.csv"), garbage),
                ImportFiles.write(files.resolve("rommel.xlsx"), garbage),
                ImportFiles.write(files.resolve("rommel.json"), garbage),
                ImportFiles.write(files.resolve("scheef.csv"), "Titel;Termijn\r\nEen;eind 2025\r\nTwee;eind 2025;extra\r\nDrie\r\n"
                        .getBytes(StandardCharsets.UTF_8)),
                ImportFiles.csv(files.resolve("grote-cel.csv"), List.of(List.of("Titel", "Tekst"),
                        List.of("Groot", new String(huge))), ',', StandardCharsets.UTF_8),
                ImportFiles.write(files.resolve("open-quote.csv"), "Titel\r\n\"nooit dicht\r\n".getBytes(StandardCharsets.UTF_8)),
                ImportFiles.write(files.resolve("utf16.csv"), "Titel\nEen\n".getBytes(StandardCharsets.UTF_16LE)),
                ImportFiles.write(files.resolve("alleen-kop.csv"), "Titel;Termijn\r\n".getBytes(StandardCharsets.UTF_8)),
                ImportFiles.write(files.resolve("geen-titel.csv"), "Foo;Bar\r\n1;2\r\n".getBytes(StandardCharsets.UTF_8)),
                ImportFiles.write(files.resolve("kapot.json"), "[{\"title\": \"a\"},".getBytes(StandardCharsets.UTF_8)),
                files.resolve("bestaat-niet.csv"));
        for (Path file : bad) {
            ImportReport report = imports.run(file, null);
            assertThat(report.accepted()).as(file.getFileName().toString()).isFalse();
            assertThat(report.lines(dutch)).as(file.getFileName().toString()).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).doesNotContain("Exception").doesNotStartWith("import."));
        }
        ImportReport ragged = imports.check(files.resolve("scheef.csv"), null);
        assertThat(ragged.issues()).extracting(ImportIssue::line).containsExactly(3, 4);
        ImportReport hugeCell = imports.check(files.resolve("grote-cel.csv"), null);
        assertThat(ImportReport.line(hugeCell.issues().get(0), dutch)).startsWith("Regel 2, kolom \"Tekst\": de cel is");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void a_dry_run_reports_what_would_happen_and_writes_nothing() {
        Path file = ImportFiles.csv(files.resolve("lijst.csv"), ImportFiles.rows(20), ',', StandardCharsets.UTF_8);

        ImportReport report = imports.check(file, null);

        assertThat(report.accepted()).isTrue();
        assertThat(report.written()).isFalse();
        assertThat(report.added()).isEqualTo(20);
        assertThat(tracker.isEmpty()).isTrue();
        assertThat(report.summary(new Messages(Messages.ENGLISH)))
                .isEqualTo("Trial run, nothing was saved. 20 commitments in order: 20 new, 0 to update, 0 unchanged.");
    }

    @Test
    void importing_again_updates_by_reference_and_keeps_fields_the_file_does_not_have() {
        tracker.save(Commitment.builder().reference("TZ-1").title("Oud").owner("Anna").build());
        Path file = ImportFiles.csv(files.resolve("lijst.csv"), List.of(List.of("Kenmerk", "Titel"),
                List.of("TZ-1", "Nieuw"), List.of("TZ-2", "Erbij")), ';', StandardCharsets.UTF_8);

        ImportReport report = imports.run(file, null);

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.added()).isEqualTo(1);
        assertThat(stored()).extracting(Commitment::reference, Commitment::title, Commitment::owner)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TZ-1", "Nieuw", "Anna"),
                        org.assertj.core.groups.Tuple.tuple("TZ-2", "Erbij", null));
        assertThat(tracker.history(stored().get(0).id())).anyMatch(change -> "title".equals(change.field()));
    }

    @Test
    void a_reference_twice_in_one_file_is_refused() {
        Path file = ImportFiles.csv(files.resolve("dubbel.csv"), List.of(List.of("Nummer", "Omschrijving"),
                List.of("A", "een"), List.of("A", "twee")), ',', StandardCharsets.UTF_8);

        ImportReport report = imports.run(file, null);

        assertThat(report.accepted()).isFalse();
        assertThat(ImportReport.line(report.issues().get(0), dutch))
                .isEqualTo("Regel 3, kolom \"Nummer\": kenmerk A staat ook op regel 2");
        assertThat(tracker.isEmpty()).isTrue();
    }

    @Test
    void our_own_json_export_comes_back_the_same_in_an_empty_database() throws Exception {
        tracker.loadDemo();
        Commitment first = stored().get(0);
        tracker.changeStatus(first.id(), Status.DONE, LocalDate.of(2024, 7, 1), "Kamerbrief 2024-0456");
        Commitment second = stored().get(1);
        tracker.save(second.toBuilder().deadline(new nl.toezeggingen.domain.Deadline(second.deadline().phrase(),
                null, LocalDate.of(2024, 12, 1), false)).build());
        String json = nl.toezeggingen.report.CommitmentJson.array(tracker.list());
        List<Commitment> original = stored();
        Path file = ImportFiles.write(files.resolve("export.json"), json.getBytes(StandardCharsets.UTF_8));
        tracker.close();

        Path empty = files.resolve("leeg");
        tracker = Tracker.open(empty, Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        ImportReport report = new Imports(tracker).run(file, null);

        assertThat(report.format()).isEqualTo(ImportFormat.JSON);
        assertThat(report.accepted()).as(String.join("\n", report.lines(dutch))).isTrue();
        assertThat(stored()).isEqualTo(original);
        assertThat(new Imports(tracker).run(file, null).unchanged()).isEqualTo(original.size());
    }

    @Test
    void column_names_match_in_english_and_with_other_capitals_and_accents() {
        Path file = ImportFiles.csv(files.resolve("english.csv"), List.of(
                List.of("REFERENCE", "Title", "Deadline", "Owner", "Action line", "Made on", "Notes"),
                List.of("R-1", "Report to parliament", "before summer 2025", "Jo", "Line 1", "4-7-2024", "ok")),
                ',', StandardCharsets.UTF_8);

        ImportReport report = imports.run(file, null);

        assertThat(report.accepted()).as(String.join("\n", report.lines(dutch))).isTrue();
        assertThat(report.unknownColumns()).isEmpty();
        Commitment c = stored().get(0);
        assertThat(c.line()).isEqualTo("Line 1");
        assertThat(c.madeOn()).isEqualTo(LocalDate.of(2024, 7, 4));
        assertThat(c.deadline().latest()).isEqualTo(LocalDate.of(2025, 7, 3));
        assertThat(c.title().toLowerCase(Locale.ROOT)).contains("parliament");
    }

    @Test
    void aLongImportSaysHowFarItIsRowByRow() {
        Path csv = ImportFiles.csv(files.resolve("lang.csv"), ImportFiles.rows(2_500), ';', StandardCharsets.UTF_8);
        List<String> seen = new java.util.ArrayList<>();
        imports.run(csv, null, (step, done, total) -> seen.add(step + " " + done + "/" + total));

        assertThat(seen).first().isEqualTo("progress.import.reading 0/0");
        assertThat(seen).contains("progress.import.checking 500/2500", "progress.import.checking 2500/2500",
                "progress.import.saving 1000/2500", "progress.import.saving 2500/2500");
        assertThat(dutch.get("progress.import.checking", 45_000L, 100_000L))
                .isEqualTo("Regel 45.000 van 100.000 gecontroleerd");
    }

    @Test
    void anImportStoppedWhileSavingWritesNothing() {
        Path csv = ImportFiles.csv(files.resolve("lang.csv"), ImportFiles.rows(2_500), ';', StandardCharsets.UTF_8);
        boolean[] stop = {false};
        Progress stopsAfterTheFirstBatch = new Progress() {
            @Override
            public void at(String step, long done, long total) {
                stop[0] |= step.equals("progress.import.saving") && done >= 1_000;
            }

            @Override
            public boolean cancelled() {
                return stop[0];
            }
        };

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.run(csv, null, stopsAfterTheFirstBatch))
                .isInstanceOf(Progress.Cancelled.class);

        assertThat(stop[0]).as("a thousand rows were stored in the transaction when it was stopped").isTrue();
        assertThat(stored()).as("the transaction was rolled back whole").isEmpty();
    }

    // --- issue 16: the users' words, the deadline part of a register text, and never counted from today

    private Path csv(String name, List<List<String>> rows) {
        return ImportFiles.csv(files.resolve(name), rows, ';', StandardCharsets.UTF_8);
    }

    private Commitment byReference(String reference) {
        return stored().stream().filter(c -> reference.equals(c.reference())).findFirst().orElseThrow();
    }

    @Test
    void the_status_words_of_other_registers_are_read_in_any_case_and_with_spaces_around() {
        List<List<String>> rows = new ArrayList<>(List.of(List.of("Kenmerk", "Titel", "Status", "Datum toezegging")));
        String[] words = {"Afgehandeld", "AFGEROND", " gereed ", "Voldaan", "Deels voldaan", "Lopend",
                "in behandeling", "In Uitvoering", "Niet gestart", "Ingetrokken", "vervallen"};
        for (int i = 0; i < words.length; i++) {
            rows.add(List.of("W-" + i, "Toezegging " + i, words[i], "2024-03-01"));
        }

        ImportReport report = imports.run(csv("woorden.csv", rows), null);

        assertThat(report.accepted()).as(String.join("\n", report.lines(dutch))).isTrue();
        assertThat(stored()).extracting(Commitment::status).containsExactly(Status.DONE, Status.DONE, Status.DONE,
                Status.DONE, Status.PARTLY_DONE, Status.IN_PROGRESS, Status.IN_PROGRESS, Status.IN_PROGRESS,
                Status.OPEN, Status.LAPSED, Status.LAPSED);
    }

    @Test
    void an_unknown_status_is_reported_once_with_its_rows_and_a_mapping_lets_the_file_in_and_is_remembered() {
        List<List<String>> rows = new ArrayList<>(List.of(List.of("Kenmerk", "Titel", "Status", "Datum toezegging",
                "Afgedaan op")));
        for (int i = 0; i < 25; i++) {
            rows.add(List.of("K-" + i, "Toezegging " + i, i % 2 == 0 ? "Klaar" : "klaar ", "2024-03-01", "2024-05-01"));
        }
        rows.add(List.of("B-1", "Bezig een", "Bezig", "2024-03-01", ""));
        rows.add(List.of("B-2", "Bezig twee", "bezig", "2024-03-01", ""));
        Path file = csv("klaar.csv", rows);

        ImportReport refused = imports.run(file, null);

        assertThat(refused.accepted()).isFalse();
        assertThat(refused.unknownStatusWords()).containsExactly("Klaar", "Bezig");
        assertThat(refused.lines(dutch)).containsExactly(
                "25 regels (2, 3, 4, 5, 6, 7, 8, 9, 10, 11 en 15 andere), kolom \"Status\": \"Klaar\" is geen status"
                        + " die Toezeggingen kent; de statussen zijn Openstaand, In uitvoering, Deels afgedaan, Afgedaan"
                        + " en Vervallen",
                "Regels 27 en 28, kolom \"Status\": \"Bezig\" is geen status die Toezeggingen kent; de statussen zijn"
                        + " Openstaand, In uitvoering, Deels afgedaan, Afgedaan en Vervallen");
        assertThat(refused.lines(new Messages(Messages.ENGLISH)).get(0))
                .startsWith("25 lines (2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 15 others), column \"Status\": \"Klaar\"");
        assertThat(refused.summary(dutch)).isEqualTo(
                "Niets ingelezen: 27 problemen in het bestand. Verbeter het bestand en lees het opnieuw in.");
        assertThat(tracker.isEmpty()).isTrue();

        ImportReport mapped = new Imports(tracker, java.util.Map.of("KLAAR", Status.DONE, "bezig", Status.IN_PROGRESS))
                .run(file, null);

        assertThat(mapped.accepted()).as(String.join("\n", mapped.lines(dutch))).isTrue();
        assertThat(mapped.added()).isEqualTo(27);
        assertThat(byReference("K-3").status()).isEqualTo(Status.DONE);
        assertThat(byReference("B-2").status()).isEqualTo(Status.IN_PROGRESS);

        // Remembered in the data: the next import (even after a restart) knows the words without being told.
        tracker.close();
        tracker = Tracker.open(data, Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        Path next = csv("volgende.csv", List.of(List.of("Kenmerk", "Titel", "Status"),
                List.of("N-1", "Nieuw", "  KLAAR"), List.of("N-2", "Ook nieuw", "Bezig")));
        ImportReport later = new Imports(tracker).check(next, null);
        assertThat(later.accepted()).as(String.join("\n", later.lines(dutch))).isTrue();
        assertThat(later.unknownStatusWords()).isEmpty();
    }

    @Test
    void a_dry_run_with_a_mapping_remembers_nothing() {
        Path file = csv("klaar.csv", List.of(List.of("Titel", "Status"), List.of("Een", "Klaar")));

        assertThat(new Imports(tracker, java.util.Map.of("Klaar", Status.DONE)).check(file, null).accepted()).isTrue();

        assertThat(imports.check(file, null).unknownStatusWords()).containsExactly("Klaar");
    }

    @Test
    void our_own_words_win_over_a_remembered_mapping() {
        Path file = csv("klaar.csv", List.of(List.of("Titel", "Status"), List.of("Een", "Voldaan")));
        new Imports(tracker, java.util.Map.of("Voldaan", Status.OPEN)).run(file, null);

        assertThat(stored().get(0).status()).isEqualTo(Status.DONE);
    }

    @Test
    void a_row_done_without_a_date_is_done_on_its_made_on_date_or_else_the_import_date_and_says_so() {
        Path file = csv("afgedaan.csv", List.of(List.of("Kenmerk", "Titel", "Status", "Datum toezegging", "Afgedaan op"),
                List.of("D-1", "Met datum toezegging", "Afgedaan", "2024-03-01", ""),
                List.of("D-2", "Zonder enige datum", "Voldaan", "", ""),
                List.of("D-3", "Met datum afgedaan", "Afgedaan", "2024-03-01", "2024-06-01")));

        ImportReport report = imports.run(file, null);

        assertThat(report.accepted()).isTrue();
        assertThat(byReference("D-1").fulfilledOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(byReference("D-2").fulfilledOn()).isEqualTo(TODAY);
        assertThat(byReference("D-3").fulfilledOn()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(report.lines(dutch)).containsExactly(
                "Let op: Regel 2, kolom \"Status\": afgedaan zonder datum van afdoening; als datum van afdoening is de"
                        + " datum van de toezegging genomen",
                "Let op: Regel 3, kolom \"Status\": afgedaan zonder datum van afdoening en zonder datum van de"
                        + " toezegging; als datum van afdoening is de dag van het inlezen genomen");

        // A second import, days later, keeps the day the first one chose: nothing changes.
        tracker.close();
        tracker = Tracker.open(data, Clock.fixed(TODAY.plusDays(9).atStartOfDay(ZoneOffset.UTC).toInstant(),
                ZoneOffset.UTC));
        ImportReport again = new Imports(tracker).run(file, null);
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.issues()).isEmpty();
        assertThat(byReference("D-2").fulfilledOn()).isEqualTo(TODAY);
    }

    @Test
    void a_relative_phrase_of_a_row_without_made_on_date_is_kept_as_text_and_the_report_names_the_row() {
        Path file = csv("zonder-datum.csv", List.of(List.of("Kenmerk", "Titel", "Termijn", "Datum toezegging"),
                List.of("R-1", "Relatief zonder datum", "binnen zes weken", ""),
                List.of("R-2", "Relatief met datum", "binnen zes weken", "2024-03-01"),
                List.of("R-3", "Absoluut zonder datum", "voor de zomer van 2025", "")));

        ImportReport report = imports.run(file, null);

        assertThat(report.accepted()).isTrue();
        Commitment withoutDate = byReference("R-1");
        assertThat(withoutDate.deadline().phrase()).isEqualTo("binnen zes weken");
        assertThat(withoutDate.deadline().latest()).isNull();
        assertThat(withoutDate.deadline().earliest()).isNull();
        assertThat(byReference("R-2").deadline().latest()).isEqualTo(LocalDate.of(2024, 4, 12));
        assertThat(byReference("R-3").deadline().latest()).isNotNull();
        assertThat(report.lines(dutch)).containsExactly("Let op: Regel 2, kolom \"Termijn\": de termijn \"binnen zes"
                + " weken\" telt vanaf de datum van de toezegging, en die ontbreekt; de termijn is als tekst bewaard,"
                + " zonder datum");
    }

    static String tk(String... records) {
        return "{\"value\": [" + String.join(",\n", records) + "]}"; // record n on line n
    }

    static String tkRecord(String number, String text, String madeOn) {
        return "{\"Nummer\": \"" + number + "\", \"Tekst\": \"" + text + "\", \"Status\": \"Openstaand\","
                + " \"DatumNakoming\": null, \"Aanmaakdatum\": " + (madeOn == null ? "null" : "\"" + madeOn + "T00:00:00Z\"")
                + ", \"Verwijderd\": false}";
    }

    @Test
    void a_tweede_kamer_text_stays_whole_and_only_its_deadline_part_becomes_the_phrase() {
        String text = "De minister informeert de Kamer in maart 2025 over de voortgang. Daarna volgt een debat.";
        Path file = ImportFiles.write(files.resolve("tk.json"), tk(
                tkRecord("TZ202410-001", text, "2024-10-02"),
                tkRecord("TZ202410-002", "De minister stuurt een brief over de evaluatie.", "2024-10-02"),
                tkRecord("TZ202410-003", "In het debat van 1 oktober 2024 zegde de minister toe de Kamer voor de zomer"
                        + " te informeren.", "2024-10-02")).getBytes(StandardCharsets.UTF_8));

        ImportReport report = imports.run(file, ImportFormat.TK);

        assertThat(report.accepted()).as(String.join("\n", report.lines(dutch))).isTrue();
        Commitment march = byReference("TZ202410-001");
        assertThat(march.text()).isEqualTo(text);
        assertThat(march.deadline().phrase()).isEqualTo("in maart 2025");
        assertThat(march.deadline().latest()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(byReference("TZ202410-002").deadline()).isEqualTo(nl.toezeggingen.domain.Deadline.NONE);
        Commitment summer = byReference("TZ202410-003");
        assertThat(summer.deadline().phrase()).isEqualTo("voor de zomer");
        assertThat(summer.deadline().latest()).isEqualTo(tracker.deadlines().resolve("voor de zomer",
                LocalDate.of(2024, 10, 2)).deadline().latest());
        assertThat(report.lines(dutch)).singleElement().asString().startsWith(
                "Let op: Regel 3, kolom \"Tekst\": als termijn is \"voor de zomer\" uit de tekst genomen, maar de tekst"
                        + " noemt ook");
    }

    @Test
    void a_tweede_kamer_record_without_aanmaakdatum_is_made_in_the_month_of_its_number_or_keeps_its_phrase_as_text() {
        Path file = ImportFiles.write(files.resolve("tk.json"), tk(
                tkRecord("TZ202504-057", "De minister informeert de Kamer voor de zomer.", null),
                tkRecord("TZ202504-058", "De minister informeert de Kamer voor de zomer.", null),
                tkRecord("2025-X", "De minister stuurt binnen zes weken een brief.", null))
                .getBytes(StandardCharsets.UTF_8));

        ImportReport report = imports.run(file, ImportFormat.TK);

        assertThat(report.accepted()).as(String.join("\n", report.lines(dutch))).isTrue();
        Commitment april = byReference("TZ202504-057");
        assertThat(april.madeOn()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(april.deadline().phrase()).isEqualTo("voor de zomer");
        assertThat(april.deadline().latest()).isEqualTo(tracker.deadlines().resolve("voor de zomer van 2025", null)
                .deadline().latest());
        Commitment unknown = byReference("2025-X");
        assertThat(unknown.madeOn()).isNull();
        assertThat(unknown.deadline().phrase()).isEqualTo("binnen zes weken");
        assertThat(unknown.deadline().latest()).isNull();
        assertThat(report.lines(dutch)).containsExactly(
                "Let op: Regels 1 en 2, kolom \"Aanmaakdatum\": de Aanmaakdatum ontbreekt; als datum van de toezegging"
                        + " is de eerste dag genomen van de maand in het nummer (bij TZ202504-057: 1 april 2025)",
                "Let op: Regel 3, kolom \"Tekst\": de termijn \"binnen zes weken\" telt vanaf de datum van de"
                        + " toezegging, en die ontbreekt; de termijn is als tekst bewaard, zonder datum");
    }

    /**
     * The property of issue 16: whatever rows a file holds, no relative phrase is counted from the day of the
     * import. The clock stands decades after every row, so a date counted from it would show at once.
     */
    @Test
    void no_import_row_is_ever_counted_from_today() {
        tracker.close();
        LocalDate farAway = LocalDate.of(2150, 6, 15);
        tracker = Tracker.open(data, new nl.toezeggingen.testing.MovableClock(
                farAway.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        String[] phrases = {"binnen zes weken", "voor de zomer", "eind van het jaar", "in maart", "na het zomerreces",
                "binnen drie maanden", "voor 1 juli", "begin volgend jaar", "Q3", "voor de zomer van 2025",
                "binnen een half jaar", "over twee weken", "dit jaar", "voor het kerstreces", "binnen 2 à 3 weken"};
        Random random = new Random(16);
        List<List<String>> rows = new ArrayList<>(List.of(List.of("Kenmerk", "Titel", "Termijn", "Datum toezegging")));
        List<String> tkRecords = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String phrase = phrases[random.nextInt(phrases.length)];
            LocalDate madeOn = random.nextInt(3) == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000));
            rows.add(List.of("P-" + i, "Rij " + i, phrase, madeOn == null ? "" : madeOn.toString()));
            String number = random.nextBoolean() ? "TZ20" + (20 + random.nextInt(6)) + "0" + (1 + random.nextInt(9))
                    + "-" + i : "T-" + i;
            tkRecords.add(tkRecord(number, "De minister informeert de Kamer " + phrase + " over punt " + i + ".",
                    madeOn == null ? null : madeOn.toString()));
        }
        ImportReport fromCsv = new Imports(tracker).run(csv("eigenschap.csv", rows), null);
        ImportReport fromTk = new Imports(tracker).run(ImportFiles.write(files.resolve("eigenschap.json"),
                tk(tkRecords.toArray(String[]::new)).getBytes(StandardCharsets.UTF_8)), ImportFormat.TK);

        assertThat(fromCsv.accepted()).as(String.join("\n", fromCsv.lines(dutch))).isTrue();
        assertThat(fromTk.accepted()).as(String.join("\n", fromTk.lines(dutch))).isTrue();
        List<Commitment> all = stored();
        assertThat(all).hasSize(600);
        for (Commitment c : all) {
            nl.toezeggingen.domain.deadline.Resolution own = tracker.deadlines().resolve(c.deadline().phrase(),
                    c.madeOn());
            assertThat(c.deadline().latest()).as(c.reference() + " " + c.deadline() + " made on " + c.madeOn())
                    .isEqualTo(own.understood() ? own.deadline().latest() : null);
            if (c.deadline().latest() != null) {
                assertThat(c.deadline().latest().getYear()).as(c.reference() + " " + c.deadline()).isLessThan(2100);
            }
        }
        assertThat(all).filteredOn(c -> c.madeOn() == null && c.deadline().latest() == null).isNotEmpty();
    }
}
