package nl.toezeggingen.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The internal deadline's own data (tables dossier_rule and internal_deadline, issue 19): the dossiers' own
 * number of working days, and the days typed for single commitments. A typed day is a change of the commitment,
 * so it is in its history; a dossier's rule is a setting, as the house rule is.
 */
public final class InternalStore {
    /** The history's field for a typed internal deadline; its values are ISO days (none: the rule's). */
    public static final String INTERNAL_DEADLINE = "internalDeadline";

    private final Jdbi jdbi;

    public InternalStore(Database database) {
        this.jdbi = database.jdbi();
    }

    /** Every dossier's own rule: dossier name to working days. */
    public Map<String, Integer> dossierRules() {
        return jdbi.withHandle(h -> {
            Map<String, Integer> rules = new HashMap<>();
            h.createQuery("SELECT dossier, internal_working_days FROM dossier_rule")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2)))
                    .forEach(e -> rules.put(e.getKey(), e.getValue()));
            return rules;
        });
    }

    /** Gives {@code dossier} its own rule, or (null) takes it away so that the house rule counts again. */
    public void setDossierRule(String dossier, Integer workingDays) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM dossier_rule WHERE dossier = :dossier").bind("dossier", dossier).execute();
            if (workingDays != null) {
                h.createUpdate("INSERT INTO dossier_rule (dossier, internal_working_days) VALUES (:dossier, :days)")
                        .bind("dossier", dossier).bind("days", workingDays).execute();
            }
        });
    }

    /** Every typed internal deadline: commitment id to day. */
    public Map<Long, LocalDate> typed() {
        return jdbi.withHandle(h -> {
            Map<Long, LocalDate> days = new HashMap<>();
            h.createQuery("SELECT commitment_id, internal_on FROM internal_deadline")
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                    .forEach(e -> days.put(e.getKey(), e.getValue()));
            return days;
        });
    }

    public Optional<LocalDate> typed(long commitmentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT internal_on FROM internal_deadline WHERE commitment_id = :id")
                .bind("id", commitmentId)
                .mapTo(LocalDate.class)
                .findOne());
    }

    /**
     * Types {@code day} as the commitment's internal deadline, or (null) lets the rule count again; the history
     * says so when it changes. False when nothing changed.
     */
    public boolean setTyped(long commitmentId, LocalDate day, String by, Instant at) {
        return jdbi.inTransaction(h -> setTyped(h, commitmentId, day, by, at));
    }

    /** As {@link #setTyped(long, LocalDate, String, Instant)}, in a transaction already open (a postponement's). */
    static boolean setTyped(org.jdbi.v3.core.Handle h, long commitmentId, LocalDate day, String by, Instant at) {
        {
            LocalDate before = h.createQuery("SELECT internal_on FROM internal_deadline WHERE commitment_id = :id")
                    .bind("id", commitmentId).mapTo(LocalDate.class).findOne().orElse(null);
            if (java.util.Objects.equals(before, day)) {
                return false;
            }
            h.createUpdate("DELETE FROM internal_deadline WHERE commitment_id = :id").bind("id", commitmentId).execute();
            if (day != null) {
                h.createUpdate("INSERT INTO internal_deadline (commitment_id, internal_on) VALUES (:id, :day)")
                        .bind("id", commitmentId).bind("day", day).execute();
            }
            CommitmentStore.record(h, commitmentId, at, by, INTERNAL_DEADLINE, before, day);
            return true;
        }
    }
}
