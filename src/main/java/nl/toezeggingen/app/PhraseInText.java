package nl.toezeggingen.app;

import java.time.LocalDate;
import java.util.Optional;
import nl.toezeggingen.domain.deadline.Located;
import nl.toezeggingen.importer.Sentences;

/**
 * The deadline part of a register's text (Tweede Kamer data without a DatumNakoming): the whole text stays
 * the commitment's text, only "voor de zomer" or "in maart 2025" becomes its phrase.
 */
final class PhraseInText {
    /** Longer "sentences" are lists or pasted documents: not worth the parser's time. */
    private static final int MAX_SENTENCE = 1000;
    /** Dates in one sentence that cannot be the deadline ("in het debat van 12 maart") tried past, at most. */
    private static final int MAX_TRIES = 4;

    private PhraseInText() {
    }

    /**
     * The first part of the text, sentence by sentence, that is a deadline: it has a last day, not before
     * the day the commitment was made (an earlier date is the debate or a letter, not the deadline); or it
     * needs the made-on date that the row does not have. Empty when the text names none.
     */
    static Optional<Located> find(Deadlines deadlines, String text, LocalDate madeOn) {
        for (String sentence : Sentences.of(text)) {
            if (sentence.length() > MAX_SENTENCE) {
                continue;
            }
            String rest = sentence;
            for (int tries = 0; tries < MAX_TRIES && !rest.isBlank(); tries++) {
                Optional<Located> found = deadlines.locate(rest, madeOn);
                if (found.isEmpty()) {
                    break;
                }
                if (isDeadline(found.get(), madeOn)) {
                    return found;
                }
                rest = rest.substring(found.get().end());
            }
        }
        return Optional.empty();
    }

    private static boolean isDeadline(Located found, LocalDate madeOn) {
        if (!found.resolution().understood()) {
            return true; // it needs a made-on date: the import says so and keeps the phrase as text
        }
        LocalDate latest = found.resolution().deadline().latest();
        return latest != null && (madeOn == null || !latest.isBefore(madeOn));
    }
}
