package nl.toezeggingen.cli;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.report.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The user's agenda: every event with its number, day, kind, status and dossier. */
@Command(name = "events")
final class EventsCommand extends Subcommand {
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "cli.help.events.format")
    Format format;

    @Override
    public Integer call() {
        try (Tracker tracker = root.openToRead()) {
            List<Event> events = tracker.events().list();
            out().println(format == Format.json ? EventJson.array(events) : text(events, root.messages()));
            out().flush();
        }
        return Cli.OK;
    }

    static String text(List<Event> events, Messages messages) {
        if (events.isEmpty()) {
            return messages.get("cli.events.none");
        }
        StringBuilder text = new StringBuilder();
        for (Event event : events) {
            text.append(line(event, messages)).append(System.lineSeparator());
        }
        return text.toString().stripTrailing();
    }

    /** "3  12 mrt. 2025  Commissiedebat hoger onderwijs (debat, onbevestigd; Hoger onderwijs)". */
    static String line(Event event, Messages messages) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        String when;
        if (!event.hasDate()) {
            when = messages.get("cli.events.noDate");
        } else if (event.isWindow()) {
            when = messages.get("cli.events.window", day.format(event.earliest()), day.format(event.latest()));
        } else {
            when = day.format(event.latest());
        }
        String about = messages.get("agenda.kind." + event.kind().json()) + ", "
                + messages.get("agenda.status." + event.status().json())
                + (event.dossier() == null ? "" : "; " + event.dossier());
        return String.format("%4d  %-14s  %s (%s)", event.id(), when, event.name(), about);
    }
}
