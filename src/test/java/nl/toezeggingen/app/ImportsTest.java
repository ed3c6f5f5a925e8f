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
}
