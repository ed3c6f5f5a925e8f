package nl.toezeggingen.domain.agenda;

import java.util.Arrays;
import java.util.Optional;

/**
 * How far an event's date can be trusted. The JSON words are Dutch, as the status column of kalender.csv is
 * ("officieel", "onbevestigd"), so that recesses and events read alike; the English words are accepted too.
 */
public enum EventStatus {
    /** Published by the Kamer or fixed by law. */
    OFFICIAL("officieel", "official"),
    /** Entered by the user, not (yet) confirmed. */
    UNCONFIRMED("onbevestigd", "unverified"),
    /** Computed by a rule of thumb ("de Voorjaarsnota komt vóór 1 juni"). */
    ESTIMATED("geschat", "estimated");

    private final String json;
    private final String english;

    EventStatus(String json, String english) {
        this.json = json;
        this.english = english;
    }

    public String json() {
        return json;
    }

    /** A deadline resting on an event that is not official is an estimate. */
    public boolean isEstimate() {
        return this != OFFICIAL;
    }

    public static Optional<EventStatus> ofJson(String word) {
        return Arrays.stream(values()).filter(s -> s.json.equals(word) || s.english.equals(word)).findFirst();
    }
}
