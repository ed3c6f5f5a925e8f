package nl.toezeggingen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.toezeggingen.app.ImportFiles;
import nl.toezeggingen.domain.ImportFormat;
import nl.toezeggingen.domain.ImportIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every limit of the import readers, each passed by a file made for it, and a real list that stays
 * within all of them. The bombs unpack to gigabytes; each is refused after a few megabytes of work.
 */
class WorkbookLimitsTest {
    private static final long GB = 1024L * 1024 * 1024;
    private static final long MB = 1024L * 1024;

    @TempDir
    Path files;

    @Test
    void a_workbook_of_a_hundred_thousand_rows_is_far_within_the_limits() throws IOException {
        Path xlsx = ImportFiles.xlsx(files.resolve("lijst.xlsx"), ImportFiles.rows(100_000));

        assertThat(new WorkbookLimits().check(bytes(xlsx))).isNull();
        // Its sheet: some 65 MB, packed 18 times; a quarter of the part limit, a tenth of the ratio limit.
        assertThat(new WorkbookLimits(WorkbookLimits.MAX_PART / 3, WorkbookLimits.MAX_TOTAL, 0).check(bytes(xlsx)))
                .isNull();
    }

    @Test
    void a_bomb_of_one_huge_cell_is_refused_by_its_declared_size_and_when_that_lies_by_the_text_it_unpacks() {
        Path honest = ZipBombs.oneHugeCell(files.resolve("cel.xlsx"), 3 * GB / 2, true);
        Path lying = ZipBombs.oneHugeCell(files.resolve("cel-gelogen.xlsx"), 3 * GB / 2, false);

        assertThat(honest).satisfies(file -> assertThat(Files.size(file)).isLessThan(2 * MB));
        assertThat(refusal(honest)).isEqualTo(ImportIssue.error(0, null, "import.xlsx.ratio", 200));
        assertThat(refusal(lying)).isEqualTo(ImportIssue.error(0, null, "import.xlsx.longText", 100_000));
    }

    @Test
    void a_bomb_of_many_rows_is_refused_by_its_declared_size_and_when_that_lies_by_what_it_unpacks() {
        Path honest = ZipBombs.manyRows(files.resolve("regels.xlsx"), 2 * GB, true);
        Path lying = ZipBombs.manyRows(files.resolve("regels-gelogen.xlsx"), 2 * GB, false);

        assertThat(refusal(honest)).isEqualTo(ImportIssue.error(0, null, "import.xlsx.ratio", 200));
        assertThat(refusal(lying)).isEqualTo(ImportIssue.error(0, null, "import.xlsx.ratio", 200));
    }

    @Test
    void the_size_limits_count_what_is_unpacked_not_what_the_zip_says() {
        byte[] lying = bytes(ZipBombs.manyRows(files.resolve("gelogen.xlsx"), 40 * MB, false));
        // No ratio limit here (its grace is beyond the part): only the counted size can stop it.
        assertThat(new WorkbookLimits(8 * MB, 64 * MB, GB).check(lying))
                .isEqualTo(ImportIssue.error(0, null, "import.xlsx.tooLarge", 8L));
        assertThat(new WorkbookLimits(64 * MB, 8 * MB, GB).check(lying))
                .isEqualTo(ImportIssue.error(0, null, "import.xlsx.tooLarge", 8L));
        assertThat(new WorkbookLimits(64 * MB, 64 * MB, GB).check(lying)).isNull();
    }

    @Test
    void a_zip_of_countless_parts_is_refused_before_it_is_listed() throws IOException {
        byte[] record = {'P', 'K', 1, 2};
        byte[] bytes = new byte[4 * 10_001];
        for (int i = 0; i < 10_001; i++) {
            System.arraycopy(record, 0, bytes, 4 * i, 4);
        }
        assertThat(new WorkbookLimits().check(bytes)).isEqualTo(ImportIssue.error(0, null, "import.xlsx.parts", 10_000));
    }

    @Test
    void more_rows_than_the_limit_are_refused_whole_in_every_format_and_the_limit_itself_is_not() throws IOException {
        Path sheet = ZipBombs.manyRows(files.resolve("veel.xlsx"), 13 * MB, true); // under the ratio's grace
        assertThat(FileImporter.read(sheet, null)).satisfies(this::tooManyRows);

        StringBuilder csv = new StringBuilder("Titel\n");
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < Table.MAX_ROWS; i++) {
            csv.append("Toezegging ").append(i).append('\n');
            json.append(i == 0 ? "" : ",").append("{\"title\":\"Toezegging ").append(i).append("\"}");
        }
        Path full = Files.writeString(files.resolve("vol.csv"), csv);
        assertThat(FileImporter.read(full, null).rows()).hasSize(Table.MAX_ROWS);
        Path over = Files.writeString(files.resolve("over.csv"), csv.append("Nog een\n"));
        assertThat(FileImporter.read(over, null)).satisfies(this::tooManyRows);
        Path overJson = Files.writeString(files.resolve("over.json"), json.append(",{\"title\":\"Nog een\"}]"));
        assertThat(FileImporter.read(overJson, null)).satisfies(this::tooManyRows);
    }

    @Test
    void a_cell_past_the_limit_is_reported_with_its_true_length_without_being_held_whole() throws IOException {
        String huge = "x".repeat(3_000_000);
        Path csv = Files.writeString(files.resolve("cel.csv"), "Titel;Tekst\nGroot;\"" + huge + "\"\n");
        Parsed parsed = FileImporter.read(csv, null);
        assertThat(parsed.issues()).containsExactly(
                ImportIssue.error(2, "Tekst", "import.cell.tooLong", 3_000_000, Table.MAX_CELL));

        // JSON: up to ten times the field limit each field is checked on its own; beyond, the file stops.
        Path json = Files.writeString(files.resolve("tekst.json"), "[{\"title\":\"a\",\"text\":\"" + huge + "\"}]");
        assertThat(FileImporter.read(json, ImportFormat.JSON).issues()).containsExactly(
                ImportIssue.error(1, null, "import.json.limit", JsonRecords.MAX_STRING, JsonRecords.MAX_DEPTH));
        Path fine = Files.writeString(files.resolve("lang.json"), "[{\"title\":\"a\",\"text\":\"" + "x".repeat(200_000)
                + "\"}]");
        assertThat(FileImporter.read(fine, ImportFormat.JSON).issues()).isEmpty();
        Path deep = Files.writeString(files.resolve("diep.json"), "[{\"title\":" + "[".repeat(5000) + "]".repeat(5000)
                + "}]", StandardCharsets.UTF_8);
        assertThat(FileImporter.read(deep, ImportFormat.JSON).issues()).extracting(ImportIssue::key)
                .containsExactly("import.json.limit");
    }

    private void tooManyRows(Parsed parsed) {
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.issues()).containsExactly(ImportIssue.error(0, null, "import.file.tooManyRows", Table.MAX_ROWS));
    }

    /** The refusal, which must come after a few megabytes of unpacking, not the gigabytes the bomb holds. */
    private static ImportIssue refusal(Path file) {
        long start = System.nanoTime();
        ImportIssue issue = new WorkbookLimits().check(bytes(file));
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms to refuse " + file.getFileName()).isLessThan(5_000);
        return issue;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
