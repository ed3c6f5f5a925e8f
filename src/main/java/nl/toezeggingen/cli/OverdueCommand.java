package nl.toezeggingen.cli;

import java.util.List;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.OverdueWords;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.report.CommitmentJson;
import nl.toezeggingen.report.CommitmentText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "overdue")
final class OverdueCommand extends Subcommand {
    @Option(names = "--within", paramLabel = "DAYS", descriptionKey = "cli.help.overdue.within")
    String within;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "cli.help.textOrJson")
    String format;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        Integer days = within == null ? null : Inputs.days(within, messages);
        boolean json = Inputs.isJson(format, messages);
        try (Tracker tracker = root.openToRead()) {
            int horizon = days != null ? days : tracker.horizonDays();
            List<TrackedCommitment> found = tracker.overdue(horizon);
            long overdue = found.stream().filter(t -> t.urgency() == Urgency.OVERDUE).count();
            var out = out();
            if (json) {
                ListFormat.writeJson(found::forEach, tracker.commitmentContext(), out);
            } else {
                out.println(OverdueWords.summary(found, horizon, messages));
                if (!found.isEmpty()) {
                    out.print(CommitmentText.table(found, messages::get, tracker.commitmentContext()));
                    OverdueWords.passingLines(found, messages).forEach(out::println);
                }
            }
            out.flush();
            return overdue > 0 ? Cli.OVERDUE_FOUND : Cli.OK;
        }
    }
}
