package nl.toezeggingen.domain.agenda;

import java.util.Arrays;
import java.util.Optional;

/** What sort of moment an event is. The JSON words are the contract (command line, exports); the names are Java's. */
public enum EventKind {
    /** A debate or meeting: commissiedebat, plenair debat, notaoverleg, raadsvergadering, a Council of the EU. */
    DEBATE("debate"),
    /** Voorjaarsnota, Najaarsnota, Miljoenennota, a budget debate, Verantwoordingsdag. */
    BUDGET_MOMENT("budget"),
    /** A letter or report to parliament: a voortgangsbrief, an evaluation. */
    LETTER("letter"),
    ELECTION("election"),
    OTHER("other");

    private final String json;

    EventKind(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static Optional<EventKind> ofJson(String word) {
        return Arrays.stream(values()).filter(k -> k.json.equals(word)).findFirst();
    }
}
