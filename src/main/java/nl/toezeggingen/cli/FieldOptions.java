package nl.toezeggingen.cli;

import java.time.LocalDate;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import picocli.CommandLine.Option;

/** The fields `add` and `edit` share. Only the options given change anything; an empty value clears a field. */
final class FieldOptions {
    @Option(names = "--title", paramLabel = "T", descriptionKey = "cli.help.field.title")
    String title;
    @Option(names = "--deadline", paramLabel = "PHRASE", descriptionKey = "cli.help.field.deadline")
    String deadline;
    @Option(names = "--earliest", paramLabel = "DATE", descriptionKey = "cli.help.field.earliest")
    String earliest;
    @Option(names = "--latest", paramLabel = "DATE", descriptionKey = "cli.help.field.latest")
    String latest;
    @Option(names = "--made-on", paramLabel = "DATE", descriptionKey = "cli.help.field.madeOn")
    String madeOn;
    @Option(names = "--made-in", paramLabel = "DEBATE_OR_LETTER", descriptionKey = "cli.help.field.madeIn")
    String madeIn;
    @Option(names = "--made-by", paramLabel = "MINISTER", descriptionKey = "cli.help.field.madeBy")
    String madeBy;
    @Option(names = "--dossier", paramLabel = "D", descriptionKey = "cli.help.field.dossier")
    String dossier;
    @Option(names = "--line", paramLabel = "L", descriptionKey = "cli.help.field.line")
    String line;
    @Option(names = "--owner", paramLabel = "O", descriptionKey = "cli.help.field.owner")
    String owner;
    @Option(names = "--reference", paramLabel = "R", descriptionKey = "cli.help.field.reference")
    String reference;
    @Option(names = "--text", paramLabel = "X", descriptionKey = "cli.help.field.text")
    String text;
    @Option(names = "--status", paramLabel = "S", descriptionKey = "cli.help.field.status")
    String status;
    @Option(names = "--depends-on", paramLabel = "ID", descriptionKey = "cli.help.field.dependsOn")
    String dependsOn;
    @Option(names = "--notes", paramLabel = "N", descriptionKey = "cli.help.field.notes")
    String notes;
    @Option(names = "--chamber", paramLabel = "tk|ek", descriptionKey = "cli.help.field.chamber")
    String chamber;
    @Option(names = "--committee", paramLabel = "C", descriptionKey = "cli.help.field.committee")
    String committee;
    /** Repeatable; the names given replace the list, one empty value clears it. */
    @Option(names = "--promised-to", paramLabel = "NAME", descriptionKey = "cli.help.field.promisedTo")
    java.util.List<String> promisedTo;

    /**
     * The deadline as the command line settles it: a phrase that counts from the made-on date ("binnen zes
     * weken") without one is refused with a pointer to --made-on, never counted from today (issue 16).
     */
    private static Deadline settle(Tracker tracker, Messages messages, String phrase, LocalDate earliest,
            LocalDate latest, LocalDate madeOn) {
        try {
            return tracker.settleDeadlineStrictly(phrase, earliest, latest, madeOn);
        } catch (nl.toezeggingen.domain.InvalidCommitmentException e) {
            if (e.problems().stream().anyMatch(p -> p.key().equals("deadline.refused.noMadeOn"))) {
                throw new BadInput(messages.get("cli.add.needsMadeOn", phrase));
            }
            throw e;
        }
    }

    /** Applies the given options to {@code base}; every value is checked before anything is applied. */
    Commitment applyTo(Commitment base, Tracker tracker, Messages messages) {
        Commitment.Builder b = base.toBuilder();
        if (title != null) {
            b.title(title);
        }
        LocalDate newMadeOn = madeOn != null ? Inputs.date(madeOn, messages) : base.madeOn();
        b.madeOn(newMadeOn);
        Deadline d = base.deadline();
        if (deadline != null || earliest != null || latest != null) {
            // A new phrase alone brings its own dates; dates typed with it win over the phrase.
            boolean phraseOnly = deadline != null && earliest == null && latest == null;
            String phrase = deadline != null ? deadline : d.phrase();
            b.deadline(settle(tracker, messages, phrase,
                    earliest != null ? Inputs.date(earliest, messages) : phraseOnly ? null : d.earliest(),
                    latest != null ? Inputs.date(latest, messages) : phraseOnly ? null : d.latest(),
                    newMadeOn));
        } else if (madeOn != null && tracker.deadlines().followsPhrase(d, base.madeOn(), tracker.today())) {
            // "voor de zomer" means another summer when the promise turns out to be made later.
            b.deadline(settle(tracker, messages, d.phrase(), null, null, newMadeOn));
        }
        if (madeIn != null) {
            b.madeIn(madeIn);
        }
        if (madeBy != null) {
            b.madeBy(madeBy);
        }
        if (dossier != null) {
            b.dossier(dossier);
        }
        if (line != null) {
            b.line(line);
        }
        if (owner != null) {
            b.owner(owner);
        }
        if (reference != null) {
            b.reference(reference);
        }
        if (text != null) {
            b.text(text);
        }
        if (status != null) {
            b.status(Inputs.status(status, messages));
        }
        if (dependsOn != null) {
            b.dependsOn(Inputs.id(dependsOn, messages));
        }
        if (notes != null) {
            b.notes(notes);
        }
        if (chamber != null) {
            b.chamber(chamber.isBlank() ? null : nl.toezeggingen.domain.Chamber.of(chamber).orElseThrow(
                    () -> new BadInput(messages.get("cli.chamber.unknown", nl.toezeggingen.domain.Text.printable(chamber)))));
        }
        if (committee != null) {
            b.committee(committee);
        }
        if (promisedTo != null) {
            b.promisedTo(promisedTo.stream().flatMap(n -> nl.toezeggingen.domain.Text.names(n).stream()).toList());
        }
        return b.build();
    }
}
