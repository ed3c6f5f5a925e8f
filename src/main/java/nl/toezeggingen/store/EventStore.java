package nl.toezeggingen.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.agenda.EventKind;
import nl.toezeggingen.domain.agenda.EventStatus;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/** The user's agenda in the database (table agenda_event), so it travels with the data's backups. */
public final class EventStore {
    private static final String COLUMNS = "id, name, kind, earliest, latest, status, dossier, source";

    private final Jdbi jdbi;

    public EventStore(Database database) {
        this.jdbi = database.jdbi();
    }

    /** Every event, by date, those without one last: an agenda holds dozens, not thousands. */
    public List<Event> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM agenda_event"
                        + " ORDER BY latest NULLS LAST, earliest NULLS LAST, id")
                .map((rs, ctx) -> event(rs))
                .list());
    }

    public Optional<Event> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM agenda_event WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> event(rs))
                .findOne());
    }

    /** Stores a new event (its id is ignored) and returns it with the id it got. */
    public Event insert(Event event) {
        long id = jdbi.withHandle(h -> bound(h.createUpdate("INSERT INTO agenda_event"
                        + " (name, kind, earliest, latest, status, dossier, source, created_at, updated_at)"
                        + " VALUES (:name, :kind, :earliest, :latest, :status, :dossier, :source, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"), event)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        return event.withId(id);
    }

    /** Writes the event's fields over the stored ones; false when it is gone. */
    public boolean update(Event event) {
        return jdbi.withHandle(h -> bound(h.createUpdate("UPDATE agenda_event SET name = :name, kind = :kind,"
                + " earliest = :earliest, latest = :latest, status = :status, dossier = :dossier, source = :source,"
                + " updated_at = CURRENT_TIMESTAMP WHERE id = :id"), event).bind("id", event.id()).execute() == 1);
    }

    /** How many commitments (in the bin too) have their deadline tied to the event. */
    public int tiedCount(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM commitment WHERE deadline_event_id = :id")
                .bind("id", id)
                .mapTo(Integer.class)
                .one());
    }

    /**
     * Removes the event; with {@code untie}, first unties every deadline resting on it (they keep their dates
     * and phrase, and their history says so), in one transaction. False when it was not there.
     */
    public boolean delete(long id, boolean untie, String by, java.time.Instant at) {
        return jdbi.inTransaction(h -> {
            if (untie) {
                // Each untied deadline says so in its history, with the event's name (the row is gone after this).
                h.createUpdate("INSERT INTO history (commitment_id, changed_at, changed_by, field, old_value, new_value)"
                        + " SELECT c.id, :at, :by, :field, e.name, NULL FROM commitment c"
                        + " JOIN agenda_event e ON e.id = c.deadline_event_id WHERE c.deadline_event_id = :id")
                        .bind("id", id).bind("at", at.atOffset(java.time.ZoneOffset.UTC)).bind("by", by)
                        .bind("field", UNTIED).execute();
                // Untied, a deadline is what its dates say (no longer an event's): it keeps its phrase and dates.
                h.createUpdate("UPDATE commitment SET deadline_event_id = NULL, deadline_kind = NULL"
                        + " WHERE deadline_event_id = :id").bind("id", id).execute();
            }
            return h.createUpdate("DELETE FROM agenda_event WHERE id = :id").bind("id", id).execute() == 1;
        });
    }

    /** The history field of a deadline let go of its removed event; its old value is the event's name. */
    public static final String UNTIED = "deadline.untied";

    private static Update bound(Update update, Event event) {
        return update.bind("name", event.name())
                .bind("kind", event.kind().name())
                .bind("earliest", event.earliest())
                .bind("latest", event.latest())
                .bind("status", event.status().name())
                .bind("dossier", event.dossier())
                .bind("source", event.source());
    }

    private static Event event(ResultSet rs) throws SQLException {
        return new Event(rs.getLong("id"), rs.getString("name"), EventKind.valueOf(rs.getString("kind")),
                rs.getObject("earliest", java.time.LocalDate.class), rs.getObject("latest", java.time.LocalDate.class),
                EventStatus.valueOf(rs.getString("status")), rs.getString("dossier"), rs.getString("source"), false);
    }
}
