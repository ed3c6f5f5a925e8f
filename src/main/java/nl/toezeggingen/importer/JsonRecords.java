package nl.toezeggingen.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import nl.toezeggingen.domain.ImportIssue;

/**
 * The records of a JSON file: a bare array of objects, an OData response whose {@code value} holds
 * them, or our own status overview (`export --format json`), whose sections hold them. Each comes with
 * the line it starts on, so that the report can point into the file.
 */
final class JsonRecords {
    /**
     * Ten times the longest field: longer strings are refused by the parser before they fill the memory;
     * shorter ones that are still too long are reported per field, as for the other formats.
     */
    static final int MAX_STRING = 10 * Table.MAX_CELL;
    /** A record is three levels down (overview, section, record); far deeper is no list of ours. */
    static final int MAX_DEPTH = 200;
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(MAX_STRING).maxNameLength(MAX_STRING).maxNestingDepth(MAX_DEPTH).build())
            .build());

    private JsonRecords() {
    }

    /**
     * Hands each record to {@code each}; returns what stopped the reading, or null when the file was whole.
     * Past {@link Table#MAX_ROWS} records it stops with {@link Table#tooManyRows()}.
     */
    static ImportIssue read(byte[] bytes, BiConsumer<Integer, JsonNode> each) {
        try (JsonParser parser = MAPPER.getFactory().createParser(bytes)) {
            try {
                return records(parser, each);
            } catch (StreamConstraintsException e) {
                // Jackson's own words are English and name its settings; ours say what the file holds.
                int line = Math.max(parser.currentLocation().getLineNr(), 0);
                return ImportIssue.error(line, null, "import.json.limit", MAX_STRING, MAX_DEPTH);
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
            return ImportIssue.error(line, null, "import.json.broken", e.getOriginalMessage());
        } catch (IOException e) {
            return ImportIssue.error(0, null, "import.file.unreadable", e.getMessage());
        }
    }

    private static ImportIssue records(JsonParser parser, BiConsumer<Integer, JsonNode> each) throws IOException {
        int[] records = {0};
        JsonToken first = parser.nextToken();
        if (first == null) {
            return ImportIssue.error(0, null, "import.file.empty");
        }
        if (first == JsonToken.START_OBJECT) {
            String holder = toRecordsArray(parser);
            if (holder == null) {
                return ImportIssue.error(1, null, "import.json.noRecords");
            }
            if (holder.equals("sections")) {
                return readSections(parser, each, records);
            }
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            return ImportIssue.error(1, null, "import.json.noRecords");
        }
        return readArray(parser, each, records);
    }

    /** Moves to the array of records in an object: "value" (OData) or "sections" (our overview). */
    private static String toRecordsArray(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (("value".equals(name) || "sections".equals(name)) && parser.currentToken() == JsonToken.START_ARRAY) {
                return name;
            }
            parser.skipChildren();
        }
        return null;
    }

    private static ImportIssue readArray(JsonParser parser, BiConsumer<Integer, JsonNode> each, int[] records)
            throws IOException {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            if (++records[0] > Table.MAX_ROWS) {
                return Table.tooManyRows();
            }
            int line = (int) parser.currentTokenLocation().getLineNr();
            each.accept(line, parser.readValueAsTree());
        }
        if (parser.currentToken() != JsonToken.END_ARRAY) {
            return ImportIssue.error((int) parser.currentTokenLocation().getLineNr(), null, "import.json.notRecord");
        }
        return null;
    }

    /** The overview's sections, each with its "commitments" array. */
    private static ImportIssue readSections(JsonParser parser, BiConsumer<Integer, JsonNode> each, int[] records)
            throws IOException {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if ("commitments".equals(name) && parser.currentToken() == JsonToken.START_ARRAY) {
                    ImportIssue broken = readArray(parser, each, records);
                    if (broken != null) {
                        return broken;
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
        return null;
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
