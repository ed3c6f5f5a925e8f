package nl.toezeggingen.domain.overview;

import java.util.Locale;
import nl.toezeggingen.domain.Chamber;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.Urgency;

/**
 * Which commitments an overview covers; a null field means "any". Dossier, action line, committee and the name
 * promised to match without regard to case, because people type them from memory on the command line; one name
 * in "toegezegd aan" is enough.
 */
public record Scope(String dossier, String line, Status status, Urgency urgency, Chamber chamber, String committee,
                    String promisedTo) {
    public static final Scope ALL = new Scope(null, null, null, null);

    public Scope(String dossier, String line, Status status, Urgency urgency) {
        this(dossier, line, status, urgency, null, null, null);
    }

    public boolean isAll() {
        return dossier == null && line == null && status == null && urgency == null && chamber == null
                && committee == null && promisedTo == null;
    }

    public boolean matches(TrackedCommitment tracked) {
        Commitment c = tracked.commitment();
        return same(dossier, c.dossier()) && same(line, c.line())
                && (status == null || status == c.status())
                && (urgency == null || urgency == tracked.urgency())
                && (chamber == null || chamber == c.chamber())
                && same(committee, c.committee())
                && (promisedTo == null || c.promisedTo().stream().anyMatch(name -> same(promisedTo, name)));
    }

    private static boolean same(String wanted, String actual) {
        return wanted == null || (actual != null
                && wanted.strip().toLowerCase(Locale.ROOT).equals(actual.toLowerCase(Locale.ROOT)));
    }
}
