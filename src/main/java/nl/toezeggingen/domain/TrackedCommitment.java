package nl.toezeggingen.domain;

/** A commitment together with its urgency on the day it was looked at. */
public record TrackedCommitment(Commitment commitment, Urgency urgency) {
}
