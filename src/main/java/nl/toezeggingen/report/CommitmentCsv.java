package nl.toezeggingen.report;

import java.util.List;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.TrackedCommitment;

/** Every field of every commitment as RFC 4180 CSV, for scripts: comma-separated, code words, ISO dates. */
public final class CommitmentCsv {
    private static final List<String> HEADER = List.of("id", "reference", "title", "text", "dossier", "line", "status",
            "urgency", "deadline_phrase", "deadline_earliest", "deadline_latest", "deadline_estimated", "made_on",
            "made_in", "made_by", "owner", "depends_on", "fulfilled_on", "fulfilled_by", "notes");

    private CommitmentCsv() {
    }

    public static String write(List<TrackedCommitment> commitments) {
        StringBuilder out = new StringBuilder();
        Csv.row(out, HEADER, ',');
        for (TrackedCommitment tracked : commitments) {
            Commitment c = tracked.commitment();
            Csv.row(out, List.of(text(c.id()), text(c.reference()), text(c.title()), text(c.text()), text(c.dossier()),
                    text(c.line()), c.status().name(), tracked.urgency().name(), text(c.deadline().phrase()),
                    text(c.deadline().earliest()), text(c.deadline().latest()),
                    String.valueOf(c.deadline().estimated()), text(c.madeOn()), text(c.madeIn()), text(c.madeBy()),
                    text(c.owner()), text(c.dependsOn()), text(c.fulfilledOn()), text(c.fulfilledBy()),
                    text(c.notes())), ',');
        }
        return out.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
