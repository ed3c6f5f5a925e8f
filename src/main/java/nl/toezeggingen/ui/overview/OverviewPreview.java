package nl.toezeggingen.ui.overview;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.overview.Overview;
import nl.toezeggingen.domain.overview.Row;
import nl.toezeggingen.domain.overview.Section;
import nl.toezeggingen.report.overview.OverviewLabels;

/**
 * What the email will look like, drawn with plain JavaFX nodes styled like the HTML (overview.css), so the
 * preview needs no web engine (javafx-web would add some 50 MB to the installer).
 */
final class OverviewPreview {
    private static final List<String> COLUMNS = List.of("reference", "commitment", "deadline", "status", "owner",
            "note");
    private static final double[] WIDTHS = {70, 260, 150, 110, 90, 200};

    private OverviewPreview() {
    }

    static Node of(Overview overview, OverviewLabels labels) {
        VBox page = new VBox(label(overview.title(), "preview-title"),
                label(labels.subtitle(overview), "preview-subtitle"), counts(overview, labels));
        page.getStyleClass().add("preview-page");
        for (Section section : overview.sections()) {
            if (!section.isEmpty()) {
                page.getChildren().addAll(heading(section, labels), table(section, labels));
            }
        }
        if (overview.rows().isEmpty()) {
            page.getChildren().add(label(labels.word("overview.nothing"), "preview-text"));
        }
        return page;
    }

    private static Node counts(Overview overview, OverviewLabels labels) {
        HBox counts = new HBox();
        counts.getStyleClass().add("preview-counts");
        labels.tallies(overview).forEach(tally -> {
            VBox box = new VBox(label(String.valueOf(tally.count()), "preview-count-number"),
                    label(tally.word(), "preview-count-word"));
            box.getStyleClass().addAll("preview-count", "count-" + css(tally.code()));
            counts.getChildren().add(box);
        });
        return counts;
    }

    private static Node heading(Section section, OverviewLabels labels) {
        Label heading = label(labels.section(section.kind()) + " (" + section.rows().size() + ")",
                "preview-section");
        heading.getStyleClass().add("section-" + css(section.kind().name()));
        heading.setMaxWidth(Double.MAX_VALUE);
        return heading;
    }

    private static Node table(Section section, OverviewLabels labels) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("preview-table");
        for (double width : WIDTHS) {
            ColumnConstraints column = new ColumnConstraints(60, width, Double.MAX_VALUE);
            column.setHgrow(Priority.SOMETIMES);
            grid.getColumnConstraints().add(column);
        }
        for (int c = 0; c < COLUMNS.size(); c++) {
            grid.add(cell(labels.word("overview.col." + COLUMNS.get(c)), null, "preview-head"), c, 0);
        }
        int r = 1;
        for (Section.Group group : section.groups()) {
            if (group.hasHeading()) {
                grid.add(cell(labels.group(group), null, "preview-group"), 0, r++, COLUMNS.size(), 1);
            }
            for (Row row : group.rows()) {
                Commitment c = row.commitment();
                grid.add(cell(c.reference(), null, "preview-cell"), 0, r);
                Node title = cell(c.title(), labels.where(c), "preview-cell");
                title.getStyleClass().add("preview-title-cell");
                grid.add(title, 1, r);
                grid.add(cell(labels.phrase(row), labels.due(row), "preview-cell"), 2, r);
                grid.add(cell(labels.status(c.status()), labels.fulfilled(row), "preview-cell"), 3, r);
                grid.add(cell(c.owner(), null, "preview-cell"), 4, r);
                grid.add(cell(row.latestNote(), null, "preview-cell"), 5, r);
                r++;
            }
        }
        return grid;
    }

    private static String css(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static Node cell(String main, String small, String style) {
        VBox cell = new VBox(label(main, "preview-main"));
        if (small != null && !small.isEmpty()) {
            cell.getChildren().add(label(small, "preview-small"));
        }
        cell.getStyleClass().add(style);
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setMaxHeight(Double.MAX_VALUE);
        return cell;
    }

    private static Label label(String text, String style) {
        Label label = new Label(text == null ? "" : text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }
}
