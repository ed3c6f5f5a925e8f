package nl.toezeggingen.domain;

/** An id that names no stored commitment (typed wrongly, or deleted meanwhile). */
public final class NoSuchCommitmentException extends RuntimeException {
    private final long id;

    public NoSuchCommitmentException(long id) {
        super("no commitment " + id);
        this.id = id;
    }

    public long id() {
        return id;
    }
}
