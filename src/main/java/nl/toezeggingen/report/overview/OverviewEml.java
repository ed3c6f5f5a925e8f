package nl.toezeggingen.report.overview;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.function.Supplier;
import nl.toezeggingen.domain.overview.Overview;

/**
 * The overview as an email draft (.eml) that Outlook and Thunderbird open for editing: X-Unsent: 1, no
 * From, Date or Message-ID (the mail program fills them in when it sends), the text and the HTML as
 * multipart/alternative; with a picture, the HTML and the picture go together in multipart/related and the
 * HTML shows it by cid. Angus Mail writes it: header words with accents as RFC 2047 encoded words, long
 * headers folded, CRLF line ends, bodies in base64 so that no line is too long for a mail server.
 * This is the one class that uses Jakarta Mail, so its classes are loaded on this export only.
 */
public final class OverviewEml {
    // Fixed boundaries keep the draft the same for the same overview (Angus would make random ones).
    // "=_" cannot occur in base64, so they never clash with a body.
    private static final String ALTERNATIVE = "=_toezeggingen_alternative";
    private static final String RELATED = "=_toezeggingen_related";
    private static final String UTF_8 = "UTF-8";

    private OverviewEml() {
    }

    /**
     * @param to      the addresses the draft is for ("José Müller &lt;jose@example.nl&gt;; b@example.nl"), or
     *                null to leave them to the user
     * @param picture a picture to show inline above the tables, or null for none
     */
    public static byte[] render(Overview overview, OverviewLabels labels, String to, MailPicture picture) {
        return renderWhileDrawing(overview, labels, to, () -> picture);
    }

    /** As above, with a picture that may still be being drawn: it is asked for after the text is written. */
    public static byte[] renderWhileDrawing(Overview overview, OverviewLabels labels, String to,
                                            Supplier<MailPicture> drawing) {
        byte[] text = OverviewText.render(overview, labels).getBytes(StandardCharsets.UTF_8);
        MailPicture picture = drawing.get();
        byte[] html = OverviewHtml.render(overview, labels, picture).getBytes(StandardCharsets.UTF_8);
        try {
            MimeMessage draft = new Draft();
            draft.setHeader("X-Unsent", "1");
            if (to != null && !to.isBlank()) {
                addressTo(draft, to);
            }
            draft.setSubject(overview.title(), UTF_8);
            MimeMultipart alternative = multipart("alternative", ALTERNATIVE);
            alternative.addBodyPart(body(text, "text/plain; charset=UTF-8"));
            if (picture == null) {
                alternative.addBodyPart(body(html, "text/html; charset=UTF-8"));
            } else {
                MimeMultipart related = multipart("related", RELATED);
                related.addBodyPart(body(html, "text/html; charset=UTF-8"));
                related.addBodyPart(image(picture));
                MimeBodyPart holder = new MimeBodyPart();
                holder.setContent(related);
                alternative.addBodyPart(holder);
            }
            draft.setContent(alternative);
            // Sized for the whole draft: on a ministry-wide list it is some 24 MB, and each doubling copies it.
            ByteArrayOutputStream out = new ByteArrayOutputStream(base64Length(text.length)
                    + base64Length(html.length) + (picture == null ? 0 : base64Length(picture.png().length)) + 8192);
            draft.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            // Everything is in memory and every value was checked: this is a bug, not the user's input.
            throw new IllegalStateException("cannot write the e-mail draft", e);
        }
    }

    /** Base64 in lines of 76 characters and a CRLF: the size a body of {@code bytes} is written at. */
    private static int base64Length(int bytes) {
        long chars = (bytes + 2L) / 3 * 4;
        return (int) Math.min(Integer.MAX_VALUE - 16, chars + (chars + 75) / 76 * 2);
    }

    /**
     * The addresses with their names encoded per RFC 2047 ("=?UTF-8?Q?Jos=C3=A9_M=C3=BCller?= &lt;jose@…&gt;"),
     * a domain with accents in its xn-- form. Text that is no address list still goes along, as encoded
     * words, for the user to mend in the draft: never raw bytes a mail program shows as "Jos? M?ller".
     */
    static void addressTo(MimeMessage draft, String to) throws MessagingException {
        String oneLine = to.strip().replaceAll("[\\r\\n\\t]+", " ");
        try {
            InternetAddress[] parsed = InternetAddress.parse(commas(oneLine), false);
            InternetAddress[] encoded = new InternetAddress[parsed.length];
            for (int i = 0; i < parsed.length; i++) {
                encoded[i] = new InternetAddress(ascii(parsed[i].getAddress()), parsed[i].getPersonal(), UTF_8);
            }
            draft.setRecipients(Message.RecipientType.TO, encoded);
        } catch (MessagingException | UnsupportedEncodingException | IllegalArgumentException notAnAddress) {
            try {
                draft.setHeader("To", MimeUtility.fold(4, MimeUtility.encodeText(oneLine, UTF_8, null)));
            } catch (UnsupportedEncodingException noUtf8) {
                throw new IllegalStateException(noUtf8);
            }
        }
    }

    /** Outlook separates addresses with ';', RFC 5322 with ','; outside quotes both start the next address. */
    static String commas(String list) {
        StringBuilder out = new StringBuilder(list.length());
        boolean quoted = false;
        for (int i = 0; i < list.length(); i++) {
            char ch = list.charAt(i);
            if (ch == '\\' && quoted && i + 1 < list.length()) {
                out.append(ch).append(list.charAt(++i));
                continue;
            }
            if (ch == '"') {
                quoted = !quoted;
            }
            out.append(ch == ';' && !quoted ? ',' : ch);
        }
        return out.toString();
    }

    /** The address as a header can carry it: an accented domain as xn--; an accented local part cannot be. */
    private static String ascii(String address) {
        int at = address.lastIndexOf('@');
        String local = at < 0 ? address : address.substring(0, at);
        String domain = at < 0 ? "" : "@" + IDN.toASCII(address.substring(at + 1), IDN.ALLOW_UNASSIGNED);
        if (!local.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f)) {
            throw new IllegalArgumentException("not an ASCII mailbox");
        }
        return local + domain;
    }

    private static MimeBodyPart body(byte[] bytes, String type) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        // From bytes: no content handler (mailcap) is needed, and the bytes are written as they are.
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, type)));
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private static MimeBodyPart image(MailPicture picture) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(picture.png(), "image/png")));
        part.setHeader("Content-Transfer-Encoding", "base64");
        part.setContentID("<" + MailPicture.CID + ">");
        part.setDisposition(Part.INLINE);
        part.setFileName(MailPicture.FILE_NAME);
        return part;
    }

    private static MimeMultipart multipart(String subtype, String boundary) throws MessagingException {
        ContentType type = new ContentType("multipart", subtype, null);
        type.setParameter("boundary", boundary);
        if ("related".equals(subtype)) {
            // RFC 2387: related names the type of its first part, the one that is shown.
            type.setParameter("type", "text/html");
        }
        return new FixedMultipart(subtype, type);
    }

    /** A multipart with the boundary given, not a random one. */
    private static final class FixedMultipart extends MimeMultipart {
        FixedMultipart(String subtype, ContentType type) {
            super(subtype);
            contentType = type.toString();
        }
    }

    /**
     * A draft: no Message-ID and no Date (Angus would set both, the ID from this PC's host name); the mail
     * program sets them when the user sends it, and the same overview always gives the same file.
     */
    private static final class Draft extends MimeMessage {
        Draft() {
            super(Session.getInstance(new Properties()));
        }

        @Override
        protected void updateMessageID() {
            // none: see the class comment
        }

        @Override
        protected void updateHeaders() throws MessagingException {
            super.updateHeaders();
            removeHeader("Date");
        }
    }
}
