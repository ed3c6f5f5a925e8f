package nl.toezeggingen.report.overview;

import java.util.List;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.overview.Overview;
import nl.toezeggingen.domain.overview.Row;
import nl.toezeggingen.domain.overview.Section;

/**
 * The overview as HTML for an email. Outlook renders mail with Word's engine, so: tables for layout,
 * inline styles only (no style sheet, no classes), no scripts, no remote images. Every text colour comes
 * with its own background colour, so dark mode inverts both together and the text stays readable.
 */
public final class OverviewHtml {
    private static final String FONT = "font-family:Calibri,Arial,Helvetica,sans-serif;";
    private static final String TEXT = "color:#1a1a1a;";
    private static final String MUTED = "color:#555555;";
    private static final String CELL = "border:1px solid #c8c8c8;padding:6px 8px;vertical-align:top;"
            + "background-color:#ffffff;" + TEXT + FONT + "font-size:10pt;";
    private static final String HEAD = "border:1px solid #c8c8c8;padding:6px 8px;text-align:left;"
            + "background-color:#f0f0f0;" + TEXT + FONT + "font-size:10pt;font-weight:bold;";
    private static final List<String> HEADERS = List.of("reference", "commitment", "deadline", "status", "owner",
            "note");
    // Fixed shares, so that the tables of all sections line up under each other.
    private static final int[] WIDTHS = {8, 36, 18, 12, 10, 16};
    private static final int COLUMNS = HEADERS.size();

    private OverviewHtml() {
    }

    /**
     * @param picture a picture (the timeline) to show above the tables, by its Content-ID in the mail, or null
     */
    public static String render(Overview overview, OverviewLabels labels, MailPicture picture) {
        StringBuilder out = new StringBuilder(4096 + overview.matched() * 900);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(labels.word("overview.lang")))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
                .append("<meta name=\"supported-color-schemes\" content=\"light dark\">\n")
                .append("<title>").append(escape(overview.title())).append("</title>\n</head>\n")
                .append("<body style=\"margin:0;padding:0;background-color:#ffffff;").append(TEXT).append(FONT)
                .append("font-size:11pt;\">\n")
                .append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
                        + "style=\"border-collapse:collapse;background-color:#ffffff;\">\n<tr><td style=\"padding:16px;")
                .append(TEXT).append(FONT).append("\">\n");
        out.append("<h1 style=\"margin:0 0 4px 0;font-size:16pt;").append(TEXT).append(FONT).append("\">")
                .append(escape(overview.title())).append("</h1>\n");
        out.append("<p style=\"margin:0 0 12px 0;font-size:10pt;").append(MUTED).append(FONT).append("\">")
                .append(escape(labels.subtitle(overview))).append("</p>\n");
        counts(out, overview, labels);
        if (picture != null) {
            picture(out, picture, labels);
        }
        for (Section section : overview.sections()) {
            if (!section.isEmpty()) {
                section(out, section, labels);
            }
        }
        if (overview.rows().isEmpty()) {
            out.append("<p style=\"").append(TEXT).append(FONT).append("\">")
                    .append(escape(labels.word("overview.nothing"))).append("</p>\n");
        }
        out.append("</td></tr>\n</table>\n</body>\n</html>\n");
        return out.toString();
    }

    /**
     * Outlook (Word's engine) ignores max-width and would show the picture at its pixel size, scaled by the
     * screen's DPI: it honours the width and height attributes and a width in pixels. Other mail programs
     * take max-width and height:auto, so on a narrow screen the picture shrinks and keeps its shape.
     */
    private static void picture(StringBuilder out, MailPicture picture, OverviewLabels labels) {
        boolean caption = picture.caption() != null && !picture.caption().isBlank();
        out.append("<p style=\"margin:0 0 ").append(caption ? 4 : 16).append("px 0;\"><img src=\"cid:")
                .append(escape(MailPicture.CID)).append("\" width=\"").append(picture.width())
                .append("\" height=\"").append(picture.height()).append("\" alt=\"")
                .append(escape(labels.word("overview.timeline.alt"))).append("\" style=\"display:block;width:")
                .append(picture.width()).append("px;max-width:100%;height:auto;border:0;\"></p>\n");
        if (caption) {
            out.append("<p style=\"margin:0 0 16px 0;font-size:9pt;").append(MUTED).append(FONT).append("\">")
                    .append(escape(picture.caption())).append("</p>\n");
        }
    }

    private static void counts(StringBuilder out, Overview overview, OverviewLabels labels) {
        out.append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
                + "style=\"border-collapse:collapse;margin:0 0 16px 0;\">\n<tr>\n");
        // A count wears the colour of its section: closed ones that of recently done.
        labels.tallies(overview).forEach(tally -> out.append("<td style=\"padding:6px 14px 6px 10px;")
                .append("border-left:4px solid ").append(SectionColors.of(tally.section()))
                .append(";background-color:#f7f7f7;").append(TEXT).append(FONT)
                .append("font-size:10pt;\"><span style=\"font-size:14pt;font-weight:bold;\">").append(tally.count())
                .append("</span><br>").append(escape(tally.word())).append("</td>\n")
                .append("<td style=\"width:8px;\">&nbsp;</td>\n"));
        out.append("</tr>\n</table>\n");
    }

    private static void section(StringBuilder out, Section section, OverviewLabels labels) {
        String color = SectionColors.of(section.kind());
        out.append("<h2 style=\"margin:16px 0 6px 0;padding:4px 8px;font-size:12pt;color:#ffffff;background-color:")
                .append(color).append(";").append(FONT).append("\">").append(escape(labels.section(section.kind())))
                .append(" (").append(section.rows().size()).append(")</h2>\n");
        out.append("<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"1\" "
                + "style=\"border-collapse:collapse;border:1px solid #c8c8c8;width:100%;\">\n<tr>");
        for (int i = 0; i < HEADERS.size(); i++) {
            out.append("<th width=\"").append(WIDTHS[i]).append("%\" style=\"").append(HEAD).append("width:")
                    .append(WIDTHS[i]).append("%;\">").append(escape(labels.word("overview.col." + HEADERS.get(i))))
                    .append("</th>");
        }
        out.append("</tr>\n");
        for (Section.Group group : section.groups()) {
            if (group.hasHeading()) {
                out.append("<tr><td colspan=\"").append(COLUMNS).append("\" style=\"").append(CELL)
                        .append("background-color:#e8eef5;font-weight:bold;\">").append(escape(labels.group(group)))
                        .append("</td></tr>\n");
            }
            for (Row row : group.rows()) {
                row(out, row, labels);
            }
        }
        out.append("</table>\n");
    }

    private static void row(StringBuilder out, Row row, OverviewLabels labels) {
        Commitment c = row.commitment();
        out.append("<tr>");
        cell(out, "white-space:nowrap;", escape(c.reference()));
        String where = labels.where(c);
        cell(out, "", "<b>" + escape(c.title()) + "</b>"
                + (where.isEmpty() ? "" : "<br><span style=\"font-size:9pt;" + MUTED + "\">" + escape(where)
                + "</span>"));
        String due = labels.due(row);
        cell(out, "", escape(labels.phrase(row))
                + (due.isEmpty() ? "" : "<br><span style=\"font-size:9pt;" + MUTED + "\">" + escape(due) + "</span>"));
        String fulfilled = labels.fulfilled(row);
        cell(out, "", escape(labels.status(c.status()))
                + (fulfilled.isEmpty() ? "" : "<br><span style=\"font-size:9pt;" + MUTED + "\">" + escape(fulfilled)
                + "</span>"));
        cell(out, "", escape(c.owner()));
        cell(out, "", escape(row.latestNote()));
        out.append("</tr>\n");
    }

    private static void cell(StringBuilder out, String style, String html) {
        out.append("<td style=\"").append(CELL).append(style).append("\">").append(html).append("</td>");
    }

    /** Text as text: markup in a title ({@code <script>}) is shown, never run. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
