package nl.toezeggingen.ui.main;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.Urgency;

/**
 * What the search field and the filters ask for; null means "any". The search text matches anywhere in
 * the words a user would remember: reference, title, text, dossier, line, deadline, people. The status
 * filter may combine values ("Niet afgedaan"); {@code owner} is "Mijn toezeggingen": the user's own name
 * under Eigenaar, case and spaces aside.
 */
public record CommitmentFilter(String search, Set<Status> statuses, String dossier, Urgency urgency, String owner)
        implements Predicate<TrackedCommitment> {

    public static final CommitmentFilter ALL = new CommitmentFilter(null, (Set<Status>) null, null, null, null);

    /** Not done yet: what is still asked of someone. */
    public static final Set<Status> NOT_DONE = Set.of(Status.OPEN, Status.IN_PROGRESS, Status.PARTLY_DONE);

    public CommitmentFilter {
        statuses = statuses == null ? null : Set.copyOf(statuses);
        owner = owner == null || owner.isBlank() ? null : owner.strip();
    }

    /** One status, or none for any. */
    public CommitmentFilter(String search, Status status, String dossier, Urgency urgency) {
        this(search, status == null ? null : Set.of(status), dossier, urgency, null);
    }

    @Override
    public boolean test(TrackedCommitment tracked) {
        Commitment c = tracked.commitment();
        return (statuses == null || statuses.contains(c.status()))
                && (dossier == null || dossier.equals(c.dossier()))
                && (urgency == null || tracked.urgency() == urgency)
                && (owner == null || (c.owner() != null && c.owner().strip().equalsIgnoreCase(owner)))
                && matches(c);
    }

    public boolean isAll() {
        return (search == null || search.isBlank()) && statuses == null && dossier == null && urgency == null
                && owner == null;
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
