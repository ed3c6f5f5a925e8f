package nl.toezeggingen.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.DeletedCommitment;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.Urgency;

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

    /**
     * The same array as {@link #array}, written as it goes: a register of 100,000 commitments never becomes
     * one tree and one string of 60 MB in memory first (that made {@code list --format json} eight times slower).
     */
    public static void writeArray(List<TrackedCommitment> commitments, java.io.Writer out) throws java.io.IOException {
        writeArray(commitments::forEach, out);
    }

    /** As {@link #writeArray(List, java.io.Writer)}, from a source that hands over one commitment at a time. */
    public static void writeArray(java.util.function.Consumer<java.util.function.Consumer<TrackedCommitment>> source,
            java.io.Writer out) throws java.io.IOException {
        try (com.fasterxml.jackson.core.JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
            json.configure(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            source.accept(commitment -> {
                try {
                    MAPPER.writeTree(json, node(commitment));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            json.writeEndArray();
        }
    }

    /**
     * The bin (`list --deleted`): each commitment in its usual shape, its urgency as if it were in the list,
     * then {@code deletedAt} (an ISO instant, UTC) and {@code deletedBy}, keys only this list has.
     */
    public static String deletedArray(List<DeletedCommitment> deleted, LocalDate today, int horizonDays) {
        ArrayNode array = MAPPER.createArrayNode();
        for (DeletedCommitment d : deleted) {
            ObjectNode node = node(new TrackedCommitment(d.commitment(), Urgency.of(d.commitment(), today, horizonDays)));
            node.put("deletedAt", d.deletedAt().toString());
            node.put("deletedBy", d.deletedBy());
            array.add(node);
        }
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
        // Issue 16: what sort of deadline; "recurrence" only means something for a recurring one.
        node.put("kind", d.kind().json());
        node.put("recurrence", d.recurrence() == null ? null : d.recurrence().json());
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
