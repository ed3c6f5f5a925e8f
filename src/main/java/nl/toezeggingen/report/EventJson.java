package nl.toezeggingen.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import nl.toezeggingen.domain.agenda.Event;

/**
 * The agenda as JSON for `events --format json`: the contract's {"id", "name", "kind", "date", "status",
 * "dossier"}, where "date" is the event's one day (null without a date or for a window), and beside them
 * "earliest", "latest" (a window's ends) and "source".
 */
public final class EventJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EventJson() {
    }

    public static String array(List<Event> events) {
        ArrayNode array = MAPPER.createArrayNode();
        events.forEach(event -> array.add(object(event)));
        try {
            return MAPPER.writeValueAsString(array);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode object(Event event) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", event.id());
        node.put("name", event.name());
        node.put("kind", event.kind().json());
        node.put("date", iso(event.date()));
        node.put("status", event.status().json());
        node.put("dossier", event.dossier());
        node.put("earliest", iso(event.earliest()));
        node.put("latest", iso(event.latest()));
        node.put("source", event.source());
        return node;
    }

    private static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
