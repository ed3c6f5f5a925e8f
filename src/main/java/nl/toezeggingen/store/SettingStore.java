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

    /** Every setting: there are a few dozen at most. */
    public java.util.Map<String, String> all() {
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT name, setting_value FROM setting")
                .map((rs, ctx) -> java.util.Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> all.put(e.getKey(), e.getValue())));
        return all;
    }

    public void put(String name, String value) {
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO setting (name, setting_value) KEY (name) VALUES (:name, :value)")
                .bind("name", name)
                .bind("value", value)
                .execute());
    }
}
