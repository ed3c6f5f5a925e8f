package nl.toezeggingen.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.toezeggingen.app.Deadlines;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.deadline.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "resolve")
final class ResolveCommand extends Subcommand {
    @Parameters(paramLabel = "PHRASE", arity = "1..*", descriptionKey = "cli.help.resolve.phrase")
    java.util.List<String> phrase;

    @Option(names = "--made-on", paramLabel = "DATE", descriptionKey = "cli.help.resolve.madeOn")
    String madeOn;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "cli.help.textOrJson")
    String format;

    @Override
    public Integer call() throws Exception {
        Messages messages = root.messages();
        String text = String.join(" ", phrase);
        boolean json = Inputs.isJson(format, messages);
        // Without --made-on a relative phrase is refused, never counted from today by accident (issue 16).
        LocalDate on = madeOn != null ? Inputs.date(madeOn, messages) : null;
        Resolution resolution = Deadlines.load(root.options().dataDirectory()).resolve(text, on);
        boolean agendaUnread = false;
        if (resolution.understood() && resolution.deadline().isEvent()) {
            // An event phrase: the agenda is in the database, opened only for this (and only when it exists,
            // so that resolve never creates a data folder); while the window holds it, said so below.
            java.nio.file.Path dir = root.options().dataDirectory();
            if (java.nio.file.Files.exists(dir.resolve(nl.toezeggingen.store.Database.FILE_NAME + ".mv.db"))) {
                try (var tracker = root.openToRead()) {
                    resolution = tracker.deadlines().resolve(text, on);
                } catch (nl.toezeggingen.app.DataUnavailable e) {
                    // The window's copy of the agenda, kept beside the data for this; without one, said below.
                    var copy = Deadlines.loadWithAgendaCopy(dir);
                    agendaUnread = copy.isEmpty();
                    if (copy.isPresent()) {
                        resolution = copy.get().resolve(text, on);
                    }
                }
            }
        }
        if (!resolution.understood() && resolution.refusal().key().equals("deadline.refused.noMadeOn")) {
            throw new BadInput(messages.get("cli.resolve.needsMadeOn", text));
        }
        if (!resolution.understood()) {
            throw new BadInput(messages.explanation(resolution.refusal()));
        }
        Deadline d = resolution.deadline();
        String explanation = messages.explanation(resolution.explanation());
        var out = out();
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("phrase", d.phrase());
            result.put("earliest", d.earliest() == null ? null : d.earliest().toString());
            result.put("latest", d.latest() == null ? null : d.latest().toString());
            result.put("estimated", d.estimated());
            result.put("kind", d.kind().json());
            result.put("recurrence", d.recurrence() == null ? null : d.recurrence().json());
            result.put("explanation", explanation);
            if (d.isEvent()) {
                Map<String, Object> event = new LinkedHashMap<>();
                var named = resolution.event();
                event.put("id", named == null ? null : named.id());
                event.put("name", named == null ? d.event() == null ? null : d.event().name() : named.name());
                event.put("date", named == null || named.latest() == null ? null : named.latest().toString());
                result.put("event", event);
            }
            out.println(new ObjectMapper().writeValueAsString(result));
        } else {
            String window = d.kind() == Deadline.Kind.START ? messages.get("cli.resolve.start", d.earliest().toString())
                    : d.latest() == null && d.isEvent() ? messages.get("cli.resolve.waiting")
                    : d.latest() == null ? messages.get("cli.resolve.noDeadline")
                    : d.earliest() == null ? d.latest().toString() : d.earliest() + ".." + d.latest();
            out.println(d.estimated() ? messages.get("cli.resolve.estimated", window) : window);
            out.println(explanation);
        }
        if (agendaUnread) {
            spec.commandLine().getErr().println(messages.get("cli.resolve.agendaUnread"));
        }
        out.flush();
        return Cli.OK;
    }
}
