package nl.toezeggingen.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.domain.rappel.Passing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The internal deadline on a real H2 folder (issue 19, point 2): by the house rule, by a dossier's own rule or
 * typed; which deadline the overdue check says is passing, and a postponement the Kamer was not told of.
 * Tuesday 1 July 2025, horizon 14 days.
 */
class InternalDeadlinesTest {
    static final LocalDate TODAY = LocalDate.of(2025, 7, 1);

    @TempDir
    Path data;

    private Tracker open() {
        return Tracker.open(data, Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private static long add(Tracker tracker, String title, String dossier, String due) {
        return tracker.save(Commitment.builder().title(title).dossier(dossier).madeOn(LocalDate.of(2025, 1, 15))
                .deadline(new Deadline(due, null, null, false)).status(Status.OPEN).build()).id();
    }

    private static TrackedCommitment found(List<TrackedCommitment> overdue, long id) {
        return overdue.stream().filter(t -> t.commitment().id() == id).findFirst().orElse(null);
    }

    @Test
    void tenWorkingDaysBeforeTheKamerByTheHouseRuleAndTheOverdueCheckSaysTheInternalOneHasPassed() {
        try (Tracker tracker = open()) {
            // Thursday 10 July: ten working days before is Thursday 26 June, already past.
            long soon = add(tracker, "Brief over klachtenregelingen", "Sociale veiligheid", "2025-07-10");
            long later = add(tracker, "Evaluatie meldpunt", "Sociale veiligheid", "2025-08-29");

            assertThat(tracker.rappel().internalDeadline(soon)).isEqualTo(LocalDate.of(2025, 6, 26));
            assertThat(tracker.rappel().internalDeadline(later)).isEqualTo(LocalDate.of(2025, 8, 15));
            List<TrackedCommitment> overdue = tracker.overdue(14);
            TrackedCommitment t = found(overdue, soon);
            assertThat(t.urgency()).isEqualTo(Urgency.DUE_SOON);
            assertThat(t.passing()).isEqualTo(new Passing(Passing.Kind.INTERNAL_LATE, LocalDate.of(2025, 6, 26)));
            assertThat(found(overdue, later)).as("internal deadline 15 August, beyond the horizon").isNull();

            Messages nl = Messages.forLanguage("nl");
            assertThat(OverdueWords.summary(overdue, 14, nl)).isEqualTo(
                    "Niets is te laat, 1 termijn verstrijkt binnen 14 dagen. 1 toezegging is intern te laat.");
            assertThat(OverdueWords.passing(t, nl)).isEqualTo("intern te laat: stuk had 26 juni 2025 bij de minister moeten zijn");
        }
    }

    @Test
    void aDossierWithARuleOfItsOwnBringsItsInternalDeadlineWithinTheHorizon() {
        try (Tracker tracker = open()) {
            long later = add(tracker, "Evaluatie meldpunt", "Wetenschap", "2025-08-29");
            long other = add(tracker, "Onderzoek promovendi", "Sociale veiligheid", "2025-08-29");

            tracker.rappel().setDossierWorkingDays("Wetenschap", 40);

            // Forty working days, eight weeks, before Friday 29 August: Friday 4 July, within 14 days.
            assertThat(tracker.rappel().internalDeadline(later)).isEqualTo(LocalDate.of(2025, 7, 4));
            assertThat(tracker.rappel().internalDeadline(other)).isEqualTo(LocalDate.of(2025, 8, 15));
            TrackedCommitment t = found(tracker.overdue(14), later);
            assertThat(t.urgency()).isEqualTo(Urgency.ON_TRACK);
            assertThat(t.passing()).isEqualTo(new Passing(Passing.Kind.INTERNAL_SOON, LocalDate.of(2025, 7, 4)));
            assertThat(OverdueWords.passing(t, Messages.forLanguage("nl")))
                    .isEqualTo("intern: stuk moet 4 juli 2025 bij de minister zijn");

            tracker.rappel().setDossierWorkingDays("Wetenschap", null);
            assertThat(tracker.rappel().internalDeadline(later)).as("the house rule again").isEqualTo(LocalDate.of(2025, 8, 15));
            assertThatThrownBy(() -> tracker.rappel().setDossierWorkingDays("Wetenschap", 61))
                    .isInstanceOfSatisfying(Rappel.Refused.class, r -> assertThat(r.notes()).extracting(Rappel.Note::field)
                            .containsExactly(Rappel.Field.WORKING_DAYS));
            assertThatThrownBy(() -> tracker.rappel().setDossierWorkingDays(" ", 5))
                    .isInstanceOf(Rappel.Refused.class);
        }
    }

    @Test
    void aTypedDayWinsIsInTheHistoryAndGoesWithAPostponement() {
        try (Tracker tracker = open()) {
            long id = add(tracker, "Brief over klachtenregelingen", "Sociale veiligheid", "2025-09-30");

            assertThat(tracker.rappel().typeInternalDeadline(id, LocalDate.of(2025, 6, 20))).isTrue();
            assertThat(tracker.rappel().typeInternalDeadline(id, LocalDate.of(2025, 6, 20))).as("no change").isFalse();
            assertThat(tracker.rappel().internalDeadline(id)).isEqualTo(LocalDate.of(2025, 6, 20));
            assertThat(found(tracker.overdue(14), id).passing())
                    .isEqualTo(new Passing(Passing.Kind.INTERNAL_LATE, LocalDate.of(2025, 6, 20)));
            assertThat(tracker.commitmentContext().internalDeadline(tracker.get(id).commitment()))
                    .isEqualTo(LocalDate.of(2025, 6, 20));

            assertThatThrownBy(() -> tracker.rappel().typeInternalDeadline(id, LocalDate.of(2025, 10, 1)))
                    .isInstanceOfSatisfying(Rappel.Refused.class, r -> assertThat(r.notes())
                            .extracting(Rappel.Note::key).containsExactly("rappel.internal.afterKamer"));
            assertThatThrownBy(() -> tracker.rappel().typeInternalDeadline(id, LocalDate.of(2024, 12, 1)))
                    .isInstanceOfSatisfying(Rappel.Refused.class, r -> assertThat(r.notes())
                            .extracting(Rappel.Note::key).containsExactly("rappel.internal.beforeMadeOn"));
            assertThat(tracker.rappel().typedInternalDeadline(id)).contains(LocalDate.of(2025, 6, 20));

            Rappel.Postponed moved = tracker.rappel().postpone(id, "2025-12-01", "Advies later", "Kamerbrief 2025-0456");

            assertThat(moved.warnings()).extracting(Rappel.Note::key).contains("rappel.postpone.warn.internalCleared");
            assertThat(tracker.rappel().typedInternalDeadline(id)).isEmpty();
            assertThat(tracker.rappel().internalDeadline(id)).isEqualTo(LocalDate.of(2025, 11, 17));
            assertThat(tracker.history(id)).extracting(c -> c.field()).contains("internalDeadline", "postponed");
        }
    }

    @Test
    void postponedWithoutTellingTheKamerIsLateAgainstTheOldDeadlineTellingItIsNot() {
        try (Tracker tracker = open()) {
            long quiet = add(tracker, "Monitor sociale veiligheid", "Sociale veiligheid", "2025-06-15");
            long told = add(tracker, "Voortgangsbrief", "Sociale veiligheid", "2025-06-15");
            tracker.rappel().postpone(quiet, "2025-12-01", "Data later beschikbaar", null);
            tracker.rappel().postpone(told, "2025-12-01", "Data later beschikbaar", "Kamerbrief 2025-0400");

            List<TrackedCommitment> overdue = tracker.overdue(14);

            assertThat(found(overdue, quiet).passing())
                    .isEqualTo(new Passing(Passing.Kind.KAMER_NOT_TOLD, LocalDate.of(2025, 6, 15)));
            assertThat(found(overdue, told)).as("the Kamer knows of 1 December").isNull();
            assertThat(OverdueWords.summary(overdue, 14, Messages.forLanguage("nl"))).endsWith(
                    "1 toezegging is uitgesteld zonder de Kamer te informeren.");

            // Told in a second postponement: the Kamer counts on what it was last told.
            tracker.rappel().postpone(quiet, "2026-01-15", "Nog later", "Kamerbrief 2025-0500");
            tracker.rappel().postpone(quiet, "2026-03-01", "Weer later", null);
            assertThat(tracker.rappel().facts().get(quiet).kamerKnows().latest()).isEqualTo(LocalDate.of(2026, 1, 15));
            assertThat(found(tracker.overdue(14), quiet)).isNull();
        }
    }

    @Test
    void aClosedOneHasNoInternalDeadline() {
        try (Tracker tracker = open()) {
            long id = add(tracker, "Brief over klachtenregelingen", "Sociale veiligheid", "2025-07-10");
            tracker.changeStatus(id, Status.DONE, TODAY, "Kamerbrief 2025-0500");

            assertThat(tracker.rappel().internalDeadline(id)).isNull();
            assertThat(tracker.overdue(14)).isEmpty();
        }
    }
}
