package nl.toezeggingen.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What each backup in {@code backups/} holds, as a {@link nl.toezeggingen.store.ChangeMark}: a small file
 * beside them ({@code .inhoud}). It tells a start whether anything was saved since the newest backup, and
 * the pruning which backups hold an empty register. A backup without a mark (older, or the file lost)
 * counts as one with data.
 */
final class BackupMarks {
    static final String FILE = ".inhoud";

    private final Path file;

    BackupMarks(Path backupsFolder) {
        this.file = backupsFolder.resolve(FILE);
    }

    Optional<String> mark(String backupName) {
        return Optional.ofNullable(read().getProperty(backupName));
    }

    /** The mark of the newest of {@code newestFirst} when that one has a mark. */
    String latestMark(List<Path> newestFirst) {
        return newestFirst.isEmpty() ? null : read().getProperty(newestFirst.get(0).getFileName().toString());
    }

    void record(String backupName, String mark) {
        Properties marks = read();
        marks.setProperty(backupName, mark);
        write(marks);
    }

    /** Forgets the marks of backups that were pruned or removed by hand. */
    void keepOnly(Collection<String> backupNames) {
        Properties marks = read();
        if (marks.keySet().retainAll(backupNames)) {
            write(marks);
        }
    }

    private Properties read() {
        Properties marks = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                marks.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)));
            } catch (IOException | IllegalArgumentException e) {
                return new Properties(); // an unreadable list only costs one backup too many
            }
        }
        return marks;
    }

    private void write(Properties marks) {
        StringWriter text = new StringWriter();
        try {
            marks.store(text, "Toezeggingen: wat elke back-up bevat");
            SafeFiles.write(file, text.toString().getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
