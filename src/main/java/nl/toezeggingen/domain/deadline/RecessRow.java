package nl.toezeggingen.domain.deadline;

import java.util.Objects;

/** A recess as a calendar file holds it: the recess and where its dates come from (the file's "bron"; may be null). */
public record RecessRow(Recess recess, String source) {
    public RecessRow {
        Objects.requireNonNull(recess, "recess");
        source = source == null || source.isBlank() ? null : source.strip();
    }
}
