package nl.toezeggingen.cli;

import java.io.PrintWriter;
import java.util.List;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Move;
import nl.toezeggingen.domain.Commitment;

/** The deadlines a change of the agenda or the calendar moved, one line each, as `event move` and `calendar import` print them. */
final class MovesText {
    private MovesText() {
    }

    static void print(PrintWriter out, List<Move> moves, Messages messages) {
        for (Move move : moves) {
            Commitment c = move.commitment();
            String id = String.valueOf(c.id());
            boolean sameDay = java.util.Objects.equals(move.from().latest(), move.to().latest());
            out.println(move.to().latest() == null
                    ? messages.get("cli.event.moved.waiting", id, c.title())
                    // Only its estimate changed: the date now rests on an official recess or moment.
                    : sameDay ? messages.get("cli.moved.confirmed", id, c.title(), move.to().latest(),
                            move.to().estimated() ? 1 : 0)
                    : messages.get("cli.event.moved.commitment", id, c.title(), move.to().latest()));
            // Allowed (the debate really is that early), but a deadline before the promise was made is worth a look.
            if (move.to().latest() != null && c.madeOn() != null && move.to().latest().isBefore(c.madeOn())) {
                out.println("  " + messages.get("cli.moved.beforeMadeOn", c.madeOn()));
            }
        }
    }
}
