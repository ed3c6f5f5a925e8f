package nl.toezeggingen.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import nl.toezeggingen.domain.Chamber;
import nl.toezeggingen.domain.Change;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.DeletedCommitment;
import nl.toezeggingen.domain.InvalidCommitmentException;
import nl.toezeggingen.domain.Problem;
import nl.toezeggingen.domain.Recurrence;
import nl.toezeggingen.domain.NoSuchCommitmentException;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.Text;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Commitments and their history in H2. Every write is one transaction that also records, per field,
 * the old and the new value, so the history can never disagree with the data.
 *
 * <p>A delete keeps the row, marked with when and by whom (the bin): every read of the register
 * ({@link #LIVE}) skips it as if it were gone, until {@link #undelete} puts it back. A commitment that
 * depended on a deleted one loses that link, as the foreign key did when rows were really deleted; the
 * change is in its history, and putting the deleted one back restores every link nobody changed since.
 * So a link never points into the bin.
 */
public final class CommitmentStore {
    private static final String COLUMNS = "id, reference, title, text, dossier, action_line, status, deadline_phrase,"
            + " deadline_earliest, deadline_latest, deadline_estimated, made_on, made_in, made_by, owner, depends_on,"
            + " fulfilled_on, fulfilled_by, notes, deadline_kind, deadline_recurrence, deadline_event_id, chamber, committee,"
            + " promised_to";

    private static final String INSERT = "INSERT INTO commitment (reference, title, text, dossier, action_line, status,"
            + " deadline_phrase, deadline_earliest, deadline_latest, deadline_estimated, made_on, made_in,"
            + " made_by, owner, depends_on, fulfilled_on, fulfilled_by, notes, deadline_kind, deadline_recurrence,"
            + " deadline_event_id, chamber, committee, promised_to, created_at, updated_at)"
            + " VALUES (:reference, :title, :text, :dossier, :line, :status, :phrase, :earliest, :latest,"
            + " :estimated, :madeOn, :madeIn, :madeBy, :owner, :dependsOn, :fulfilledOn, :fulfilledBy,"
            + " :notes, :kind, :recurrence, :event, :chamber, :committee, :promisedTo, :at, :at)";
    /** The history's field codes for a commitment moved to the bin and put back (its title in the value). */
    static final String DELETED = "deleted";
    static final String RESTORED = "restored";

    private static final String HISTORY = "INSERT INTO history (commitment_id, changed_at, changed_by, field, old_value, new_value)"
            + " VALUES (:id, :at, :by, :field, :old, :new)";

    /** The fields as history names them, with how to read each from a commitment. */
    private static final Map<String, Function<Commitment, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("reference", Commitment::reference);
        FIELDS.put("title", Commitment::title);
        FIELDS.put("text", Commitment::text);
        FIELDS.put("dossier", Commitment::dossier);
        FIELDS.put("line", Commitment::line);
        FIELDS.put("status", Commitment::status);
        FIELDS.put("deadline.phrase", c -> c.deadline().phrase());
        FIELDS.put("deadline.earliest", c -> c.deadline().earliest());
        FIELDS.put("deadline.latest", c -> c.deadline().latest());
        FIELDS.put("deadline.estimated", c -> c.deadline().estimated());
        FIELDS.put("deadline.recurrence", c -> c.deadline().recurrence() == null ? null : c.deadline().recurrence().json());
        FIELDS.put("madeOn", Commitment::madeOn);
        FIELDS.put("madeIn", Commitment::madeIn);
        FIELDS.put("madeBy", Commitment::madeBy);
        FIELDS.put("owner", Commitment::owner);
        FIELDS.put("dependsOn", Commitment::dependsOn);
        FIELDS.put("fulfilledOn", Commitment::fulfilledOn);
        FIELDS.put("fulfilledBy", Commitment::fulfilledBy);
        FIELDS.put("notes", Commitment::notes);
        FIELDS.put("chamber", c -> c.chamber() == null ? null : c.chamber().code());
        FIELDS.put("committee", Commitment::committee);
        FIELDS.put("promisedTo", c -> c.promisedTo().isEmpty() ? null : String.join("; ", c.promisedTo()));
    }

    /** The condition every read of the register carries: rows in the bin are not there. */
    private static final String LIVE = "deleted_at IS NULL";

    private final Jdbi jdbi;

    public CommitmentStore(Database database) {
        this.jdbi = database.jdbi();
    }

    public List<Commitment> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM commitment WHERE " + LIVE + " ORDER BY id")
                .map(CommitmentStore::read)
                .list());
    }

    /** Every commitment in id order, one at a time: a large register is never held in memory whole. */
    public void forEach(java.util.function.Consumer<Commitment> each) {
        jdbi.useHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM commitment WHERE " + LIVE + " ORDER BY id")
                .map(CommitmentStore::read)
                .forEach(each));
    }

    public Optional<Commitment> find(long id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    public boolean isEmpty() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM commitment WHERE " + LIVE).mapTo(Long.class).one()) == 0;
    }

    /** Per reference the commitment that carries it (the oldest, should two share one): how imports find what is there. */
    public Map<String, Long> idsByReference() {
        return jdbi.withHandle(h -> h.createQuery("SELECT reference, MIN(id) AS id FROM commitment"
                        + " WHERE reference IS NOT NULL AND " + LIVE + " GROUP BY reference")
                .reduceRows(new LinkedHashMap<String, Long>(), (map, row) -> {
                    map.put(row.getColumn("reference", String.class), row.getColumn("id", Long.class));
                    return map;
                }));
    }

    /** References held by more than one commitment (possible only in data from before the rule), with how many. */
    public Map<String, Integer> sharedReferences() {
        return jdbi.withHandle(h -> h.createQuery("SELECT reference, COUNT(*) AS n FROM commitment"
                        + " WHERE reference IS NOT NULL AND " + LIVE + " GROUP BY reference HAVING COUNT(*) > 1")
                .reduceRows(new LinkedHashMap<String, Integer>(), (map, row) -> {
                    map.put(row.getColumn("reference", String.class), row.getColumn("n", Integer.class));
                    return map;
                }));
    }

    /** The commitments that carry {@code reference}, oldest first: one, or none (more only in data from before the rule). */
    public List<Long> idsWithReference(String reference) {
        return jdbi.withHandle(h -> idsWithReference(h, reference));
    }

    private static List<Long> idsWithReference(Handle h, String reference) {
        return h.createQuery("SELECT id FROM commitment WHERE reference = :reference AND " + LIVE + " ORDER BY id")
                .bind("reference", reference)
                .mapTo(Long.class)
                .list();
    }

    /** Open commitments whose last day is on or before {@code until}, on the status/deadline index. */
    public List<Commitment> openDueBy(LocalDate until) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM commitment"
                        + " WHERE status IN ('OPEN', 'IN_PROGRESS', 'PARTLY_DONE') AND deadline_latest <= :until"
                        + " AND " + LIVE
                        + " ORDER BY deadline_latest, id")
                .bind("until", until)
                .map(CommitmentStore::read)
                .list());
    }

    /**
     * For each done or partly done commitment without a fulfilment date: when it last got that status, from
     * its history (none when it was created or imported so). One query for the whole overview.
     */
    public Map<Long, Instant> fulfilledWithoutDateSince() {
        return jdbi.withHandle(h -> h.createQuery("SELECT c.id, MAX(h.changed_at) AS since FROM commitment c"
                        + " JOIN history h ON h.commitment_id = c.id AND h.field = 'status' AND CAST(h.new_value AS VARCHAR) = c.status"
                        + " WHERE c.status IN ('DONE', 'PARTLY_DONE') AND c.fulfilled_on IS NULL GROUP BY c.id")
                .reduceRows(new LinkedHashMap<Long, Instant>(), (map, row) -> {
                    map.put(row.getColumn("id", Long.class),
                            row.getColumn("since", OffsetDateTime.class).toInstant());
                    return map;
                }));
    }

    public List<Change> history(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT commitment_id, changed_at, changed_by, field, old_value,"
                        + " new_value FROM history WHERE commitment_id = :id ORDER BY id")
                .bind("id", id)
                // Values an older version stored raw are shown without what could take over a terminal.
                .map((rs, ctx) -> new Change(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), rs.getString(4), Text.printable(rs.getString(5)),
                        Text.printable(rs.getString(6))))
                .list());
    }

    /** Inserts or updates, and records what changed; returns the commitment as stored. */
    public Commitment save(Commitment commitment, String by, Instant at) {
        return jdbi.inTransaction(h -> saveIn(h, commitment, by, at));
    }

    /**
     * Saves all of them in one transaction: all are stored, or none. A commitment may wait on another by
     * reference, one saved earlier in the same list or already stored.
     */
    public List<Commitment> saveAll(List<Linked> commitments, String by, Instant at) {
        return saveAll(commitments, by, at, saved -> { });
    }

    /**
     * As {@link #saveAll(List, String, Instant)}; {@code afterBatch} hears how many are stored so far, after
     * each batch. Should it throw (the user stopped the import), the whole transaction is rolled back.
     */
    public List<Commitment> saveAll(List<Linked> commitments, String by, Instant at,
            java.util.function.IntConsumer afterBatch) {
        return jdbi.inTransaction(h -> {
            Map<String, Long> ids = new LinkedHashMap<>();
            Commitment[] saved = new Commitment[commitments.size()];
            // New commitments go in batches: an import of thousands of rows is one round of statements.
            List<Integer> pending = new ArrayList<>();
            for (int i = 0; i < commitments.size(); i++) {
                Linked linked = commitments.get(i);
                Commitment c = linked.commitment();
                if (c.id() == null && linked.dependsOnReference() == null) {
                    pending.add(i);
                    if (pending.size() == BATCH) {
                        // A batch holds every bound value until it runs: 100,000 rows at once took 170 MB.
                        insertAll(h, commitments, pending, saved, ids, by, at);
                        afterBatch.accept(i + 1);
                    }
                    continue;
                }
                insertAll(h, commitments, pending, saved, ids, by, at);
                if (linked.dependsOnReference() != null) {
                    Long target = ids.get(linked.dependsOnReference());
                    if (target == null) {
                        target = h.createQuery("SELECT MIN(id) FROM commitment WHERE reference = :reference AND " + LIVE)
                                .bind("reference", linked.dependsOnReference())
                                .mapTo(Long.class)
                                .one();
                    }
                    c = c.toBuilder().dependsOn(target).build();
                }
                saved[i] = remember(save(h, c, by, at), ids);
            }
            insertAll(h, commitments, pending, saved, ids, by, at);
            afterBatch.accept(commitments.size());
            return List.of(saved);
        });
    }

    private static final int BATCH = 1_000;

    /** The history's field code for why a deadline moved by itself: its event moved (value: name, tab, ISO date). */
    public static final String EVENT_MOVED = "deadline.eventMoved";

    /**
     * Saves existing commitments whose deadline moved because of something else (their event moved), in one
     * transaction; each gets its field changes and, with the same time, {@code reasonField} with {@code reason}
     * in its history, so the history can say why.
     */
    public void saveMoved(List<Commitment> moved, String by, Instant at, String reasonField, String reason) {
        jdbi.useTransaction(h -> {
            for (Commitment c : moved) {
                saveIn(h, c, by, at);
                record(h, c.id(), at, by, reasonField, null, reason);
            }
        });
    }

    private static void insertAll(Handle h, List<Linked> commitments, List<Integer> pending, Commitment[] saved,
                                  Map<String, Long> ids, String by, Instant at) {
        if (pending.isEmpty()) {
            return;
        }
        PreparedBatch rows = h.prepareBatch(INSERT);
        for (int index : pending) {
            bind(rows, commitments.get(index).commitment()).bind("at", at.atOffset(ZoneOffset.UTC)).add();
        }
        List<Long> newIds = rows.executePreparedBatch("id").mapTo(Long.class).list();
        PreparedBatch history = h.prepareBatch(HISTORY);
        for (int n = 0; n < pending.size(); n++) {
            Commitment stored = commitments.get(pending.get(n)).commitment().withId(newIds.get(n));
            saved[pending.get(n)] = remember(stored, ids);
            bindHistory(history, stored.id(), at, by, "created", null, stored.title()).add();
        }
        history.execute();
        pending.clear();
    }

    private static Commitment remember(Commitment stored, Map<String, Long> ids) {
        if (stored.reference() != null) {
            ids.putIfAbsent(stored.reference(), stored.id());
        }
        return stored;
    }

    /** A commitment to save with, optionally, the reference of the commitment it depends on. */
    public record Linked(Commitment commitment, String dependsOnReference) {
    }

    /**
     * Moves a commitment to the bin; false when there is no such commitment outside it. Commitments that
     * depended on it lose that link (see the class comment), each with a line in its history.
     */
    public boolean delete(long id, String by, Instant at) {
        return jdbi.inTransaction(h -> {
            Optional<Commitment> old = find(h, id);
            if (old.isEmpty()) {
                return false;
            }
            h.createUpdate("UPDATE commitment SET deleted_at = :at, deleted_by = :by WHERE id = :id")
                    .bind("id", id)
                    .bind("at", at.atOffset(ZoneOffset.UTC))
                    .bind("by", by)
                    .execute();
            record(h, id, at, by, DELETED, old.get().title(), null);
            // Rows in the bin included: a link never points into the bin, so putting one back never finds one.
            List<Long> dependents = h.createQuery("SELECT id FROM commitment WHERE depends_on = :id ORDER BY id")
                    .bind("id", id)
                    .mapTo(Long.class)
                    .list();
            for (long dependent : dependents) {
                setDependsOn(h, dependent, null, at);
                record(h, dependent, at, by, "dependsOn", id, null);
            }
            return true;
        });
    }

    /** The commitments in the bin, the latest deleted first. */
    public List<DeletedCommitment> deleted() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + ", deleted_at, deleted_by FROM commitment"
                        + " WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC")
                .map(CommitmentStore::readDeleted)
                .list());
    }

    /** The commitment with this id if it is in the bin; empty when it is not (live, or no such id). */
    public Optional<DeletedCommitment> findDeleted(long id) {
        return jdbi.withHandle(h -> findDeleted(h, id));
    }

    /**
     * Puts a commitment back from the bin, with a "restored" line in its history, and gives back the links
     * its delete cleared and nobody changed since. Refused, having written nothing: with
     * {@link NoSuchCommitmentException} when no commitment has this id; with {@link InvalidCommitmentException}
     * when it is not in the bin ({@code bin.notDeleted}) or another commitment now carries its reference
     * ({@code bin.referenceTaken}: id, reference, the other's id).
     */
    public Commitment undelete(long id, String by, Instant at) {
        return jdbi.inTransaction(h -> {
            Optional<DeletedCommitment> binned = findDeleted(h, id);
            if (binned.isEmpty()) {
                if (find(h, id).isEmpty()) {
                    throw new NoSuchCommitmentException(id);
                }
                throw new InvalidCommitmentException(List.of(new Problem(null, "bin.notDeleted", id)));
            }
            Commitment back = binned.get().commitment();
            if (back.reference() != null) {
                List<Long> holders = idsWithReference(h, back.reference());
                if (!holders.isEmpty()) {
                    throw new InvalidCommitmentException(List.of(new Problem(Commitment.Field.REFERENCE,
                            "bin.referenceTaken", id, back.reference(), holders.get(0))));
                }
            }
            h.createUpdate("UPDATE commitment SET deleted_at = NULL, deleted_by = NULL, updated_at = :at WHERE id = :id")
                    .bind("id", id)
                    .bind("at", at.atOffset(ZoneOffset.UTC))
                    .execute();
            record(h, id, at, by, RESTORED, null, back.title());
            for (long dependent : linksClearedBy(h, id)) {
                setDependsOn(h, dependent, id, at);
                record(h, dependent, at, by, "dependsOn", null, id);
            }
            return back;
        });
    }

    /**
     * The commitments whose link to {@code id} its delete cleared and that have no link since: their latest
     * dependsOn change is that one (from {@code id} to nothing).
     */
    private static List<Long> linksClearedBy(Handle h, long id) {
        return h.createQuery("SELECT c.id FROM commitment c JOIN history last ON last.commitment_id = c.id"
                        + " WHERE c.depends_on IS NULL AND last.field = 'dependsOn' AND last.new_value IS NULL"
                        + " AND CAST(last.old_value AS VARCHAR(40)) = :id"
                        + " AND last.id = (SELECT MAX(h.id) FROM history h WHERE h.commitment_id = c.id"
                        + " AND h.field = 'dependsOn') ORDER BY c.id")
                .bind("id", Long.toString(id))
                .mapTo(Long.class)
                .list();
    }

    private static void setDependsOn(Handle h, long id, Long target, Instant at) {
        h.createUpdate("UPDATE commitment SET depends_on = :target, updated_at = :at WHERE id = :id")
                .bind("id", id)
                .bind("target", target)
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** For {@link RappelStore}: a save inside its transaction. */
    Commitment save(Handle h, Commitment c, String by, Instant at) {
        return saveIn(h, c, by, at);
    }

    private static Commitment saveIn(Handle h, Commitment c, String by, Instant at) {
        if (c.id() == null) {
            long id = bind(h.createUpdate(INSERT), c)
                    .bind("at", at.atOffset(ZoneOffset.UTC))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            Commitment saved = c.withId(id);
            record(h, id, at, by, "created", null, saved.title());
            return saved;
        }
        Commitment old = find(h, c.id()).orElseThrow(() -> new NoSuchCommitmentException(c.id()));
        bind(h.createUpdate("UPDATE commitment SET reference = :reference, title = :title, text = :text,"
                + " dossier = :dossier, action_line = :line, status = :status, deadline_phrase = :phrase,"
                + " deadline_earliest = :earliest, deadline_latest = :latest, deadline_estimated = :estimated,"
                + " made_on = :madeOn, made_in = :madeIn, made_by = :madeBy, owner = :owner,"
                + " depends_on = :dependsOn, fulfilled_on = :fulfilledOn, fulfilled_by = :fulfilledBy,"
                + " notes = :notes, deadline_kind = :kind, deadline_recurrence = :recurrence,"
                + " deadline_event_id = :event, chamber = :chamber, committee = :committee, promised_to = :promisedTo,"
                + " updated_at = :at WHERE id = :id AND " + LIVE), c)
                .bind("id", c.id())
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .execute();
        for (Map.Entry<String, Function<Commitment, Object>> field : FIELDS.entrySet()) {
            Object before = field.getValue().apply(old);
            Object after = field.getValue().apply(c);
            if (!Objects.equals(before, after)) {
                record(h, c.id(), at, by, field.getKey(), before, after);
            }
        }
        return c;
    }

    private static <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bind(T statement, Commitment c) {
        Deadline d = c.deadline();
        return statement.bind("reference", c.reference())
                .bind("title", c.title())
                .bind("text", c.text())
                .bind("dossier", c.dossier())
                .bind("line", c.line())
                .bind("status", c.status().name())
                .bind("phrase", d.phrase())
                .bind("earliest", d.earliest())
                .bind("latest", d.latest())
                .bind("estimated", d.estimated())
                .bind("madeOn", c.madeOn())
                .bind("madeIn", c.madeIn())
                .bind("madeBy", c.madeBy())
                .bind("owner", c.owner())
                .bind("dependsOn", c.dependsOn())
                .bind("fulfilledOn", c.fulfilledOn())
                .bind("fulfilledBy", c.fulfilledBy())
                .bind("notes", c.notes())
                .bind("chamber", c.chamber() == null ? null : c.chamber().code())
                .bind("committee", c.committee())
                .bind("promisedTo", c.promisedTo().isEmpty() ? null : String.join("\n", c.promisedTo()))
                .bind("kind", storedKind(d))
                .bind("recurrence", d.recurrence() == null ? null : d.recurrence().json())
                .bind("event", d.event() == null ? null : d.event().id());
    }

    static void record(Handle h, long id, Instant at, String by, String field, Object before, Object after) {
        bindHistory(h.createUpdate(HISTORY), id, at, by, field, before, after).execute();
    }

    private static <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bindHistory(
            T statement, long id, Instant at, String by, String field, Object before, Object after) {
        return statement.bind("id", id)
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .bind("by", by)
                .bind("field", field)
                .bind("old", before == null ? null : before.toString())
                .bind("new", after == null ? null : after.toString());
    }

    private static Optional<Commitment> find(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM commitment WHERE id = :id AND " + LIVE)
                .bind("id", id)
                .map(CommitmentStore::read)
                .findOne();
    }

    private static Optional<DeletedCommitment> findDeleted(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + ", deleted_at, deleted_by FROM commitment"
                        + " WHERE id = :id AND deleted_at IS NOT NULL")
                .bind("id", id)
                .map(CommitmentStore::readDeleted)
                .findOne();
    }

    private static DeletedCommitment readDeleted(ResultSet rs, StatementContext ctx) throws SQLException {
        return new DeletedCommitment(read(rs, ctx), rs.getObject("deleted_at", OffsetDateTime.class).toInstant(),
                rs.getString("deleted_by"));
    }

    private static Commitment read(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Commitment(
                rs.getLong("id"),
                rs.getString("reference"),
                rs.getString("title"),
                rs.getString("text"),
                rs.getString("dossier"),
                rs.getString("action_line"),
                Status.valueOf(rs.getString("status")),
                new Deadline(rs.getString("deadline_phrase"), date(rs, "deadline_earliest"),
                        date(rs, "deadline_latest"), rs.getBoolean("deadline_estimated"),
                        kind(rs.getString("deadline_kind")),
                        Recurrence.ofJson(rs.getString("deadline_recurrence")).orElse(null),
                        tie(rs.getObject("deadline_event_id", Long.class))),
                date(rs, "made_on"),
                rs.getString("made_in"),
                rs.getString("made_by"),
                rs.getString("owner"),
                rs.getObject("depends_on", Long.class),
                date(rs, "fulfilled_on"),
                rs.getString("fulfilled_by"),
                rs.getString("notes"),
                Chamber.of(rs.getString("chamber")).orElse(null),
                rs.getString("committee"),
                rs.getString("promised_to") == null ? List.of() : List.of(rs.getString("promised_to").split("\n")));
    }

    /** Only the kinds the phrase decides are stored; the dates say the others (see V2__deadline_kind.sql). */
    private static String storedKind(Deadline d) {
        return d.kind() == Deadline.Kind.VAGUE || d.kind() == Deadline.Kind.RECURRING || d.kind() == Deadline.Kind.EVENT
                ? d.kind().json() : null;
    }

    /**
     * The event a stored deadline is tied to, by id (V4__agenda.sql); its name is the agenda's, read where it
     * is shown. A deadline of an event the agenda lacks has no id: the phrase names it.
     */
    private static Deadline.EventRef tie(Long eventId) {
        return eventId == null ? null : new Deadline.EventRef(eventId, null);
    }

    /** The live commitments whose deadline names a moment the agenda did not have: they wait for its date. */
    public List<Commitment> waitingForEvent() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM commitment WHERE deadline_kind = :kind"
                        + " AND deadline_event_id IS NULL AND " + LIVE + " ORDER BY id")
                .bind("kind", Deadline.Kind.EVENT.json())
                .map(CommitmentStore::read)
                .list());
    }

    /** The live commitments whose deadline is tied to the event: those that move with it. */
    public List<Commitment> tiedTo(long eventId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM commitment WHERE deadline_event_id = :event"
                        + " AND " + LIVE + " ORDER BY id")
                .bind("event", eventId)
                .map(CommitmentStore::read)
                .list());
    }

    private static Deadline.Kind kind(String stored) {
        return Deadline.Kind.ofJson(stored).orElse(null);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
