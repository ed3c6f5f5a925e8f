package nl.toezeggingen.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import nl.toezeggingen.store.Database;

/** Where the database and its backups live, per platform, unless the user names a folder. */
public final class DataDirectory {
    public static final String ENVIRONMENT_VARIABLE = "TOEZEGGINGEN_DATA";

    private DataDirectory() {
    }

    /** False for a folder whose name H2 would read partly as settings; see {@link Database#isUsablePath}. */
    public static boolean usable(Path folder) {
        return Database.isUsablePath(folder);
    }

    public static Path resolve(String option) {
        return resolve(option, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    static Path resolve(String option, Map<String, String> env, String osName, String home) {
        if (option != null && !option.isBlank()) {
            return Path.of(option);
        }
        String fromEnv = env.get(ENVIRONMENT_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(home, "AppData", "Local");
            return base.resolve("Toezeggingen");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Toezeggingen");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("toezeggingen");
    }
}
