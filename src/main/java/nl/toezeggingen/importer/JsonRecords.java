package nl.toezeggingen.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import nl.toezeggingen.domain.ImportIssue;

/**
 * The records of a JSON file: a bare array of objects, or an OData response whose {@code value} holds
 * them. Each comes with the line it starts on, so that the report can point into the file.
 */
final class JsonRecords {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonRecords() {
    }

    /** Hands each record to {@code each}; returns what stopped the reading, or null when the file was whole. */
    static ImportIssue read(byte[] bytes, BiConsumer<Integer, JsonNode> each) {
        try (JsonParser parser = MAPPER.getFactory().createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return ImportIssue.error(0, null, "import.file.empty");
            }
            if (first == JsonToken.START_OBJECT && !toValueArray(parser)) {
                return ImportIssue.error(1, null, "import.json.noRecords");
            }
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                return ImportIssue.error(1, null, "import.json.noRecords");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = (int) parser.currentTokenLocation().getLineNr();
                each.accept(line, parser.readValueAsTree());
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                return ImportIssue.error((int) parser.currentTokenLocation().getLineNr(), null,
                        "import.json.notRecord");
            }
            return null;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return ImportIssue.error(Math.max(line, 0), null, "import.json.broken", e.getOriginalMessage());
        } catch (IOException e) {
            return ImportIssue.error(0, null, "import.file.unreadable", e.getMessage());
        }
    }

    private static boolean toValueArray(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if ("value".equals(name) && parser.currentToken() == JsonToken.START_ARRAY) {
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }

    /** A field's text; numbers and booleans as written, null and absent as null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
