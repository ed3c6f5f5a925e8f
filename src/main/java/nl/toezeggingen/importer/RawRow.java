package nl.toezeggingen.importer;

import java.util.Map;
import nl.toezeggingen.domain.Commitment.Field;

/**
 * One record as the file gave it: text per field, not yet checked.
 *
 * @param line          where the record starts in the file (the header is line 1)
 * @param values        the raw text per field; a field absent here was not in the file at all
 * @param dependsOnId   the id another record of the same file carries, for our own export's links
 * @param phraseInText  the deadline is to be looked for in the text (Tweede Kamer data without a date)
 */
public record RawRow(int line, Map<Field, String> values, Long id, Long dependsOnId, boolean phraseInText) {

    public RawRow {
        values = Map.copyOf(values);
    }

    public String get(Field field) {
        return values.get(field);
    }

    public boolean has(Field field) {
        return values.containsKey(field);
    }
}
