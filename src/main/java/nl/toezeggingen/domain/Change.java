package nl.toezeggingen.domain;

import java.time.Instant;

/** One line of a commitment's history: who changed which field from what to what, and when. */
public record Change(long commitmentId, Instant at, String by, String field, String oldValue, String newValue) {
}
