package nl.toezeggingen.domain.deadline;

import java.time.LocalDate;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Recurrence;

/** What one rule made of a phrase: a window, or a refusal that stops the search (an impossible date). */
sealed interface Outcome {

    /**
     * Both dates null means "no deadline". {@code kind} null: what the dates say (see {@link Deadline.Kind});
     * a vague or recurring phrase names its kind.
     */
    record Window(LocalDate earliest, LocalDate latest, boolean estimated, Explanation explanation,
                  Deadline.Kind kind, Recurrence recurrence) implements Outcome {

        Window(LocalDate earliest, LocalDate latest, boolean estimated, Explanation explanation) {
            this(earliest, latest, estimated, explanation, null, null);
        }

        Deadline deadline(String phrase) {
            return new Deadline(phrase, earliest, latest, estimated, kind, recurrence);
        }
    }

    record Refused(Explanation explanation) implements Outcome {
    }

    static Window window(LocalDate earliest, LocalDate latest, Explanation explanation) {
        return new Window(earliest, latest, false, explanation);
    }

    static Refused refused(String key, Object... args) {
        return new Refused(Explanation.of(key, args));
    }
}
