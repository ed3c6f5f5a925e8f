package nl.toezeggingen.report.overview;

import java.util.ArrayList;
import java.util.List;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.overview.Overview;
import nl.toezeggingen.domain.overview.Row;
import nl.toezeggingen.domain.overview.Section;

/**
 * The overview as plain text for a mail without HTML: a fixed-width table, never wider than
 * {@value #WIDTH} columns, each row followed by its place of promise, owner and latest note, indented.
 */
public final class OverviewText {
    static final int WIDTH = 100;
    private static final int[] COLUMNS = {10, 40, 26, 16};
    private static final String GAP = "  ";
    private static final int INDENT = COLUMNS[0] + GAP.length();

    private OverviewText() {
    }

    public static String render(Overview overview, OverviewLabels labels) {
        StringBuilder out = new StringBuilder(2048 + overview.matched() * 500);
        paragraph(out, overview.title(), 0);
        paragraph(out, labels.subtitle(overview), 0);
        paragraph(out, labels.counts(overview), 0);
        for (Section section : overview.sections()) {
            if (!section.isEmpty()) {
                section(out, section, labels);
            }
        }
        if (overview.rows().isEmpty()) {
            out.append('\n');
            paragraph(out, labels.word("overview.nothing"), 0);
        }
        return out.toString();
    }

    private static void section(StringBuilder out, Section section, OverviewLabels labels) {
        String heading = labels.section(section.kind()) + " (" + section.rows().size() + ")";
        out.append('\n').append(heading).append('\n').append("=".repeat(Math.min(WIDTH, heading.length())))
                .append('\n');
        line(out, List.of(labels.word("overview.col.reference"), labels.word("overview.col.commitment"),
                labels.word("overview.col.deadline"), labels.word("overview.col.status")));
        line(out, List.of("-".repeat(COLUMNS[0]), "-".repeat(COLUMNS[1]), "-".repeat(COLUMNS[2]),
                "-".repeat(COLUMNS[3])));
        for (Section.Group group : section.groups()) {
            if (group.hasHeading()) {
                out.append('\n');
                paragraph(out, "[" + labels.group(group) + "]", 0);
            }
            for (Row row : group.rows()) {
                row(out, row, labels);
            }
        }
    }

    private static void row(StringBuilder out, Row row, OverviewLabels labels) {
        Commitment c = row.commitment();
        List<List<String>> cells = List.of(
                Wrap.lines(c.reference(), COLUMNS[0]),
                Wrap.lines(c.title(), COLUMNS[1]),
                join(Wrap.lines(labels.phrase(row), COLUMNS[2]), Wrap.lines(labels.due(row), COLUMNS[2])),
                join(Wrap.lines(labels.status(c.status()), COLUMNS[3]),
                        Wrap.lines(row.doneOn() == null ? null : labels.date(row.doneOn()), COLUMNS[3])));
        int height = cells.stream().mapToInt(List::size).max().orElse(1);
        for (int i = 0; i < height; i++) {
            List<String> line = new ArrayList<>();
            for (List<String> cell : cells) {
                line.add(i < cell.size() ? cell.get(i) : "");
            }
            line(out, line);
        }
        detail(out, labels.word("overview.col.madeIn"), labels.where(c));
        detail(out, labels.word("overview.col.fulfilledBy"), labels.document(row));
        detail(out, labels.word("overview.col.owner"), c.owner());
        detail(out, labels.word("overview.col.note"), row.latestNote());
        out.append('\n');
    }

    private static List<String> join(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static void detail(StringBuilder out, String label, String value) {
        if (value != null && !value.isBlank()) {
            paragraph(out, label + ": " + value, INDENT);
        }
    }

    private static void paragraph(StringBuilder out, String text, int indent) {
        for (String line : Wrap.lines(text, WIDTH - indent)) {
            out.append(" ".repeat(indent)).append(line).append('\n');
        }
    }

    private static void line(StringBuilder out, List<String> cells) {
        StringBuilder line = new StringBuilder(WIDTH);
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            line.append(cell);
            if (i < cells.size() - 1) {
                line.append(" ".repeat(Math.max(0, COLUMNS[i] - cell.length()))).append(GAP);
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
