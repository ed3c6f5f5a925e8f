package nl.toezeggingen.cli;

import java.util.List;
import java.util.stream.Collectors;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Rappel;
import nl.toezeggingen.domain.Status;

/** A refusal or warning of the rappel's work in the user's words (a status as its word mid-sentence, not its code). */
final class RappelNotes {
    private RappelNotes() {
    }

    static String text(Rappel.Note note, Messages messages) {
        Object[] args = note.args().stream().map(a -> a instanceof Status s ? messages.status(s).toLowerCase(messages.locale()) : a).toArray();
        return messages.get(note.key(), args);
    }

    static String text(List<Rappel.Note> notes, Messages messages) {
        return notes.stream().map(n -> text(n, messages)).collect(Collectors.joining(System.lineSeparator()));
    }
}
