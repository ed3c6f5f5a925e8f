package nl.toezeggingen.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.TrackedCommitment;

/** Commitments in DESIGN.md's JSON shape; fields beyond that shape come after it. */
public final class CommitmentJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CommitmentJson() {
    }

    public static String array(List<TrackedCommitment> commitments) {
        ArrayNode array = MAPPER.createArrayNode();
        commitments.forEach(c -> array.add(node(c)));
        return write(array);
    }

    public static String one(TrackedCommitment commitment) {
        return write(node(commitment));
    }

    public static ObjectNode node(TrackedCommitment tracked) {
        Commitment c = tracked.commitment();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", c.id());
        node.put("reference", c.reference());
        node.put("title", c.title());
        node.put("text", c.text());
        node.put("dossier", c.dossier());
        node.put("line", c.line());
        node.put("status", c.status().name());
        node.put("urgency", tracked.urgency().name());
        node.set("deadline", deadline(c.deadline()));
        node.put("madeOn", iso(c.madeOn()));
        node.put("owner", c.owner());
        node.put("dependsOn", c.dependsOn());
        node.put("fulfilledOn", iso(c.fulfilledOn()));
        node.put("fulfilledBy", c.fulfilledBy());
        node.put("madeIn", c.madeIn());
        node.put("madeBy", c.madeBy());
        node.put("notes", c.notes());
        return node;
    }

    static ObjectNode deadline(Deadline d) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("phrase", d.phrase());
        node.put("earliest", iso(d.earliest()));
        node.put("latest", iso(d.latest()));
        node.put("estimated", d.estimated());
        return node;
    }

    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("JSON of plain values cannot fail", e);
        }
    }
}
