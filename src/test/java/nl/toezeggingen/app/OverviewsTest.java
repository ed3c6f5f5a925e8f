package nl.toezeggingen.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.domain.overview.Overview;
import nl.toezeggingen.domain.overview.Scope;
import nl.toezeggingen.domain.overview.Section;
import nl.toezeggingen.render.TimelinePictures;
import nl.toezeggingen.report.overview.MailPicture;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The status overview of the demo dossier on 10 July 2025, on a real H2 folder, in every form.
 * Golden files live in src/test/resources/golden/; after a deliberate change, regenerate them with
 * {@code ./mvnw test -Dtest=OverviewsTest -Dtoezeggingen.golden.update=true} and read the diff.
 */
class OverviewsTest {
    static final LocalDate TODAY = LocalDate.of(2025, 7, 10);
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String FORMULA = "=HYPERLINK(\"http://x\",\"klik\")";

    @TempDir
    Path data;

    private Tracker open() {
        return Tracker.open(data, Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private Overview demo(Tracker tracker, Scope scope) {
        tracker.loadDemo();
        return overviews(tracker, "nl").build(scope, false);
    }

    /** The overview as the faces get it, with the mail's drawing. */
    private static Overviews overviews(Tracker tracker, String language) {
        Messages messages = Messages.forLanguage(language);
        return tracker.overviews(messages, drawing(messages));
    }

    /** The drawing both faces hand in: the rendering package's, in the user's words. */
    private static TimelineDrawing drawing(Messages messages) {
        return new TimelinePictures(messages::get, messages.locale())::whole;
    }

    @Test
    void demoMatchesTheGoldenFiles() throws IOException {
        try (Tracker tracker = open()) {
            Overviews overviews = overviews(tracker, "nl");
            Overview overview = demo(tracker, Scope.ALL);
            golden("overview.html", overviews.render(overview, OverviewFormat.HTML));
            golden("overview.txt", overviews.render(overview, OverviewFormat.TEXT));
            golden("overview.csv", overviews.render(overview, OverviewFormat.CSV));
            // Without the picture: its pixels follow the platform's fonts, the golden file must not.
            golden("overview.eml", overviews.eml(overview, null));
        }
    }

    @Test
    void sectionsFollowUrgencyAndRecentlyDoneLooksBackThirtyDays() {
        try (Tracker tracker = open()) {
            tracker.loadDemo();
            long id = tracker.list().stream().filter(t -> "SV-07".equals(t.commitment().reference()))
                    .findFirst().orElseThrow().commitment().id();
            tracker.changeStatus(id, Status.DONE, TODAY.minusDays(3), "Kamerbrief 2025-0123");
            Overview overview = overviews(tracker, "nl").build(Scope.ALL, true);
            assertThat(section(overview, Section.Kind.RECENTLY_DONE)).containsExactly("SV-07");
            // SV-10 was done in June 2024: long ago, so not in the overview, but counted as closed.
            assertThat(overview.rows()).noneMatch(r -> "SV-10".equals(r.commitment().reference()));
            assertThat(overview.counts().get(Urgency.CLOSED)).isEqualTo(2);
            assertThat(section(overview, Section.Kind.OVERDUE)).hasSize(8).contains("SV-01");
            assertThat(overview.sections().get(0).groups()).allMatch(Section.Group::hasHeading);
        }
    }

    @Test
    void scopeNarrowsAndAnEmptyScopeIsEmpty() {
        try (Tracker tracker = open()) {
            Overview line = demo(tracker, new Scope(null, "lijn 3: verbetering van voorzieningen voor klachten en meldingen",
                    null, null));
            assertThat(line.matched()).isEqualTo(2);
            Overviews overviews = overviews(tracker, "nl");
            assertThat(overviews.build(new Scope("Onbekend", null, null, null), false).isEmpty()).isTrue();
            assertThat(overviews.build(new Scope(null, null, null, Urgency.NO_DEADLINE), false).rows()).hasSize(2);
        }
    }

    @Test
    void emlIsAnUnsentDraftWithTextAndHtmlInUtf8() throws Exception {
        try (Tracker tracker = open()) {
            Overviews overviews = overviews(tracker, "nl");
            tracker.settings().put(Setting.MAIL_TO, "teamleider@example.nl");
            Overview overview = demo(tracker, Scope.ALL);
            byte[] eml = overviews.eml(overview, null);
            assertCrlfOnly(eml);
            MimeMessage message = parse(eml);
            assertThat(message.getHeader("X-Unsent", null)).isEqualTo("1");
            assertThat(message.getFrom()).isNull();
            assertThat(message.getSentDate()).isNull();
            assertThat(message.getSubject()).isEqualTo("Statusoverzicht toezeggingen 10 juli 2025");
            assertThat(message.getAllRecipients()[0].toString()).isEqualTo("teamleider@example.nl");
            Multipart alternative = (Multipart) message.getContent();
            assertThat(alternative.getContentType()).startsWith("multipart/alternative");
            assertThat(alternative.getCount()).isEqualTo(2);
            BodyPart text = alternative.getBodyPart(0);
            BodyPart html = alternative.getBodyPart(1);
            assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
            assertThat(html.getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
            assertThat((String) text.getContent()).contains("Wetsvoorstel ‘Vrij en veilig onderwijs’");
            assertThat((String) html.getContent()).contains("<table").contains("Te laat (9)");
        }
    }

    @Test
    void emlWithThePictureCarriesItInlineByContentId() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
        try (Tracker tracker = open()) {
            Overview overview = demo(tracker, Scope.ALL);
            MimeMessage message = parse(overviews(tracker, "nl")
                    .eml(overview, new MailPicture(png, 900, 412, null)));
            assertThat(message.getHeader("To")).isNull();
            Multipart alternative = (Multipart) message.getContent();
            Multipart related = (Multipart) alternative.getBodyPart(1).getContent();
            assertThat(related.getContentType()).startsWith("multipart/related");
            String html = (String) related.getBodyPart(0).getContent();
            BodyPart image = related.getBodyPart(1);
            assertThat(image.getContentType()).startsWith("image/png");
            String cid = image.getHeader("Content-ID")[0].replaceAll("[<>]", "");
            assertThat(html).contains("src=\"cid:" + cid + "\"");
            assertThat(image.getInputStream().readAllBytes()).isEqualTo(png);
            // Outlook's Word engine ignores max-width: only the attributes and a width in pixels size it.
            assertThat(html).containsPattern("<img src=\"cid:" + cid + "\" width=\"900\" height=\"412\"[^>]*"
                    + "style=\"[^\"]*width:900px;");
        }
    }

    @Test
    void anAccentedAddressTravelsAsEncodedWordsAndReadsBackWhole() throws Exception {
        try (Tracker tracker = open()) {
            Overviews overviews = overviews(tracker, "nl");
            tracker.settings().put(Setting.MAIL_TO, "José Müller <jose@example.nl>");
            byte[] eml = overviews.eml(demo(tracker, Scope.ALL), null);
            assertCrlfOnly(eml);
            String head = new String(eml, StandardCharsets.US_ASCII).split("\r\n\r\n", 2)[0];
            assertThat(head).contains("To: =?UTF-8?Q?Jos=C3=A9_M=C3=BCller?= <jose@example.nl>");
            InternetAddress to = (InternetAddress) parse(eml).getRecipients(Message.RecipientType.TO)[0];
            assertThat(to.getPersonal()).isEqualTo("José Müller");
            assertThat(to.getAddress()).isEqualTo("jose@example.nl");
        }
    }

    @Test
    void theMailPictureShowsWhatIsPressingAtMailSize() throws Exception {
        try (Tracker tracker = open()) {
            // 40 overdue in 40 dossiers (a lane and a heading each), and some on track that it leaves out.
            for (int i = 0; i < 40; i++) {
                tracker.save(Commitment.builder().reference("L-" + i).title("Te laat " + i).dossier("Dossier " + i)
                        .deadline(new Deadline("uiterlijk", null, TODAY.minusDays(1 + i), false)).build());
                tracker.save(Commitment.builder().reference("S-" + i).title("Op schema " + i).dossier("Dossier " + i)
                        .deadline(new Deadline("uiterlijk", null, TODAY.plusDays(100 + i), false)).build());
            }
            Messages messages = Messages.forLanguage("nl");
            Overview overview = tracker.overviews(messages, drawing(messages)).build(Scope.ALL, false);
            List<String> nearest = MailTimeline.nearestPressing(overview).stream()
                    .map(t -> t.commitment().reference()).toList();
            assertThat(nearest).hasSize(40).startsWith("L-0", "L-1", "L-2").noneMatch(r -> r.startsWith("S-"));
            MailPicture picture = MailTimeline.picture(tracker, overview, messages, drawing(messages));
            assertThat(picture).isNotNull();
            assertThat(picture.width()).isEqualTo(MailTimeline.MAIL_WIDTH);
            assertThat(picture.height()).isBetween(100, 900);
            var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(picture.png()));
            assertThat(image.getWidth()).isEqualTo(picture.width());
            assertThat(image.getHeight()).isEqualTo(picture.height());
            assertThat(picture.caption()).isEqualTo("De tijdlijn toont 15 van de 40 toezeggingen die te laat of "
                    + "binnenkort zijn: die met de laatste dag het dichtst bij vandaag. De tabellen hieronder noemen "
                    + "ze allemaal.");
            // Nothing pressing in the selection: no picture at all.
            Overview onTrack = tracker.overviews(messages, drawing(messages)).build(new Scope(null, null, null, Urgency.ON_TRACK),
                    false);
            assertThat(MailTimeline.picture(tracker, onTrack, messages, drawing(messages))).isNull();
        }
    }

    /** There is no overview without a drawing: a mail made from one would silently go without its timeline. */
    @Test
    void anOverviewWithoutItsDrawingIsRefused() {
        try (Tracker tracker = open()) {
            assertThatThrownBy(() -> tracker.overviews(Messages.forLanguage("nl"), null))
                    .isInstanceOf(NullPointerException.class);
        }
    }

    @Test
    void renderedEmlCarriesTheTimelineAsEveryFaceAsksForIt() throws Exception {
        try (Tracker tracker = open()) {
            Messages messages = Messages.forLanguage("nl");
            Overviews overviews = tracker.overviews(messages, drawing(messages));
            Overview overview = demo(tracker, Scope.ALL);
            MimeMessage message = parse(overviews.render(overview, OverviewFormat.EML));
            Multipart related = (Multipart) ((Multipart) message.getContent()).getBodyPart(1).getContent();
            assertThat(related.getContentType()).startsWith("multipart/related");
            BodyPart image = related.getBodyPart(1);
            assertThat(image.getContentType()).startsWith("image/png");
            assertThat(image.getInputStream().readAllBytes()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N',
                    (byte) 'G');
        }
    }

    @Test
    void xlsxReadsBackWithHeaderAndRealDates() throws Exception {
        try (Tracker tracker = open()) {
            Overview overview = demo(tracker, Scope.ALL);
            byte[] xlsx = overviews(tracker, "nl").xlsx(overview);
            try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
                List<Row> rows = book.getFirstSheet().read();
                assertThat(rows).hasSize(1 + overview.rows().size());
                assertThat(rows.get(0).getCell(0).getText()).isEqualTo("Onderdeel");
                assertThat(rows.get(0).getCell(9).getText()).isEqualTo("Uiterlijk");
                Row first = rows.get(1);
                assertThat(first.getCell(1).getText()).isEqualTo("SV-01");
                assertThat(first.getCell(9).getType()).isEqualTo(CellType.NUMBER);
                assertThat(first.getCellAsDate(9).orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2024, 7, 4));
            }
            String sheet = unzipped(xlsx, "xl/worksheets/sheet1.xml");
            assertThat(sheet).contains("<autoFilter").contains("state=\"frozen\"");
        }
    }

    @Test
    void markupAndFormulasStayPlainTextInEveryForm() throws Exception {
        try (Tracker tracker = open()) {
            tracker.save(Commitment.builder().reference(FORMULA).title(SCRIPT).owner("@eigenaar")
                    .notes("eerste\n\n" + FORMULA).dossier("-dossier").build());
            tracker.save(Commitment.builder().title(FORMULA).owner("+31 70").build());
            Overviews overviews = overviews(tracker, "nl");
            Overview overview = overviews.build(Scope.ALL, true);
            String html = overviews.html(overview);
            assertThat(html).doesNotContain(SCRIPT).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                    .doesNotContainIgnoringCase("<script").contains("=HYPERLINK(&quot;http://x&quot;");
            assertThat(overviews.text(overview)).contains(SCRIPT);
            String csv = new String(overviews.csv(overview), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFFOnderdeel;");
            for (String line : csv.split("\r\n")) {
                for (String cell : line.split(";")) {
                    String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
                    assertThat(bare).as(line).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                            .doesNotStartWith("@").doesNotStartWith("\t");
                }
            }
            assertThat(csv).contains("'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")").contains("'@eigenaar")
                    .contains("'+31 70").contains("'-dossier");
            String sheet = unzipped(overviews.xlsx(overview), "xl/sharedStrings.xml")
                    + unzipped(overviews.xlsx(overview), "xl/worksheets/sheet1.xml");
            assertThat(sheet).doesNotContain("<f>").contains("=HYPERLINK").contains("&lt;script&gt;");
            assertThat(overviews.json(overview)).contains("\"title\" : \"<script>alert(1)</script>\"");
            MimeMessage mail = parse(overviews.eml(overview, null));
            String mailHtml = (String) ((Multipart) mail.getContent()).getBodyPart(1).getContent();
            assertThat(mailHtml).doesNotContainIgnoringCase("<script");
        }
    }

    @Test
    void textNeverExceedsOneHundredColumns() {
        Random random = new Random(6);
        try (Tracker tracker = open()) {
            for (int i = 0; i < 40; i++) {
                tracker.save(Commitment.builder().reference(words(random, 1, 18)).title(words(random, 1 + i % 30, 25))
                        .deadline(new Deadline(words(random, 1 + i % 6, 30), null, TODAY.plusDays(i - 20), i % 2 == 0))
                        .madeIn(words(random, 12, 12)).owner(words(random, 2, 40)).notes(words(random, 50, 15))
                        .status(Status.values()[i % 3]).build());
            }
            Overviews overviews = overviews(tracker, "en");
            for (boolean grouped : new boolean[] {false, true}) {
                String text = overviews.text(overviews.build(Scope.ALL, grouped));
                assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
            }
        }
    }

    @Test
    void safeFilesLeavesNothingWhenTheFolderIsMissing() throws IOException {
        Path target = data.resolve("missing").resolve("o.html");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SafeFiles.write(target, new byte[] {1}))
                .isInstanceOf(IOException.class);
        Path ok = data.resolve("o.html");
        SafeFiles.write(ok, "x".getBytes(StandardCharsets.UTF_8));
        SafeFiles.write(ok, "y".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(ok)).isEqualTo("y");
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    private static String words(Random random, int count, int maxLength) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder word = new StringBuilder();
            int length = 1 + random.nextInt(maxLength);
            for (int j = 0; j < length; j++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            words.add(word.toString());
        }
        return String.join(" ", words);
    }

    private static List<String> section(Overview overview, Section.Kind kind) {
        return overview.sections().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow().rows().stream()
                .map(r -> r.commitment().reference()).toList();
    }

    static MimeMessage parse(byte[] eml) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
    }

    private static void assertCrlfOnly(byte[] eml) {
        for (int i = 0; i < eml.length; i++) {
            if (eml[i] == '\n') {
                assertThat(i > 0 && eml[i - 1] == '\r').as("LF at %d without CR", i).isTrue();
            }
            assertThat(eml[i] & 0xff).as("7-bit").isLessThan(128);
        }
    }

    private String unzipped(byte[] zip, String name) throws IOException {
        Path file = Files.write(Files.createTempFile(data, "book", ".xlsx"), zip);
        try (var book = new java.util.zip.ZipFile(file.toFile())) {
            var entry = book.getEntry(name);
            assertThat(entry).as(name).isNotNull();
            return new String(book.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void golden(String name, byte[] actual) throws IOException {
        Path file = Path.of("src/test/resources/golden", name);
        if (Boolean.getBoolean("toezeggingen.golden.update")) {
            Files.createDirectories(file.getParent());
            Files.write(file, actual);
        }
        assertThat(Files.exists(file)).as("golden file %s (create it with -Dtoezeggingen.golden.update=true)", file)
                .isTrue();
        assertThat(new String(actual, StandardCharsets.UTF_8))
                .isEqualTo(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }
}
