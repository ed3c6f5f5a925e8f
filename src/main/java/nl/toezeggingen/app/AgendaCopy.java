package nl.toezeggingen.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.toezeggingen.domain.agenda.Agenda;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.agenda.EventKind;
import nl.toezeggingen.domain.agenda.EventStatus;
import nl.toezeggingen.report.EventJson;

/**
 * A copy of the agenda beside the data ({@code agenda.json}, in the form of {@code events --format json}), so
 * that {@code resolve} can read "voor het commissiedebat …" while the window holds the database, as it reads
 * the house rule from {@link EarlySettings}' file. The database stays the source: the copy is rewritten after
 * every change of the agenda and whenever the agenda is read and the copy differs.
 */
final class AgendaCopy {
    static final String FILE = "agenda.json";
    private static final System.Logger LOG = System.getLogger(AgendaCopy.class.getName());

    private AgendaCopy() {
    }

    /** Writes the copy when it differs from {@code events}; a failure is logged, never the user's problem. */
    static void keep(Path folder, List<Event> events) {
        Path file = folder.resolve(FILE);
        byte[] wanted = EventJson.array(events).getBytes(StandardCharsets.UTF_8);
        try {
            if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), wanted)) {
                return;
            }
            SafeFiles.write(file, wanted);
        } catch (IOException e) {
            // Only `resolve` with the window open misses it, and says so; the agenda itself is in the database.
            LOG.log(System.Logger.Level.WARNING, "could not write " + file + ": " + e.getMessage());
        }
    }

    /** The agenda as the copy has it; empty when there is no copy or it cannot be read. */
    static Optional<Agenda> read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<Event> events = new ArrayList<>();
            for (JsonNode node : new ObjectMapper().readTree(file.toFile())) {
                events.add(new Event(node.get("id").asLong(), text(node, "name"),
                        EventKind.ofJson(text(node, "kind")).orElse(EventKind.OTHER), day(node, "earliest"),
                        day(node, "latest"), EventStatus.ofJson(text(node, "status")).orElse(EventStatus.UNCONFIRMED),
                        text(node, "dossier"), text(node, "source"), false));
            }
            return Optional.of(Agenda.of(events));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not read " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static LocalDate day(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : LocalDate.parse(text);
    }
}
