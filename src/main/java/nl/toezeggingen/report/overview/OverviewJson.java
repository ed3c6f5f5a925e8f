package nl.toezeggingen.report.overview;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.toezeggingen.domain.overview.Overview;
import nl.toezeggingen.domain.overview.Row;
import nl.toezeggingen.domain.overview.Scope;
import nl.toezeggingen.domain.overview.Section;
import nl.toezeggingen.report.CommitmentJson;

/**
 * The overview as JSON for scripts: code words, ISO dates, each commitment in DESIGN.md's shape with its
 * latest note added.
 */
public final class OverviewJson {
    private OverviewJson() {
    }

    public static String render(Overview overview) {
        ObjectNode root = CommitmentJson.object();
        root.put("title", overview.title());
        root.put("date", overview.date().toString());
        root.set("scope", scope(overview.scope()));
        root.put("horizonDays", overview.horizonDays());
        ObjectNode counts = root.putObject("counts");
        overview.counts().forEach((urgency, n) -> counts.put(urgency.name(), n));
        // Of NO_DEADLINE above, those whose moment has no date yet (section WAITING_FOR_DATE): counts stays per urgency.
        root.put("waitingForDate", overview.waitingForDate());
        ArrayNode sections = root.putArray("sections");
        for (Section section : overview.sections()) {
            ObjectNode node = sections.addObject();
            node.put("section", section.kind().name());
            ArrayNode rows = node.putArray("commitments");
            for (Row row : section.rows()) {
                // doneOn: the fulfilment date, or the day it was marked (partly) done when none was typed.
                rows.add(CommitmentJson.node(row.tracked(), row.event(), row.rappel(), row.internalDeadline()).put("latestNote", row.latestNote())
                        .put("doneOn", row.doneOn() == null ? null : row.doneOn().toString()));
            }
        }
        return CommitmentJson.write(root) + "\n";
    }

    private static ObjectNode scope(Scope scope) {
        ObjectNode node = CommitmentJson.object();
        node.put("dossier", scope.dossier());
        node.put("line", scope.line());
        node.put("status", scope.status() == null ? null : scope.status().name());
        node.put("urgency", scope.urgency() == null ? null : scope.urgency().name());
        node.put("chamber", scope.chamber() == null ? null : scope.chamber().code());
        node.put("committee", scope.committee());
        node.put("promisedTo", scope.promisedTo());
        return node;
    }
}
