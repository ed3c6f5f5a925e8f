package nl.toezeggingen.cli;

import java.util.List;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.report.CommitmentCsv;
import nl.toezeggingen.report.CommitmentJson;
import nl.toezeggingen.report.CommitmentText;

/** The forms a list of commitments can be printed in. */
enum ListFormat {
    TEXT, CSV, JSON;

    /** Prints commitments as a JSON array as they come from {@code source}. */
    static void writeJson(java.util.function.Consumer<java.util.function.Consumer<TrackedCommitment>> source,
            java.io.PrintWriter out) {
        try {
            CommitmentJson.writeArray(source, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        out.println();
    }

    String render(List<TrackedCommitment> commitments, Messages messages) {
        return switch (this) {
            case TEXT -> CommitmentText.table(commitments, messages::get);
            case CSV -> CommitmentCsv.write(commitments);
            case JSON -> CommitmentJson.array(commitments) + System.lineSeparator();
        };
    }
}
