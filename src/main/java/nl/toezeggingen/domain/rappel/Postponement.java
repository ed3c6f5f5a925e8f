package nl.toezeggingen.domain.rappel;

import java.time.Instant;
import java.util.Objects;
import nl.toezeggingen.domain.Deadline;

/**
 * One move of a commitment's deadline that was asked for as a postponement ("uitgesteld"), with why and, when
 * the Kamer was told, the letter that told it. Kept apart from the history so that the first deadline a
 * commitment had and how often it moved can always be told, whatever was edited since.
 *
 * @param informedBy the document that told the Kamer (a letter's reference); null when it was not told
 */
public record Postponement(long commitmentId, Instant at, String by, Deadline from, Deadline to, String reason,
                           String informedBy) {
    /** The most characters a reason or a document may hold (as "fulfilled by"). */
    public static final int MAX_TEXT = 1000;

    public Postponement {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean kamerInformed() {
        return informedBy != null;
    }
}
