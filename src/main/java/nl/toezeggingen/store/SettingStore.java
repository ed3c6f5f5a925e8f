package nl.toezeggingen.store;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Named settings kept in the database, so they travel with its backups. */
public final class SettingStore {
    private final Jdbi jdbi;

    public SettingStore(Database database) {
        this.jdbi = database.jdbi();
    }

    public Optional<String> get(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT setting_value FROM setting WHERE name = :name")
                .bind("name", name)
                .mapTo(String.class)
                .findOne());
    }

    public void put(String name, String value) {
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO setting (name, setting_value) KEY (name) VALUES (:name, :value)")
                .bind("name", name)
                .bind("value", value)
                .execute());
    }
}
