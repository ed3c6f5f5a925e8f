package nl.toezeggingen.domain;

import java.time.Instant;

/**
 * A commitment in the bin ("Verwijderde toezeggingen"): deleted, but kept with its history so that it
 * can be put back. {@code deletedBy} is the user name the delete was recorded with; it may be null.
 */
public record DeletedCommitment(Commitment commitment, Instant deletedAt, String deletedBy) {
}
