package nl.toezeggingen.cli;

import java.util.List;
import java.util.stream.Collectors;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Rappel;

/** The refusals of the rappel's work, one sentence a line, as stderr shows them. */
final class RappelNotes {
    private RappelNotes() {
    }

    static String text(List<Rappel.Note> notes, Messages messages) {
        return notes.stream().map(messages::note).collect(Collectors.joining(System.lineSeparator()));
    }
}
