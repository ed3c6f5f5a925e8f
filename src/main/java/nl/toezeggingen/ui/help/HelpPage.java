package nl.toezeggingen.ui.help;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.domain.deadline.DeadlineParser;
import nl.toezeggingen.domain.deadline.PhraseForm;

/**
 * What the help window says, built from the program's own tables (the parser's phrase forms, the statuses,
 * the urgencies), so that a new phrase form shows up here without anyone editing the help.
 */
public record HelpPage(List<Section> sections) {

    public record Section(String title, String intro, List<Entry> entries) {
    }

    /** A term (a phrase's examples, a status word) and what it means. */
    public record Entry(String term, String text) {
    }

    public static HelpPage of(Messages messages, Path dataDirectory, int horizonDays) {
        List<Section> sections = new ArrayList<>();
        List<Entry> forms = new ArrayList<>();
        for (PhraseForm form : DeadlineParser.forms()) {
            forms.add(new Entry(String.join(" · ", form.examples()),
                    messages.get("ui.help.means", messages.get(form.descriptionKey()))));
        }
        sections.add(new Section(messages.get("ui.help.deadlines"), messages.get("ui.help.deadlines.intro"), forms));
        List<Entry> statuses = new ArrayList<>();
        for (Status status : Status.values()) {
            String text = messages.get("ui.help.status." + status.name());
            if (!status.otherWords().isEmpty()) {
                // The words other registers use, from the table an import reads them with.
                text += " " + messages.get("ui.help.status.otherWords", status.otherWords().stream()
                        .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                        .collect(java.util.stream.Collectors.joining(", ")));
            }
            statuses.add(new Entry(messages.status(status), text));
        }
        sections.add(new Section(messages.get("ui.help.statuses"), "", statuses));
        List<Entry> urgencies = new ArrayList<>();
        for (Urgency urgency : Urgency.values()) {
            urgencies.add(new Entry(messages.urgency(urgency),
                    messages.get("ui.help.urgency." + urgency.name(), horizonDays)));
        }
        sections.add(new Section(messages.get("ui.help.urgencies"), messages.get("ui.help.urgencies.intro"), urgencies));
        sections.add(new Section(messages.get("ui.help.data"), messages.get("ui.help.data.folder", dataDirectory),
                List.of(new Entry("", messages.get("ui.help.data.backups", dataDirectory.resolve("backups"))))));
        sections.add(new Section(messages.get("ui.help.keys"), messages.get("ui.help.keys.text"), List.of()));
        return new HelpPage(List.copyOf(sections));
    }

    /** Everything as one plain text: what a search of the help (and its test) reads. */
    public String text() {
        StringBuilder all = new StringBuilder();
        for (Section section : sections) {
            all.append(section.title()).append('\n').append(section.intro()).append('\n');
            for (Entry entry : section.entries()) {
                all.append(entry.term()).append(": ").append(entry.text()).append('\n');
            }
        }
        return all.toString();
    }
}
