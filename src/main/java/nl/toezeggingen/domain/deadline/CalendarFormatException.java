package nl.toezeggingen.domain.deadline;

import java.util.List;

/**
 * A line of a calendar file that cannot be read. It carries a message key with its arguments for the
 * user (source, line number, the line itself) and an English message for the log.
 */
public final class CalendarFormatException extends RuntimeException {
    private final String key;
    private final String sourceName;
    private final int lineNumber;
    private final String line;

    public CalendarFormatException(String key, String sourceName, int lineNumber, String line, String englishReason) {
        super(sourceName + ", line " + lineNumber + ": " + englishReason + (line == null ? "" : ": " + line));
        this.key = key;
        this.sourceName = sourceName;
        this.lineNumber = lineNumber;
        this.line = line == null ? "" : line;
    }

    public String key() {
        return key;
    }

    public String sourceName() {
        return sourceName;
    }

    /** One-based; 0 when the file as a whole could not be read. */
    public int lineNumber() {
        return lineNumber;
    }

    public String line() {
        return line;
    }

    /** For {@code messages.get(key(), args().toArray())}: source, line number, line. */
    public List<Object> args() {
        return List.of(sourceName, lineNumber, line);
    }
}
