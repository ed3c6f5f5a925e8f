package nl.toezeggingen.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import nl.toezeggingen.domain.ImportFormat;
import nl.toezeggingen.domain.ImportIssue;

/**
 * Reads a file to import into records and a report. Never throws for what is in the file: a broken,
 * empty or foreign file is a report with one error, so that both faces can show it the same way.
 */
public final class FileImporter {
    /** Larger than any list of commitments; beyond it the file is refused before it fills the memory. */
    static final long MAX_BYTES = 200L * 1024 * 1024;

    private FileImporter() {
    }

    /** {@code format} null: guessed from the name and the content. */
    public static Parsed read(Path file, ImportFormat format) {
        ImportFormat named = format;
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return Parsed.failed(named, ImportIssue.error(0, null, "import.file.tooLarge", size / (1024 * 1024)));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Parsed.failed(named, ImportIssue.error(0, null, "import.file.missing", file.toString()));
        } catch (IOException e) {
            return Parsed.failed(named, ImportIssue.error(0, null, "import.file.unreadable", String.valueOf(e.getMessage())));
        }
        if (bytes.length == 0 || new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
                .isBlank() && bytes.length <= 4096) {
            return Parsed.failed(named, ImportIssue.error(0, null, "import.file.empty"));
        }
        ImportFormat chosen = named != null ? named : guess(file, bytes);
        return switch (chosen) {
            case CSV -> CsvReader.read(bytes);
            case XLSX -> XlsxReader.read(bytes);
            case JSON -> OwnJson.read(bytes);
            case TK -> TkJson.read(bytes);
        };
    }

    /** The extension decides CSV and XLSX; JSON is ours unless it has the register's fields. */
    static ImportFormat guess(Path file, byte[] bytes) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        if (name.endsWith(".xlsx") || zip) {
            return ImportFormat.XLSX;
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.UTF_8).stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1).stripLeading();
        }
        boolean json = name.endsWith(".json") || start.startsWith("{") || start.startsWith("[");
        if (!json || name.endsWith(".csv")) {
            return ImportFormat.CSV;
        }
        return start.contains("\"Nummer\"") || start.contains("\"Tekst\"") || start.contains("odata")
                ? ImportFormat.TK : ImportFormat.JSON;
    }
}
