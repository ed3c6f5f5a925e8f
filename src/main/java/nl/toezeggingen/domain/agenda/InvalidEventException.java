package nl.toezeggingen.domain.agenda;

import java.util.List;

/** Refuses to keep an event; nothing has been written when this is thrown. */
public final class InvalidEventException extends RuntimeException {
    private final transient List<Event.Problem> problems;

    public InvalidEventException(List<Event.Problem> problems) {
        super(problems.stream().map(Event.Problem::key).reduce((a, b) -> a + ", " + b).orElse("invalid"));
        this.problems = List.copyOf(problems);
    }

    public List<Event.Problem> problems() {
        return problems;
    }
}
