package nl.toezeggingen.cli;

import java.util.Map;
import java.util.TreeMap;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Rappel;
import nl.toezeggingen.app.Setting;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.rappel.InternalRule;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `internal-rule [--dossier D] [--working-days N | --house]`: how many working days before the Kamer's deadline a
 * piece must reach the minister, for the house or one dossier; without a change it lists the rules.
 */
@Command(name = "internal-rule")
final class InternalRuleCommand extends Subcommand {
    @Option(names = "--dossier", paramLabel = "D", descriptionKey = "cli.help.internalRule.dossier")
    String dossier;

    @ArgGroup(exclusive = true)
    Change change;

    static final class Change {
        @Option(names = "--working-days", paramLabel = "N", required = true, descriptionKey = "cli.help.internalRule.days")
        String days;

        @Option(names = "--house", required = true, descriptionKey = "cli.help.internalRule.house")
        boolean house;
    }

    @Override
    public Integer call() {
        Messages messages = root.messages();
        Integer days = change == null || change.days == null ? null : workingDays(change.days, messages);
        if (change != null && change.house && dossier == null) {
            throw new BadInput(messages.get("cli.internalRule.house.noDossier"));
        }
        try (Tracker tracker = change == null ? root.openToRead() : root.openTracker()) {
            Rappel rappel = tracker.rappel();
            if (change != null && dossier == null) {
                tracker.settings().put(Setting.INTERNAL_DAYS, days);
            } else if (change != null) {
                rappel.setDossierWorkingDays(dossier, days);
            }
            list(rappel.internalRule(), messages);
        } catch (Rappel.Refused refused) {
            throw new BadInput(RappelNotes.text(refused.notes(), messages));
        }
        return Cli.OK;
    }

    private void list(InternalRule rule, Messages messages) {
        var out = out();
        out.println(messages.get("cli.internalRule.house", rule.houseDays()));
        for (Map.Entry<String, Integer> own : new TreeMap<>(rule.dossierDays()).entrySet()) {
            out.println(messages.get("cli.internalRule.dossier", own.getKey(), own.getValue()));
        }
        out.flush();
    }

    /** 0 to 60 as a whole number; anything else exit 2 before the data is opened. */
    private static int workingDays(String text, Messages messages) {
        try {
            int n = Integer.parseInt(text.strip());
            if (InternalRule.allowed(n)) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadInput(messages.get("rappel.internal.days.range", nl.toezeggingen.domain.Text.printable(text),
                nl.toezeggingen.domain.rappel.InternalDeadline.MAX_WORKING_DAYS));
    }
}
