package nl.toezeggingen.cli;

import java.time.LocalDate;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Rappel;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.Commitment;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `internal ID [--on DATE | --by-rule]`: the day the piece must reach the minister; typed for this commitment, or
 * back to the rule (the house's or its dossier's). Without an option it says the day and where it comes from.
 */
@Command(name = "internal")
final class InternalCommand extends OneCommitmentCommand {
    @ArgGroup(exclusive = true)
    Choice choice;

    static final class Choice {
        @Option(names = "--on", paramLabel = "DATE", required = true, descriptionKey = "cli.help.internal.on")
        String on;

        @Option(names = "--by-rule", required = true, descriptionKey = "cli.help.internal.byRule")
        boolean byRule;
    }

    @Override
    public Integer call() {
        Messages messages = root.messages();
        long number = commitmentId();
        LocalDate day = choice == null || choice.on == null ? null : Inputs.date(choice.on, messages);
        if (choice != null && choice.on != null && day == null) {
            throw new BadInput(messages.get("cli.internal.on.empty"));
        }
        try (Tracker tracker = choice == null ? root.openToRead() : root.openTracker()) {
            Rappel rappel = tracker.rappel();
            if (choice != null) {
                rappel.typeInternalDeadline(number, day);
            }
            Commitment commitment = tracker.get(number).commitment();
            out().println(says(commitment, rappel, messages));
        } catch (Rappel.Refused refused) {
            throw new BadInput(RappelNotes.text(refused.notes(), messages));
        }
        return Cli.OK;
    }

    /** "Interne termijn van toezegging 12: 26 juni 2025 (10 werkdagen vóór 10 juli 2025, de regel van het huis)." */
    private static String says(Commitment c, Rappel rappel, Messages messages) {
        String number = String.valueOf(c.id());
        LocalDate internal = rappel.internalDeadline(c.id());
        if (internal == null) {
            return messages.get(c.status().isClosed() ? "cli.internal.closed" : "cli.internal.none", number);
        }
        if (rappel.typedInternalDeadline(c.id()).isPresent()) {
            return messages.get("cli.internal.typed", number, internal);
        }
        var rule = rappel.internalRule();
        int days = rule.workingDays(c.dossier());
        boolean own = c.dossier() != null && rule.dossierDays().containsKey(c.dossier());
        return own ? messages.get("cli.internal.dossierRule", number, internal, days, c.deadline().latest(), c.dossier())
                : messages.get("cli.internal.houseRule", number, internal, days, c.deadline().latest());
    }
}
