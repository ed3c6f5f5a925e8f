package nl.toezeggingen.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The few settings needed before the data is open: the theme and the text size for the window, and the house
 * rule for vague deadlines for `resolve`, which never opens the database. The database holds them (so a backup
 * brings them back); this small file beside it repeats them, because opening the database takes longer than
 * showing the window, and a window that starts light and turns dark a second later looks broken.
 * {@link Settings#put} keeps the two in step for the settings marked {@link Setting#early}.
 */
public final class EarlySettings {
    public static final String FILE = "weergave.properties";
    static final Set<String> KEYS = Setting.ALL.stream().filter(Setting::early).map(Setting::key)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final System.Logger LOG = System.getLogger(EarlySettings.class.getName());

    private final Path file;

    public EarlySettings(Path dataDirectory) {
        this.file = dataDirectory.resolve(FILE);
    }

    /** What the file says; nothing when it is missing or unreadable, which must never stop a start. */
    public Map<String, String> read() {
        Map<String, String> found = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return found;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            return found;
        }
        for (String key : KEYS) {
            String value = properties.getProperty(key);
            if (value != null) {
                found.put(key, value);
            }
        }
        return found;
    }

    /** Makes the file say {@code values} (only the keys this file is for); unchanged files are not touched. */
    void write(Map<String, String> values) {
        Map<String, String> wanted = new TreeMap<>();
        values.forEach((key, value) -> {
            if (KEYS.contains(key) && value != null && !value.isEmpty()) {
                wanted.put(key, value);
            }
        });
        if (wanted.equals(read())) {
            return;
        }
        Properties properties = new Properties();
        properties.putAll(wanted);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            properties.store(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                    "Toezeggingen: thema, tekstgrootte en de termijn voor vage toezeggingen; de database is de bron");
            SafeFiles.write(file, bytes.toByteArray());
        } catch (IOException | UncheckedIOException e) {
            // Only a head start: without the file the window starts light and follows the database.
            LOG.log(System.Logger.Level.WARNING, "could not write " + file, e);
        }
    }
}
