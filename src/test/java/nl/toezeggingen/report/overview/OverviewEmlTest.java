package nl.toezeggingen.report.overview;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import nl.toezeggingen.domain.overview.Overview;
import nl.toezeggingen.domain.overview.Scope;
import org.junit.jupiter.api.Test;

/**
 * The draft's headers as Outlook and Thunderbird read them: words with accents as RFC 2047 encoded words, long
 * lines folded, the raw header pure ASCII; and the same overview gives the same bytes (no random boundary,
 * Message-ID or Date).
 */
class OverviewEmlTest {
    private static final OverviewLabels LABELS = new OverviewLabels(key -> key, LocalDate::toString);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 7, 7};

    private static Overview overview(String title) {
        return new Overview(title, LocalDate.of(2025, 7, 10), Scope.ALL, 14, false, Map.of(), List.of());
    }

    private static byte[] draft(String title, String to, MailPicture picture) {
        return OverviewEml.render(overview(title), LABELS, to, picture);
    }

    @Test
    void accentedSubjectAndNameAreEncodedWordsThatDecodeBack() throws Exception {
        byte[] eml = draft("Één overzicht voor de Tweede Kamer", "José Müller <jose@example.nl>", null);
        String head = head(eml);
        assertThat(head).contains("To: =?UTF-8?Q?Jos=C3=A9_M=C3=BCller?= <jose@example.nl>")
                .contains("Subject: =?UTF-8?");
        MimeMessage message = parse(eml);
        assertThat(message.getSubject()).isEqualTo("Één overzicht voor de Tweede Kamer");
        InternetAddress to = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getPersonal()).isEqualTo("José Müller");
        assertThat(to.getAddress()).isEqualTo("jose@example.nl");
    }

    @Test
    void headersAreAsciiAndFoldedAtSeventySixColumns() throws Exception {
        String many = String.join("; ", java.util.Collections.nCopies(6, "Renée van der Plas-Ünal <renee@example.nl>"));
        String title = "Statusoverzicht toezeggingen over het hoger onderwijs, de wetenschap en de sociale veiligheid";
        byte[] eml = draft(title, many, null);
        String head = head(eml);
        for (String line : head.split("\r\n")) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(76);
        }
        assertThat(head.chars()).allMatch(ch -> ch < 0x7f);
        MimeMessage message = parse(eml);
        assertThat(message.getSubject()).isEqualTo(title);
        // Outlook's ';' between addresses counts as a separator: six addresses, not one.
        assertThat(Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                .map(a -> ((InternetAddress) a).getPersonal())).containsOnly("Renée van der Plas-Ünal").hasSize(6);
    }

    @Test
    void anAccentedDomainTravelsAsXnAndNoAddressAtAllStillArrivesReadable() throws Exception {
        InternetAddress idn = (InternetAddress) parse(draft("t", "jan@müller.nl", null))
                .getRecipients(Message.RecipientType.TO)[0];
        assertThat(idn.getAddress()).isEqualTo("jan@xn--mller-kva.nl");

        // Not an address (an open quote): kept as encoded text for the user to mend, never raw bytes.
        byte[] eml = draft("t", "\"Zoë de Wit <zoe@example.nl>", null);
        assertThat(head(eml)).contains("To: =?UTF-8?");
        assertThat(parse(eml).getHeader("To", null)).isNotNull();
        assertThat(jakarta.mail.internet.MimeUtility.decodeText(parse(eml).getHeader("To", null)))
                .isEqualTo("\"Zoë de Wit <zoe@example.nl>");

        // A line break in the setting cannot add a header.
        byte[] injected = draft("t", "a@example.nl\r\nBcc: spy@example.nl", null);
        assertThat(parse(injected).getHeader("Bcc")).isNull();
    }

    @Test
    void theSameOverviewGivesTheSameDraftWithoutIdOrDate() throws Exception {
        MailPicture picture = new MailPicture(PNG, 900, 300, "deel");
        byte[] one = draft("t", "a@example.nl", picture);
        byte[] two = draft("t", "a@example.nl", picture);
        assertThat(one).isEqualTo(two);
        MimeMessage message = parse(one);
        assertThat(message.getHeader("X-Unsent", null)).isEqualTo("1");
        assertThat(message.getMessageID()).isNull();
        assertThat(message.getSentDate()).isNull();
        assertThat(message.getFrom()).isNull();
        Multipart related = (Multipart) ((Multipart) message.getContent()).getBodyPart(1).getContent();
        assertThat(related.getContentType()).contains("type=\"text/html\"");
        String html = (String) related.getBodyPart(0).getContent();
        assertThat(html).contains("width=\"900\" height=\"300\"").contains(">deel</p>");
        BodyPart image = related.getBodyPart(1);
        assertThat(image.getHeader("Content-ID")).containsExactly("<" + MailPicture.CID + ">");
        assertThat(image.getFileName()).isEqualTo(MailPicture.FILE_NAME);
        assertThat(image.getInputStream().readAllBytes()).isEqualTo(PNG);
    }

    private static String head(byte[] eml) {
        String all = new String(eml, StandardCharsets.ISO_8859_1);
        String head = all.substring(0, all.indexOf("\r\n\r\n"));
        assertThat(head.chars()).as("raw header is 7-bit").allMatch(ch -> ch < 0x80);
        return head;
    }

    private static MimeMessage parse(byte[] eml) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
    }
}
