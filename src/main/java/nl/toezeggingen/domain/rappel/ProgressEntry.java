package nl.toezeggingen.domain.rappel;

import java.time.LocalDate;
import java.util.Objects;

/** One dated line of a commitment's stand van zaken ("12-06-2025: concept bij DGHO"). */
public record ProgressEntry(long commitmentId, LocalDate on, String text) {
    /** Short on purpose: the latest entry is shown in a table column and the annex's third column. */
    public static final int MAX_TEXT = 2000;

    public ProgressEntry {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(text, "text");
    }
}
