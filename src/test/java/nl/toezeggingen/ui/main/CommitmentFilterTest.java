package nl.toezeggingen.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.Urgency;
import org.junit.jupiter.api.Test;

class CommitmentFilterTest {
    private final TrackedCommitment nvao = new TrackedCommitment(Commitment.builder()
            .reference("SV-03").title("Start thematische analyse NVAO").dossier("Sociale veiligheid")
            .line("Lijn 1").status(Status.OPEN).deadline(new Deadline("eind 2024", null, null, false))
            .build(), Urgency.ON_TRACK);

    @Test
    void everything_passes_when_nothing_is_asked() {
        assertThat(CommitmentFilter.ALL.test(nvao)).isTrue();
        assertThat(new CommitmentFilter(" ", null, null, null).isAll()).isTrue();
    }

    @Test
    void search_ignores_case_and_looks_in_the_remembered_words() {
        assertThat(new CommitmentFilter("nvao", null, null, null).test(nvao)).isTrue();
        assertThat(new CommitmentFilter("EIND 2024", null, null, null).test(nvao)).isTrue();
        assertThat(new CommitmentFilter("sv-03", null, null, null).test(nvao)).isTrue();
        assertThat(new CommitmentFilter("inspectie", null, null, null).test(nvao)).isFalse();
    }

    @Test
    void filters_combine() {
        assertThat(new CommitmentFilter(null, Status.OPEN, "Sociale veiligheid", Urgency.ON_TRACK).test(nvao)).isTrue();
        assertThat(new CommitmentFilter(null, Status.DONE, null, null).test(nvao)).isFalse();
        assertThat(new CommitmentFilter(null, null, "Ander dossier", null).test(nvao)).isFalse();
        assertThat(new CommitmentFilter(null, null, null, Urgency.OVERDUE).test(nvao)).isFalse();
    }

    @Test
    void niet_afgedaan_combines_the_open_statuses() {
        CommitmentFilter notDone = new CommitmentFilter(null, CommitmentFilter.NOT_DONE, null, null, null);
        assertThat(notDone.test(nvao)).isTrue();
        assertThat(notDone.test(with(nvao.commitment().toBuilder().status(Status.PARTLY_DONE)))).isTrue();
        assertThat(notDone.test(with(nvao.commitment().toBuilder().status(Status.DONE)))).isFalse();
        assertThat(notDone.test(with(nvao.commitment().toBuilder().status(Status.LAPSED)))).isFalse();
        assertThat(notDone.isAll()).isFalse();
    }

    @Test
    void mine_is_the_own_name_under_eigenaar_case_and_spaces_aside() {
        CommitmentFilter mine = new CommitmentFilter(null, (java.util.Set<Status>) null, null, null, "A. Jansen");
        assertThat(mine.test(with(nvao.commitment().toBuilder().owner(" a. jansen ")))).isTrue();
        assertThat(mine.test(with(nvao.commitment().toBuilder().owner("B. de Vries")))).isFalse();
        assertThat(mine.test(nvao)).as("no owner").isFalse();
        assertThat(new CommitmentFilter(null, (java.util.Set<Status>) null, null, null, " ").isAll()).isTrue();
    }

    private static TrackedCommitment with(Commitment.Builder changed) {
        return new TrackedCommitment(changed.build(), Urgency.ON_TRACK);
    }
}
