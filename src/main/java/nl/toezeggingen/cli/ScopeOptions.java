package nl.toezeggingen.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.Text;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.domain.overview.Scope;
import picocli.CommandLine.Option;

/** --dossier, --line, --status, --urgency: which commitments an overview covers. */
final class ScopeOptions {
    @Option(names = "--dossier", paramLabel = "D", descriptionKey = "cli.help.scope.dossier")
    String dossier;

    @Option(names = "--line", paramLabel = "L", descriptionKey = "cli.help.scope.line")
    String line;

    @Option(names = "--status", paramLabel = "S", descriptionKey = "cli.help.scope.status")
    String status;

    @Option(names = "--urgency", paramLabel = "U", descriptionKey = "cli.help.scope.urgency")
    String urgency;

    @Option(names = "--chamber", paramLabel = "tk|ek", descriptionKey = "cli.help.scope.chamber")
    String chamber;

    @Option(names = "--committee", paramLabel = "C", descriptionKey = "cli.help.scope.committee")
    String committee;

    @Option(names = "--promised-to", paramLabel = "NAME", descriptionKey = "cli.help.scope.promisedTo")
    String promisedTo;

    Scope scope(Messages messages) {
        Status s = status == null ? null : Inputs.status(status, messages);
        Urgency u = urgency == null ? null : urgency(urgency, messages);
        nl.toezeggingen.domain.Chamber k = chamber == null ? null : nl.toezeggingen.domain.Chamber.of(chamber)
                .orElseThrow(() -> new BadInput(messages.get("cli.chamber.unknown", Text.printable(chamber))));
        return new Scope(Text.clean(dossier), Text.clean(line), s, u, k, Text.clean(committee), Text.clean(promisedTo));
    }

    /** An urgency by its code word (due_soon, due-soon) or by its word in either language (te laat). */
    static Urgency urgency(String text, Messages messages) {
        String key = Text.key(text);
        // The user's own messages are one of these two: --lang knows no other language.
        Messages dutch = Messages.forLanguage("nl");
        Messages english = Messages.forLanguage("en");
        for (Urgency u : Urgency.values()) {
            if (key.equals(Text.key(u.name())) || key.equals(Text.key(dutch.urgency(u)))
                    || key.equals(Text.key(english.urgency(u)))) {
                return u;
            }
        }
        String choices = Arrays.stream(Urgency.values()).map(u -> u.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw new BadInput(messages.get("overview.urgency.unknown", text, choices));
    }
}
