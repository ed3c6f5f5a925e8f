package nl.toezeggingen.domain.deadline;

import java.time.LocalDate;

/** What one rule made of a phrase: a window, or a refusal that stops the search (an impossible date). */
sealed interface Outcome {

    /** Both dates null means "no deadline". */
    record Window(LocalDate earliest, LocalDate latest, boolean estimated, Explanation explanation)
            implements Outcome {
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
