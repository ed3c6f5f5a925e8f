package nl.toezeggingen.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.rappel.Postponement;
import nl.toezeggingen.domain.rappel.ProgressEntry;
import nl.toezeggingen.domain.rappel.RappelFacts;
import org.jdbi.v3.core.Jdbi;

/**
 * Postponements and the dated stand van zaken (tables postponement and progress_entry, issue 19). A
 * postponement is saved with the commitment's new deadline and its history in one transaction.
 */
public final class RappelStore {
    /** The history's field for a postponement; its new value is the reason, a tab, and the informing letter. */
    public static final String POSTPONED = "postponed";
    /** The history's field for a stand van zaken; its new value is the ISO day, a tab, and the text. */
    public static final String PROGRESS = "progress";

    private final Jdbi jdbi;
    private final CommitmentStore commitments;

    public RappelStore(Database database, CommitmentStore commitments) {
        this.jdbi = database.jdbi();
        this.commitments = commitments;
    }

    /**
     * Gives {@code moved} its new deadline, keeps the postponement and says so in the history, all or nothing; a
     * typed internal deadline goes (it was set against the old deadline: the rule counts again, in the history too).
     * Returns the commitment as stored.
     */
    public Commitment postpone(Commitment moved, Postponement postponement) {
        return jdbi.inTransaction(h -> {
            Commitment saved = commitments.save(h, moved, postponement.by(), postponement.at());
            InternalStore.setTyped(h, saved.id(), null, postponement.by(), postponement.at());
            CommitmentStore.record(h, saved.id(), postponement.at(), postponement.by(), POSTPONED, null,
                    postponement.reason() + (postponement.informedBy() == null ? "" : "\t" + postponement.informedBy()));
            Deadline from = postponement.from();
            Deadline to = postponement.to();
            h.createUpdate("INSERT INTO postponement (commitment_id, postponed_at, postponed_by, from_phrase,"
                            + " from_earliest, from_latest, from_estimated, to_phrase, to_earliest, to_latest, reason, informed_by)"
                            + " VALUES (:id, :at, :by, :fromPhrase, :fromEarliest, :fromLatest, :fromEstimated, :toPhrase,"
                            + " :toEarliest, :toLatest, :reason, :informedBy)")
                    .bind("id", saved.id())
                    .bind("at", postponement.at().atOffset(ZoneOffset.UTC))
                    .bind("by", postponement.by())
                    .bind("fromPhrase", from.phrase())
                    .bind("fromEarliest", from.earliest())
                    .bind("fromLatest", from.latest())
                    .bind("fromEstimated", from.estimated())
                    .bind("toPhrase", to.phrase())
                    .bind("toEarliest", to.earliest())
                    .bind("toLatest", to.latest())
                    .bind("reason", postponement.reason())
                    .bind("informedBy", postponement.informedBy())
                    .execute();
            return saved;
        });
    }

    /** Keeps a dated stand van zaken, with a line in the history. */
    public void addProgress(ProgressEntry entry, String by, Instant at) {
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO progress_entry (commitment_id, progress_on, text, recorded_at, recorded_by)"
                            + " VALUES (:id, :on, :text, :at, :by)")
                    .bind("id", entry.commitmentId())
                    .bind("on", entry.on())
                    .bind("text", entry.text())
                    .bind("at", at.atOffset(ZoneOffset.UTC))
                    .bind("by", by)
                    .execute();
            CommitmentStore.record(h, entry.commitmentId(), at, by, PROGRESS, null, entry.on() + "\t" + entry.text());
        });
    }

    /** A commitment's stand van zaken, the latest first. */
    public List<ProgressEntry> progress(long commitmentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT commitment_id, progress_on, text FROM progress_entry"
                        + " WHERE commitment_id = :id ORDER BY progress_on DESC, id DESC")
                .bind("id", commitmentId)
                .map((rs, ctx) -> progress(rs))
                .list());
    }

    /** A commitment's postponements, the first first. */
    public List<Postponement> postponements(long commitmentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM postponement WHERE commitment_id = :id ORDER BY id")
                .bind("id", commitmentId)
                .map((rs, ctx) -> postponement(rs))
                .list());
    }

    /**
     * The rappel's facts of every commitment that has any (two queries for the whole list, so that a JSON list
     * of thousands does not ask once per row); those without are absent.
     */
    public Map<Long, RappelFacts> facts() {
        return jdbi.withHandle(h -> {
            Map<Long, List<Postponement>> moves = new HashMap<>();
            h.createQuery("SELECT * FROM postponement ORDER BY commitment_id, id")
                    .map((rs, ctx) -> postponement(rs))
                    .forEach(p -> moves.computeIfAbsent(p.commitmentId(), id -> new ArrayList<>()).add(p));
            Map<Long, ProgressEntry> latest = new HashMap<>();
            h.createQuery("SELECT commitment_id, progress_on, text FROM progress_entry ORDER BY commitment_id,"
                            + " progress_on, id")
                    .map((rs, ctx) -> progress(rs))
                    .forEach(p -> latest.put(p.commitmentId(), p));
            Map<Long, RappelFacts> facts = new HashMap<>();
            for (Long id : union(moves.keySet(), latest.keySet())) {
                facts.put(id, RappelFacts.of(moves.getOrDefault(id, List.of()), latest.get(id)));
            }
            return facts;
        });
    }

    private static java.util.Set<Long> union(java.util.Set<Long> a, java.util.Set<Long> b) {
        java.util.Set<Long> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static ProgressEntry progress(ResultSet rs) throws SQLException {
        return new ProgressEntry(rs.getLong("commitment_id"), rs.getObject("progress_on", LocalDate.class),
                rs.getString("text"));
    }

    private static Postponement postponement(ResultSet rs) throws SQLException {
        return new Postponement(rs.getLong("commitment_id"),
                rs.getObject("postponed_at", java.time.OffsetDateTime.class).toInstant(), rs.getString("postponed_by"),
                new Deadline(rs.getString("from_phrase"), rs.getObject("from_earliest", LocalDate.class),
                        rs.getObject("from_latest", LocalDate.class), rs.getBoolean("from_estimated")),
                new Deadline(rs.getString("to_phrase"), rs.getObject("to_earliest", LocalDate.class),
                        rs.getObject("to_latest", LocalDate.class), false),
                rs.getString("reason"), rs.getString("informed_by"));
    }
}
