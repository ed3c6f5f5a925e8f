package nl.toezeggingen.ui;

import java.util.Locale;
import nl.toezeggingen.domain.Urgency;

/** The CSS names of an urgency, so colours live in the stylesheet and nowhere else. */
public final class UrgencyStyle {
    private UrgencyStyle() {
    }

    /** urgency-overdue, urgency-due-soon, ...: on the badge. */
    public static String badge(Urgency urgency) {
        return "urgency-" + name(urgency);
    }

    /** row-overdue, row-due-soon, ...: on the table row. */
    public static String row(Urgency urgency) {
        return "row-" + name(urgency);
    }

    public static String[] allRows() {
        Urgency[] all = Urgency.values();
        String[] names = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            names[i] = row(all[i]);
        }
        return names;
    }

    private static String name(Urgency urgency) {
        return urgency.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
