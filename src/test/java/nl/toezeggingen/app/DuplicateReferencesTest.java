package nl.toezeggingen.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.InvalidCommitmentException;
import nl.toezeggingen.domain.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data from before the one-per-reference rule may hold a reference twice (the store below the rule writes
 * them here as an older version did): it stays usable, an import says which one it updated, and no new
 * duplicate can be made.
 */
class DuplicateReferencesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 10);

    @TempDir
    Path data;
    @TempDir
    Path files;
    Tracker tracker;
    Messages dutch = new Messages(Messages.DUTCH);
    long first;
    long second;

    @BeforeEach
    void open() {
        tracker = Tracker.open(data, Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        Commitment a = Commitment.builder().reference("TZ-1").title("een").build();
        first = tracker.store().save(a, "oud", tracker.clock().instant()).id();
        second = tracker.store().save(a.toBuilder().title("twee").build(), "oud", tracker.clock().instant()).id();
    }

    @AfterEach
    void close() {
        tracker.close();
    }

    @Test
    void a_commitment_that_keeps_its_shared_reference_can_still_be_edited_and_one_can_get_its_own() {
        tracker.save(tracker.get(second).commitment().toBuilder().title("twee, bijgewerkt").build());
        tracker.save(tracker.get(second).commitment().toBuilder().reference("TZ-2").build());

        assertThat(tracker.get(second).commitment().reference()).isEqualTo("TZ-2");
        assertThatThrownBy(() -> tracker.save(tracker.get(second).commitment().toBuilder().reference("TZ-1").build()))
                .isInstanceOfSatisfying(InvalidCommitmentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::key).containsExactly("validation.reference.taken"));
    }

    @Test
    void an_import_says_which_of_the_two_it_updated() {
        Path file = ImportFiles.csv(files.resolve("lijst.csv"), List.of(List.of("Kenmerk", "Titel"),
                List.of("TZ-1", "nieuwe titel")), ';', StandardCharsets.UTF_8);

        ImportReport report = new Imports(tracker).run(file, null);

        assertThat(report.accepted()).isTrue();
        assertThat(report.lines(dutch)).containsExactly("Let op: Regel 2, kolom \"Kenmerk\": kenmerk TZ-1 staat in de"
                + " gegevens bij 2 toezeggingen; alleen nummer " + first + " is bijgewerkt");
        assertThat(tracker.get(first).commitment().title()).isEqualTo("nieuwe titel");
        assertThat(tracker.get(second).commitment().title()).isEqualTo("twee");
    }
}
