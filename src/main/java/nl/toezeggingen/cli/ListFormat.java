package nl.toezeggingen.cli;

import java.util.List;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.report.CommitmentCsv;
import nl.toezeggingen.report.CommitmentJson;
import nl.toezeggingen.report.CommitmentText;
import nl.toezeggingen.report.CommitmentContext;

/** The forms a list of commitments can be printed in. */
enum ListFormat {
    TEXT, CSV, JSON;

    /** Prints commitments as a JSON array as they come from {@code source}, each deadline's moment by {@code events}. */
    static void writeJson(java.util.function.Consumer<java.util.function.Consumer<TrackedCommitment>> source,
            CommitmentContext events, java.io.PrintWriter out) {
        try {
            CommitmentJson.writeArray(source, events, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        out.println();
    }

    String render(List<TrackedCommitment> commitments, Messages messages, CommitmentContext events) {
        return switch (this) {
            case TEXT -> CommitmentText.table(commitments, messages::get, events);
            case CSV -> CommitmentCsv.write(commitments);
            case JSON -> CommitmentJson.array(commitments, events) + System.lineSeparator();
        };
    }
}
