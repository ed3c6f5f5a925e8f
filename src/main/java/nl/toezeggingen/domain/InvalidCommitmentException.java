package nl.toezeggingen.domain;

import java.util.List;

/** Refuses a save; nothing has been written when this is thrown. */
public final class InvalidCommitmentException extends RuntimeException {
    private final transient List<Problem> problems;

    public InvalidCommitmentException(List<Problem> problems) {
        super(problems.stream().map(Problem::key).reduce((a, b) -> a + ", " + b).orElse("invalid"));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
