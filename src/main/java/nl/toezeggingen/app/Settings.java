package nl.toezeggingen.app;

import java.nio.file.Path;
import java.util.Map;
import nl.toezeggingen.store.SettingStore;

/**
 * The data's typed settings ({@link Setting}): what the faces read and write, from {@link Tracker#settings}.
 * They live in the database beside the data, so a backup brings them back along with the commitments; the few
 * needed before the data is open are repeated in the file beside it ({@link EarlySettings}) as they are written.
 */
public final class Settings {
    private final SettingStore store;
    private final Path dataDirectory;

    Settings(SettingStore store, Path dataDirectory) {
        this.store = store;
        this.dataDirectory = dataDirectory;
    }

    /** The stored value, or the setting's default when none (or none this version can read) is stored. */
    public <T> T get(Setting<T> setting) {
        return setting.from(store.get(setting.key()).orElse(null));
    }

    /**
     * Stores {@code value}; one the setting does not accept is refused with {@link IllegalArgumentException}
     * and nothing is stored.
     */
    public <T> void put(Setting<T> setting, T value) {
        store.put(setting.key(), setting.text(value));
        if (setting.early()) {
            mirrorEarly(store.all());
        }
    }

    /** Every stored setting by name, typed or not: one read, for a window restoring several at once. */
    Map<String, String> all() {
        return store.all();
    }

    /** Stores a setting that is no typed one (the window's layout, {@link Preferences}) as given. */
    void putRaw(String key, String value) {
        store.put(key, value);
    }

    /** Makes the file for the next start say what {@code all} (just read) says. */
    void mirrorEarly(Map<String, String> all) {
        new EarlySettings(dataDirectory).write(all);
    }
}
