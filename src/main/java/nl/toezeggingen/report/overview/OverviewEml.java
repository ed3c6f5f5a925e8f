package nl.toezeggingen.report.overview;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.toezeggingen.domain.overview.Overview;

/**
 * The overview as an email draft (.eml) that Outlook and Thunderbird open for editing: X-Unsent: 1, no
 * From and no Date (the mail program fills them in), the text and the HTML as multipart/alternative,
 * UTF-8, CRLF line ends, bodies in base64 so no line is too long for a mail server.
 * With a picture, the HTML and the picture go together in multipart/related and the HTML shows it by cid.
 */
public final class OverviewEml {
    static final String IMAGE_CID = "tijdlijn@toezeggingen";
    // "=_" cannot occur in base64, so these boundaries never clash with a body.
    private static final String ALTERNATIVE = "=_toezeggingen_alternative";
    private static final String RELATED = "=_toezeggingen_related";
    private static final String CRLF = "\r\n";

    private OverviewEml() {
    }

    /**
     * @param to          the address the draft is for, or null to leave it to the user
     * @param timelinePng a PNG to show inline above the tables, or null for none
     */
    public static byte[] render(Overview overview, OverviewLabels labels, String to, byte[] timelinePng) {
        String text = OverviewText.render(overview, labels);
        String html = OverviewHtml.render(overview, labels, timelinePng == null ? null : IMAGE_CID);
        StringBuilder out = new StringBuilder(text.length() * 2 + html.length() * 2);
        header(out, "MIME-Version", "1.0");
        header(out, "X-Unsent", "1");
        if (to != null && !to.isBlank()) {
            header(out, "To", to.strip().replaceAll("[\\r\\n]", " "));
        }
        header(out, "Subject", encodedWord(overview.title()));
        header(out, "Content-Type", "multipart/alternative; boundary=\"" + ALTERNATIVE + "\"");
        out.append(CRLF);
        out.append("--").append(ALTERNATIVE).append(CRLF);
        part(out, "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8), null);
        out.append("--").append(ALTERNATIVE).append(CRLF);
        if (timelinePng == null) {
            part(out, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8), null);
        } else {
            header(out, "Content-Type", "multipart/related; type=\"text/html\"; boundary=\"" + RELATED + "\"");
            out.append(CRLF);
            out.append("--").append(RELATED).append(CRLF);
            part(out, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8), null);
            out.append("--").append(RELATED).append(CRLF);
            part(out, "image/png; name=\"tijdlijn.png\"", timelinePng, IMAGE_CID);
            out.append("--").append(RELATED).append("--").append(CRLF);
        }
        out.append("--").append(ALTERNATIVE).append("--").append(CRLF);
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void part(StringBuilder out, String type, byte[] body, String contentId) {
        header(out, "Content-Type", type);
        header(out, "Content-Transfer-Encoding", "base64");
        if (contentId != null) {
            header(out, "Content-ID", "<" + contentId + ">");
            header(out, "Content-Disposition", "inline; filename=\"tijdlijn.png\"");
        }
        out.append(CRLF);
        out.append(Base64.getMimeEncoder(76, CRLF.getBytes(StandardCharsets.US_ASCII)).encodeToString(body));
        out.append(CRLF);
    }

    private static void header(StringBuilder out, String name, String value) {
        out.append(name).append(": ").append(value).append(CRLF);
    }

    /** RFC 2047: a subject with accents travels as =?UTF-8?B?...?=; a plain one stays readable. */
    static String encodedWord(String text) {
        if (text.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f)) {
            return text;
        }
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }
}
