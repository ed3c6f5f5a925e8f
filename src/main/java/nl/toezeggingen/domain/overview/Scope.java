package nl.toezeggingen.domain.overview;

import java.util.Locale;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.Urgency;

/**
 * Which commitments an overview covers; a null field means "any". Dossier and action line match without
 * regard to case, because people type them from memory on the command line.
 */
public record Scope(String dossier, String line, Status status, Urgency urgency) {
    public static final Scope ALL = new Scope(null, null, null, null);

    public boolean isAll() {
        return dossier == null && line == null && status == null && urgency == null;
    }

    public boolean matches(TrackedCommitment tracked) {
        Commitment c = tracked.commitment();
        return same(dossier, c.dossier()) && same(line, c.line())
                && (status == null || status == c.status())
                && (urgency == null || urgency == tracked.urgency());
    }

    private static boolean same(String wanted, String actual) {
        return wanted == null || (actual != null
                && wanted.strip().toLowerCase(Locale.ROOT).equals(actual.toLowerCase(Locale.ROOT)));
    }
}
