package nl.toezeggingen.domain.rappel;

import java.util.Map;
import java.util.Objects;
import nl.toezeggingen.domain.Commitment;

/**
 * How many working days before the Kamer's deadline a piece must reach the minister: the house rule, unless the
 * commitment's dossier has a rule of its own (a directorate whose letters go through more hands asks for more).
 * A date typed for one commitment wins over both; see {@link #internalDeadline}.
 *
 * @param houseDays   the rule for every dossier without its own
 * @param dossierDays per dossier name (as the commitments write it), its own number of working days
 */
public record InternalRule(int houseDays, Map<String, Integer> dossierDays) {
    public static final InternalRule HOUSE = new InternalRule(InternalDeadline.DEFAULT_WORKING_DAYS, Map.of());

    public InternalRule {
        dossierDays = Map.copyOf(Objects.requireNonNullElse(dossierDays, Map.of()));
        if (!allowed(houseDays) || !dossierDays.values().stream().allMatch(InternalRule::allowed)) {
            throw new IllegalArgumentException("working days out of range");
        }
    }

    /** 0 (the piece goes straight to the Kamer) to {@link InternalDeadline#MAX_WORKING_DAYS}. */
    public static boolean allowed(int workingDays) {
        return workingDays >= 0 && workingDays <= InternalDeadline.MAX_WORKING_DAYS;
    }

    /** The working days for a commitment of {@code dossier} (null: none named). */
    public int workingDays(String dossier) {
        return dossier == null ? houseDays : dossierDays.getOrDefault(dossier, houseDays);
    }

    /**
     * The day the piece must reach the minister: {@code typed} when the user typed one, else the rule's working
     * days before the Kamer's last day. Null while the commitment is closed (the piece is not due any more) or has
     * neither a typed day nor a Kamer deadline with a date.
     */
    public java.time.LocalDate internalDeadline(Commitment commitment, java.time.LocalDate typed) {
        if (commitment.status().isClosed()) {
            return null;
        }
        return typed != null ? typed : InternalDeadline.before(commitment.deadline().latest(), workingDays(commitment.dossier()));
    }
}
