package nl.toezeggingen.domain.overview;

import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.TrackedCommitment;

/**
 * One commitment as the overview shows it: everything it has, plus the latest note, which is what a
 * reader of a status overview looks for ("stand van zaken").
 */
public record Row(TrackedCommitment tracked, String latestNote) {

    public Commitment commitment() {
        return tracked.commitment();
    }

    public static Row of(TrackedCommitment tracked) {
        return new Row(tracked, latestNote(tracked.commitment().notes()));
    }

    /** The last paragraph of the notes, on one line: notes grow at the bottom, so that is the newest. */
    static String latestNote(String notes) {
        if (notes == null) {
            return null;
        }
        String[] paragraphs = notes.split("\\R\\s*\\R");
        for (int i = paragraphs.length - 1; i >= 0; i--) {
            String paragraph = paragraphs[i].strip().replaceAll("\\s+", " ");
            if (!paragraph.isEmpty()) {
                return paragraph;
            }
        }
        return null;
    }
}
