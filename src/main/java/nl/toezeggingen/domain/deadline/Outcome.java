package nl.toezeggingen.domain.deadline;

import java.time.LocalDate;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Recurrence;
import nl.toezeggingen.domain.agenda.Event;

/** What one rule made of a phrase: a window, or a refusal that stops the search (an impossible date). */
sealed interface Outcome {

    /**
     * Both dates null means "no deadline". {@code kind} null: what the dates say (see {@link Deadline.Kind});
     * a vague, recurring or event phrase names its kind. {@code event}: the event an event phrase names, from the
     * agenda or (not in it) as the phrase names it.
     */
    record Window(LocalDate earliest, LocalDate latest, boolean estimated, Explanation explanation,
                  Deadline.Kind kind, Recurrence recurrence, Event event) implements Outcome {

        Window(LocalDate earliest, LocalDate latest, boolean estimated, Explanation explanation,
               Deadline.Kind kind, Recurrence recurrence) {
            this(earliest, latest, estimated, explanation, kind, recurrence, null);
        }

        Window(LocalDate earliest, LocalDate latest, boolean estimated, Explanation explanation) {
            this(earliest, latest, estimated, explanation, null, null, null);
        }

        Deadline deadline(String phrase) {
            Deadline.EventRef ref = event == null ? null : new Deadline.EventRef(event.id(), event.name());
            return new Deadline(phrase, earliest, latest, estimated, kind, recurrence, ref);
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
