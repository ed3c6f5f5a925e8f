package nl.toezeggingen.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.toezeggingen.domain.Commitment.Field;
import nl.toezeggingen.domain.ImportFormat;
import nl.toezeggingen.domain.ImportIssue;

/** What `list --format json` and `export --format json` print, read back field for field. */
final class OwnJson {
    private static final Map<String, Field> FIELDS = Map.ofEntries(
            Map.entry("reference", Field.REFERENCE), Map.entry("title", Field.TITLE), Map.entry("text", Field.TEXT),
            Map.entry("dossier", Field.DOSSIER), Map.entry("line", Field.LINE), Map.entry("status", Field.STATUS),
            Map.entry("madeOn", Field.MADE_ON), Map.entry("madeIn", Field.MADE_IN), Map.entry("madeBy", Field.MADE_BY),
            Map.entry("owner", Field.OWNER), Map.entry("fulfilledOn", Field.FULFILLED_ON),
            Map.entry("fulfilledBy", Field.FULFILLED_BY), Map.entry("notes", Field.NOTES),
            Map.entry("chamber", Field.CHAMBER), Map.entry("committee", Field.COMMITTEE));
    private static final String PROMISED_TO = "promisedTo";
    private static final String DEPENDS_ON = "dependsOn";
    private static final Map<String, Field> DEADLINE = Map.of(
            "phrase", Field.DEADLINE_PHRASE, "earliest", Field.DEADLINE_EARLIEST, "latest", Field.DEADLINE_LATEST);

    private OwnJson() {
    }

    static Parsed read(byte[] bytes) {
        List<RawRow> rows = new ArrayList<>();
        List<ImportIssue> issues = new ArrayList<>();
        Map<Field, String> columns = new EnumMap<>(Field.class);
        FIELDS.forEach((name, field) -> columns.put(field, name));
        DEADLINE.forEach((name, field) -> columns.put(field, "deadline." + name));
        columns.put(Field.DEPENDS_ON, DEPENDS_ON);
        columns.put(Field.PROMISED_TO, PROMISED_TO);
        ImportIssue broken = JsonRecords.read(bytes, (line, node) -> rows.add(row(line, node)));
        if (Table.tooManyRows().equals(broken)) {
            return Parsed.failed(ImportFormat.JSON, broken);
        }
        if (broken != null) {
            issues.add(broken);
        }
        return new Parsed(ImportFormat.JSON, rows, columns, List.of(), 0, issues);
    }

    private static RawRow row(int line, JsonNode node) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        FIELDS.forEach((name, field) -> put(values, node, name, field));
        JsonNode names = node.get(PROMISED_TO);
        if (names != null && names.isArray()) {
            // One name a line: a name may hold a semicolon no more than a line break, so none is lost.
            List<String> each = new ArrayList<>();
            names.forEach(name -> each.add(name.isTextual() ? name.asText().replace(';', ',') : name.toString()));
            values.put(Field.PROMISED_TO, String.join("; ", each));
        }
        JsonNode deadline = node.get("deadline");
        if (deadline != null && deadline.isObject()) {
            DEADLINE.forEach((name, field) -> put(values, deadline, name, field));
        }
        return new RawRow(line, values, number(node, "id"), number(node, DEPENDS_ON), false);
    }

    private static void put(Map<Field, String> values, JsonNode node, String name, Field field) {
        if (node.has(name)) {
            String text = JsonRecords.text(node, name);
            values.put(field, text == null ? "" : text);
        }
    }

    private static Long number(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.canConvertToLong() ? value.asLong() : null;
    }
}
