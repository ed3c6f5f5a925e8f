package nl.toezeggingen.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.rappel.RappelFacts;
import nl.toezeggingen.domain.DeletedCommitment;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.domain.agenda.Event;

/**
 * Commitments in DESIGN.md's JSON shape; fields beyond that shape come after it. The deadline's {@code "event"} names
 * the moment it is tied to, from the {@link CommitmentContext} handed in (the store keeps only the tie): without one, what
 * the deadline itself knows.
 */
public final class CommitmentJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CommitmentJson() {
    }

    public static String array(List<TrackedCommitment> commitments) {
        return array(commitments, CommitmentContext.AS_STORED);
    }

    public static String array(List<TrackedCommitment> commitments, CommitmentContext events) {
        ArrayNode array = MAPPER.createArrayNode();
        commitments.forEach(c -> array.add(node(c, events)));
        return write(array);
    }

    /**
     * The same array as {@link #array}, written as it goes: a register of 100,000 commitments never becomes
     * one tree and one string of 60 MB in memory first (that made {@code list --format json} eight times slower).
     */
    public static void writeArray(List<TrackedCommitment> commitments, java.io.Writer out) throws java.io.IOException {
        writeArray(commitments::forEach, CommitmentContext.AS_STORED, out);
    }

    /** As {@link #writeArray(List, java.io.Writer)}, from a source that hands over one commitment at a time. */
    public static void writeArray(java.util.function.Consumer<java.util.function.Consumer<TrackedCommitment>> source,
            java.io.Writer out) throws java.io.IOException {
        writeArray(source, CommitmentContext.AS_STORED, out);
    }

    /** As above, each deadline's moment named by {@code events}. */
    public static void writeArray(java.util.function.Consumer<java.util.function.Consumer<TrackedCommitment>> source,
            CommitmentContext events, java.io.Writer out) throws java.io.IOException {
        try (com.fasterxml.jackson.core.JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
            json.configure(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            source.accept(commitment -> {
                try {
                    MAPPER.writeTree(json, node(commitment, events));
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
        return deletedArray(deleted, today, horizonDays, CommitmentContext.AS_STORED);
    }

    public static String deletedArray(List<DeletedCommitment> deleted, LocalDate today, int horizonDays,
            CommitmentContext events) {
        ArrayNode array = MAPPER.createArrayNode();
        for (DeletedCommitment d : deleted) {
            ObjectNode node = node(new TrackedCommitment(d.commitment(), Urgency.of(d.commitment(), today, horizonDays)),
                    events);
            node.put("deletedAt", d.deletedAt().toString());
            node.put("deletedBy", d.deletedBy());
            array.add(node);
        }
        return write(array);
    }

    public static String one(TrackedCommitment commitment) {
        return one(commitment, CommitmentContext.AS_STORED);
    }

    public static String one(TrackedCommitment commitment, CommitmentContext events) {
        return write(node(commitment, events));
    }

    public static ObjectNode node(TrackedCommitment tracked) {
        return node(tracked, CommitmentContext.AS_STORED);
    }

    public static ObjectNode node(TrackedCommitment tracked, CommitmentContext context) {
        Commitment c = tracked.commitment();
        return node(tracked, context.event(c), context.rappel(c), context.internalDeadline(c));
    }

    /** {@code event}: the moment its deadline is tied to, as {@link CommitmentContext#event} gives it (null for none). */
    public static ObjectNode node(TrackedCommitment tracked, Event event) {
        return node(tracked, event, RappelFacts.NONE, null);
    }

    /**
     * As {@link #node(TrackedCommitment, Event)}, with the rappel's keys after DESIGN.md's (issue 19):
     * {@code originalDeadline} (the deadline before its first postponement, in the deadline's shape; the deadline
     * itself when it never moved), {@code postponements} (how often), {@code progress} (the latest stand van zaken,
     * {@code {"on", "text"}}, or null) and {@code internalDeadline} (when the piece must reach the minister: ten
     * working days before the Kamer's deadline; null without one or once closed).
     */
    public static ObjectNode node(TrackedCommitment tracked, Event event, RappelFacts rappel, LocalDate internal) {
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
        node.set("deadline", deadline(c.deadline(), event));
        node.put("madeOn", iso(c.madeOn()));
        node.put("owner", c.owner());
        node.put("dependsOn", c.dependsOn());
        node.put("fulfilledOn", iso(c.fulfilledOn()));
        node.put("fulfilledBy", c.fulfilledBy());
        node.put("madeIn", c.madeIn());
        node.put("madeBy", c.madeBy());
        node.put("notes", c.notes());
        Deadline original = rappel.originalOr(c.deadline());
        node.set("originalDeadline", deadline(original, original == c.deadline() ? event : null));
        node.put("postponements", rappel.postponements());
        if (rappel.progress() == null) {
            node.putNull("progress");
        } else {
            node.putObject("progress").put("on", iso(rappel.progress().on())).put("text", rappel.progress().text());
        }
        node.put("internalDeadline", iso(internal));
        node.put("chamber", c.chamber() == null ? null : c.chamber().code());
        node.put("committee", c.committee());
        var names = node.putArray("promisedTo");
        c.promisedTo().forEach(names::add);
        return node;
    }

    static ObjectNode deadline(Deadline d, Event event) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("phrase", d.phrase());
        node.put("earliest", iso(d.earliest()));
        node.put("latest", iso(d.latest()));
        node.put("estimated", d.estimated());
        // Issue 16: what sort of deadline; "recurrence" only means something for a recurring one.
        node.put("kind", d.kind().json());
        node.put("recurrence", d.recurrence() == null ? null : d.recurrence().json());
        // Issue 18: the moment a deadline of kind "event" is tied to, as in `resolve`: "id" is its number in the
        // agenda (null for a shipped moment such as the Voorjaarsnota, or one the agenda lacks: then the deadline
        // waits and both dates are null), "name" as the agenda has it or the phrase says it, "date" the moment's
        // (last) day, null without one. Null for every other kind, as "recurrence" is.
        if (d.isEvent()) {
            ObjectNode tied = node.putObject("event");
            Deadline.EventRef ref = d.event();
            tied.put("id", event != null ? event.id() : ref == null ? null : ref.id());
            tied.put("name", event != null && event.name() != null ? event.name() : ref == null ? null : ref.name());
            tied.put("date", event == null ? null : iso(event.latest()));
        } else {
            node.putNull("event");
        }
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
