package nl.toezeggingen.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * How often a recurring commitment comes back ("jaarlijks", "elk kwartaal"). {@code months} 0: a promise
 * to come back "periodiek" or "regelmatig", without saying how often, so there is no next date to count.
 */
public enum Recurrence {
    MONTHLY("monthly", 1),
    QUARTERLY("quarterly", 3),
    HALF_YEARLY("halfyearly", 6),
    YEARLY("yearly", 12),
    TWO_YEARLY("two-yearly", 24),
    THREE_YEARLY("every-3-years", 36),
    PERIODIC("periodic", 0);

    private final String json;
    private final int months;

    Recurrence(String json, int months) {
        this.json = json;
        this.months = months;
    }

    /** The word in the command line's JSON ({@code "recurrence"}); also what the database stores. */
    public String json() {
        return json;
    }

    public int months() {
        return months;
    }

    public boolean hasPeriod() {
        return months > 0;
    }

    public static Optional<Recurrence> ofJson(String word) {
        return Arrays.stream(values()).filter(r -> r.json.equals(word)).findFirst();
    }
}
