package nl.toezeggingen.app;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of one backup in {@code backups/}: {@code toezeggingen-2025-07-10T093000-start.zip}. Names
 * sort by time and say why the copy was made; only files with such a name are ever pruned.
 */
record BackupName(LocalDateTime at, String kind) implements Comparable<BackupName> {
    static final String START = "start";
    static final String MANUAL = "handmatig";
    static final String BEFORE_RESTORE = "voor-terugzetten";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss");
    private static final Pattern NAME =
            Pattern.compile("toezeggingen-(\\d{4}-\\d{2}-\\d{2}T\\d{6})-(start|handmatig|voor-terugzetten)\\.zip");

    static Optional<BackupName> parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BackupName(LocalDateTime.parse(m.group(1), TIME), m.group(2)));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    String fileName() {
        return "toezeggingen-" + TIME.format(at) + "-" + kind + ".zip";
    }

    @Override
    public int compareTo(BackupName other) {
        return at.compareTo(other.at);
    }
}
