package nl.toezeggingen.ui.main;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.Urgency;

/**
 * What the search field and the three filters ask for; null means "any". The search text matches
 * anywhere in the words a user would remember: reference, title, text, dossier, line, deadline, people.
 */
public record CommitmentFilter(String search, Status status, String dossier, Urgency urgency)
        implements Predicate<TrackedCommitment> {

    public static final CommitmentFilter ALL = new CommitmentFilter(null, null, null, null);

    @Override
    public boolean test(TrackedCommitment tracked) {
        Commitment c = tracked.commitment();
        return (status == null || c.status() == status)
                && (dossier == null || dossier.equals(c.dossier()))
                && (urgency == null || tracked.urgency() == urgency)
                && matches(c);
    }

    public boolean isAll() {
        return (search == null || search.isBlank()) && status == null && dossier == null && urgency == null;
    }

    private boolean matches(Commitment c) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String wanted = search.strip().toLowerCase(Locale.ROOT);
        return Stream.of(c.reference(), c.title(), c.text(), c.dossier(), c.line(), c.deadline().phrase(),
                        c.madeIn(), c.madeBy(), c.owner(), c.fulfilledBy(), c.notes())
                .filter(Objects::nonNull)
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains(wanted));
    }
}
