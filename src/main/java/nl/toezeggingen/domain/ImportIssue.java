package nl.toezeggingen.domain;

import java.util.List;

/**
 * One thing found while reading a file to import: where (the line in the file, the header being line 1,
 * 0 for the file as a whole; the column as the file names it, or null) and what, as a message key.
 * A warning is reported but does not stop the import; an error refuses the whole file.
 */
public record ImportIssue(int line, String column, String key, List<Object> args, boolean warning) {

    public ImportIssue {
        args = List.copyOf(args);
    }

    public static ImportIssue error(int line, String column, String key, Object... args) {
        return new ImportIssue(line, column, key, List.of(args), false);
    }

    public static ImportIssue warning(int line, String column, String key, Object... args) {
        return new ImportIssue(line, column, key, List.of(args), true);
    }
}
