package nl.toezeggingen.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.toezeggingen.domain.Change;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.DeletedCommitment;
import nl.toezeggingen.domain.InvalidCommitmentException;
import nl.toezeggingen.domain.NoSuchCommitmentException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17, point 3: a delete keeps the row in the bin, every read skips it, and it can be put back. */
class BinTest {
    private static final Instant MADE = Instant.parse("2024-06-07T10:00:00Z");
    private static final Instant DELETED = Instant.parse("2024-07-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2024-07-02T09:00:00Z");

    @TempDir
    Path dir;

    private static Commitment due(String reference, String title) {
        return Commitment.builder().reference(reference).title(title)
                .deadline(new Deadline("voor de zomer van 2024", null, LocalDate.of(2024, 7, 3), false))
                .build();
    }

    @Test
    void aDeletedCommitmentIsInNoReadOfTheRegister() {
        try (Database db = Database.open(dir)) {
            CommitmentStore store = new CommitmentStore(db);
            Commitment gone = store.save(due("TZ-1", "Weg"), "fatima", MADE);

            store.delete(gone.id(), "fatima", DELETED);

            assertThat(store.all()).isEmpty();
            List<Commitment> each = new ArrayList<>();
            store.forEach(each::add);
            assertThat(each).isEmpty();
            assertThat(store.find(gone.id())).isEmpty();
            assertThat(store.isEmpty()).isTrue();
            assertThat(store.openDueBy(LocalDate.of(2024, 12, 31))).isEmpty();
            assertThat(store.idsByReference()).isEmpty();
            assertThat(store.idsWithReference("TZ-1")).isEmpty();
            // Its reference is free again: a new commitment may take it, and it is not "shared".
            Commitment again = store.save(due("TZ-1", "Opnieuw"), "fatima", LATER);
            assertThat(store.sharedReferences()).isEmpty();
            assertThat(store.idsWithReference("TZ-1")).containsExactly(again.id());
            // An import's link by reference finds the live one, never the one in the bin.
            Commitment linked = store.saveAll(List.of(new CommitmentStore.Linked(due(null, "Vervolg").toBuilder()
                    .id(again.id()).build(), "TZ-1")), "fatima", LATER).get(0);
            assertThat(linked.dependsOn()).isEqualTo(again.id());
        }
    }

    @Test
    void theBinListsTheLatestDeletedFirstWithWhenAndByWhomAndKeepsTheHistory() {
        try (Database db = Database.open(dir)) {
            CommitmentStore store = new CommitmentStore(db);
            Commitment first = store.save(due("TZ-1", "Eerste"), "fatima", MADE);
            Commitment second = store.save(due("TZ-2", "Tweede"), "fatima", MADE);
            store.save(due("TZ-3", "Blijft"), "fatima", MADE);

            store.delete(first.id(), "jeroen", DELETED);
            store.delete(second.id(), "fatima", LATER);

            assertThat(store.deleted()).extracting(d -> d.commitment().title(), DeletedCommitment::deletedAt,
                    DeletedCommitment::deletedBy).containsExactly(tuple("Tweede", LATER, "fatima"),
                    tuple("Eerste", DELETED, "jeroen"));
            assertThat(store.deleted().get(1).commitment()).isEqualTo(first);
            assertThat(store.findDeleted(first.id())).map(DeletedCommitment::deletedBy).contains("jeroen");
            assertThat(store.findDeleted(store.all().get(0).id())).isEmpty();
            assertThat(store.history(first.id())).extracting(Change::field).containsExactly("created", "deleted");
        }
        try (Database db = Database.open(dir)) {
            assertThat(new CommitmentStore(db).deleted()).hasSize(2);
        }
    }

    @Test
    void puttingBackMakesItLiveAgainWithARestoredLineInItsHistory() {
        try (Database db = Database.open(dir)) {
            CommitmentStore store = new CommitmentStore(db);
            Commitment letter = store.save(due("TZ-1", "Brief"), "fatima", MADE);
            store.delete(letter.id(), "fatima", DELETED);

            Commitment back = store.undelete(letter.id(), "jeroen", LATER);

            assertThat(back).isEqualTo(letter);
            assertThat(store.find(letter.id())).contains(letter);
            assertThat(store.openDueBy(LocalDate.of(2024, 12, 31))).containsExactly(letter);
            assertThat(store.deleted()).isEmpty();
            assertThat(store.history(letter.id())).extracting(Change::field, Change::newValue, Change::by, Change::at)
                    .last().isEqualTo(tuple("restored", "Brief", "jeroen", LATER));
            // Back in the list it can be deleted again, and is in the bin once.
            assertThat(store.delete(letter.id(), "jeroen", LATER)).isTrue();
            assertThat(store.deleted()).hasSize(1);
        }
    }

    @Test
    void puttingBackIsRefusedForALiveOrUnknownIdAndWhenItsReferenceIsTaken() {
        try (Database db = Database.open(dir)) {
            CommitmentStore store = new CommitmentStore(db);
            Commitment live = store.save(due("TZ-1", "Leeft"), "fatima", MADE);
            Commitment gone = store.save(due("TZ-2", "Weg"), "fatima", MADE);
            store.delete(gone.id(), "fatima", DELETED);
            Commitment taker = store.save(due("TZ-2", "Neemt het kenmerk"), "fatima", LATER);

            assertThatThrownBy(() -> store.undelete(99, "jeroen", LATER)).isInstanceOf(NoSuchCommitmentException.class);
            assertThatThrownBy(() -> store.undelete(live.id(), "jeroen", LATER))
                    .isInstanceOfSatisfying(InvalidCommitmentException.class, e -> assertThat(e.problems())
                            .extracting(p -> p.key()).containsExactly("bin.notDeleted"));
            assertThatThrownBy(() -> store.undelete(gone.id(), "jeroen", LATER))
                    .isInstanceOfSatisfying(InvalidCommitmentException.class, e -> assertThat(e.problems())
                            .extracting(p -> p.key(), p -> p.args())
                            .containsExactly(tuple("bin.referenceTaken", List.of(gone.id(), "TZ-2", taker.id()))));

            assertThat(store.deleted()).extracting(d -> d.commitment().id()).containsExactly(gone.id());
            assertThat(store.history(gone.id())).extracting(Change::field).containsExactly("created", "deleted");
        }
    }

    @Test
    void aCommitmentThatWaitedOnADeletedOneLosesTheLinkInItsHistoryAndGetsItBackWithIt() {
        try (Database db = Database.open(dir)) {
            CommitmentStore store = new CommitmentStore(db);
            Commitment study = store.save(due("TZ-1", "Onderzoek"), "fatima", MADE);
            Commitment followUp = store.save(due("TZ-2", "Vervolg").toBuilder().dependsOn(study.id()).build(),
                    "fatima", MADE);
            Commitment relinked = store.save(due("TZ-3", "Ander vervolg").toBuilder().dependsOn(study.id()).build(),
                    "fatima", MADE);
            Commitment other = store.save(due("TZ-4", "Iets anders"), "fatima", MADE);

            store.delete(study.id(), "jeroen", DELETED);

            assertThat(store.find(followUp.id()).orElseThrow().dependsOn()).isNull();
            assertThat(store.history(followUp.id())).extracting(Change::field, Change::oldValue, Change::newValue,
                    Change::by).last().isEqualTo(tuple("dependsOn", study.id().toString(), null, "jeroen"));
            // Someone links the other follow-up elsewhere meanwhile: putting back leaves that choice alone.
            store.save(store.find(relinked.id()).orElseThrow().toBuilder().dependsOn(other.id()).build(),
                    "fatima", LATER);

            store.undelete(study.id(), "jeroen", LATER);

            assertThat(store.find(followUp.id()).orElseThrow().dependsOn()).isEqualTo(study.id());
            assertThat(store.history(followUp.id())).extracting(Change::field, Change::oldValue, Change::newValue)
                    .last().isEqualTo(tuple("dependsOn", null, study.id().toString()));
            assertThat(store.find(relinked.id()).orElseThrow().dependsOn()).isEqualTo(other.id());
        }
    }

    @Test
    void aLinkNeverPointsIntoTheBinEvenFromACommitmentThatIsInItToo() {
        try (Database db = Database.open(dir)) {
            CommitmentStore store = new CommitmentStore(db);
            Commitment study = store.save(due("TZ-1", "Onderzoek"), "fatima", MADE);
            Commitment followUp = store.save(due("TZ-2", "Vervolg").toBuilder().dependsOn(study.id()).build(),
                    "fatima", MADE);
            store.delete(followUp.id(), "fatima", DELETED);
            store.delete(study.id(), "fatima", DELETED);

            assertThat(store.undelete(followUp.id(), "fatima", LATER).dependsOn()).isNull();
            store.undelete(study.id(), "fatima", LATER);

            assertThat(store.find(followUp.id()).orElseThrow().dependsOn()).isEqualTo(study.id());
        }
    }

    @Test
    void aRegisterFromBeforeTheBinIsMigratedWithEveryCommitmentInTheList() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("toezeggingen").toAbsolutePath();
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").target("2").load().migrate();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "", "");
             java.sql.Statement st = c.createStatement()) {
            st.execute("INSERT INTO commitment (title, status, created_at, updated_at)"
                    + " VALUES ('Oud', 'OPEN', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }
        try (Database db = Database.open(dir)) {
            CommitmentStore store = new CommitmentStore(db);
            assertThat(store.all()).extracting(Commitment::title).containsExactly("Oud");
            assertThat(store.deleted()).isEmpty();
        }
    }
}
