package nl.toezeggingen.domain.overview;

import java.time.LocalDate;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.agenda.Event;

/**
 * One commitment as the overview shows it: everything it has, plus the latest note, which is what a
 * reader of a status overview looks for ("stand van zaken"), the day it was done and the moment its deadline
 * rests on.
 *
 * @param doneOn the fulfilment date, or when none was given the day the status was set to (partly) done;
 *               null when neither is known
 * @param event  for a deadline tied to a moment ("voor het commissiedebat X"): that moment as the agenda has it
 *               (its name and date), or, when the agenda lacks it, named as the phrase names it without id or date;
 *               null for any other deadline. The stored deadline holds only the tie, so the overview carries this.
 */
public record Row(TrackedCommitment tracked, String latestNote, LocalDate doneOn, Event event,
                  nl.toezeggingen.domain.rappel.RappelFacts rappel, LocalDate internalDeadline) {

    public Row {
        rappel = java.util.Objects.requireNonNullElse(rappel, nl.toezeggingen.domain.rappel.RappelFacts.NONE);
    }

    public Row(TrackedCommitment tracked, String latestNote, LocalDate doneOn) {
        this(tracked, latestNote, doneOn, null);
    }

    public Row(TrackedCommitment tracked, String latestNote, LocalDate doneOn, Event event) {
        this(tracked, latestNote, doneOn, event, null, null);
    }

    /**
     * The same row with what the rappel knows: the latest dated stand van zaken ("12-06-2025: concept bij DGHO")
     * is the row's stand van zaken when there is one, before the last paragraph of the notes.
     */
    public Row withRappel(nl.toezeggingen.domain.rappel.RappelFacts facts, LocalDate internal) {
        String note = facts.progress() == null ? latestNote
                : facts.progress().on().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-uuuu")) + ": "
                        + facts.progress().text();
        return new Row(tracked, note, doneOn, event, facts, internal);
    }

    public Commitment commitment() {
        return tracked.commitment();
    }

    /** Done or partly done: something was delivered, so the overview says with what (or that nothing is named). */
    public boolean isFulfilled() {
        return fulfilled(commitment().status());
    }

    private static boolean fulfilled(Status status) {
        return status == Status.DONE || status == Status.PARTLY_DONE;
    }

    public static Row of(TrackedCommitment tracked) {
        return of(tracked, null);
    }

    /**
     * {@code statusSetOn}: the day the commitment got its (partly) done status, from its history; used only
     * when no fulfilment date was typed, so marking it Afgedaan is enough to show it under "Recent afgedaan".
     */
    public static Row of(TrackedCommitment tracked, LocalDate statusSetOn) {
        return of(tracked, statusSetOn, null);
    }

    /** As {@link #of(TrackedCommitment, LocalDate)}, with the moment its deadline is tied to (or null). */
    public static Row of(TrackedCommitment tracked, LocalDate statusSetOn, Event event) {
        Commitment c = tracked.commitment();
        LocalDate doneOn = c.fulfilledOn() != null ? c.fulfilledOn() : fulfilled(c.status()) ? statusSetOn : null;
        return new Row(tracked, latestNote(c.notes()), doneOn, c.deadline().isEvent() ? event : null);
    }

    /** The last paragraph of the notes, on one line: notes grow at the bottom, so that is the newest. */
    static String latestNote(String notes) {
        if (notes == null) {
            return null;
        }
        String[] paragraphs = notes.split("\\R\\s*\\R");
        for (int i = paragraphs.length - 1; i >= 0; i--) {
            String paragraph = paragraphs[i].strip().replaceAll("\\s+", " ");
            if (!paragraph.isEmpty()) {
                return paragraph;
            }
        }
        return null;
    }
}
