package nl.toezeggingen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.toezeggingen.store.LockHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as the README tells users to: exit codes and output are the contract. */
class JarIT {
    @TempDir
    Path data;

    record Result(int exit, String out, String err) {
    }

    private Result jar(String... args) throws IOException, InterruptedException {
        return jar(false, args);
    }

    private Result jar(boolean withoutDisplay, String... args) throws IOException, InterruptedException {
        return jar(withoutDisplay, List.of(), args);
    }

    private Result jar(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        return jar(false, jvmOptions, args);
    }

    private Result jar(boolean withoutDisplay, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", System.getProperty("toezeggingen.jar"), "--data", data.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (withoutDisplay) {
            builder.environment().remove("DISPLAY");
            builder.environment().remove("WAYLAND_DISPLAY");
        }
        Process p = builder.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out, err);
    }

    @Test
    void demoThenListPrintsTheDemoDossierAsJson() throws Exception {
        Result demo = jar("demo");
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.err()).isEmpty();

        Result list = jar("list", "--format", "json");
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.err()).isEmpty();
        JsonNode all = new ObjectMapper().readTree(list.out());
        assertThat(all).hasSize(12);
        assertThat(all.get(0).get("dossier").asText()).isEqualTo("Sociale veiligheid in hoger onderwijs en wetenschap");
        assertThat(all.get(0).get("deadline").get("latest").asText()).isEqualTo("2024-07-04");
    }

    @Test
    void exitCodesFollowTheContract() throws Exception {
        assertThat(jar("--version").out()).startsWith("Toezeggingen ");
        Result bad = jar("add", "--title", "x", "--made-on", "2024-13-45");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("geen geldige datum").doesNotContain("Exception");
        try (LockHolder holder = LockHolder.start(data)) {
            Result locked = jar("list");
            assertThat(locked.exit()).isEqualTo(3);
            assertThat(locked.err()).contains("al geopend").doesNotContain("Exception");
        }
    }

    @Test
    void theTimelineIsDrawnAsPngWithoutADisplay() throws Exception {
        assertThat(jar("demo").exit()).isZero();
        Path png = data.resolve("t.png");
        Result export = jar(true, "--today", "2025-07-10", "export", "--format", "png", "--out", png.toString(),
                "--width", "1200");
        assertThat(export.exit()).as(export.err()).isZero();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isGreaterThan(200);
    }

    /**
     * The shaded jar writes the e-mail draft with Jakarta Mail (its service files merged), and only that export
     * loads its classes: a command that does not mail never does.
     */
    @Test
    void onlyTheMailExportLoadsJakartaMail(@TempDir Path logs) throws Exception {
        assertThat(jar("demo").exit()).isZero();
        Path log = logs.resolve("classes.log");
        Result list = jar(List.of("-Xlog:class+load=info:file=" + log), "--today", "2025-07-10", "overdue");
        assertThat(list.exit()).as(list.err()).isEqualTo(1);
        assertThat(java.nio.file.Files.readString(log)).contains("nl.toezeggingen.cli.Cli")
                .doesNotContain("jakarta.mail").doesNotContain("org.eclipse.angus");
        Path eml = logs.resolve("o.eml");
        Path exportLog = logs.resolve("export.log");
        Result export = jar(List.of("-Xlog:class+load=info:file=" + exportLog), "--today", "2025-07-10", "export",
                "--format", "eml", "--out", eml.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(java.nio.file.Files.readString(exportLog)).contains("jakarta.mail.internet.MimeMessage");
        jakarta.mail.internet.MimeMessage draft = new jakarta.mail.internet.MimeMessage(
                jakarta.mail.Session.getInstance(new java.util.Properties()),
                new java.io.ByteArrayInputStream(java.nio.file.Files.readAllBytes(eml)));
        assertThat(draft.getHeader("X-Unsent", null)).isEqualTo("1");
        jakarta.mail.Multipart related = (jakarta.mail.Multipart) ((jakarta.mail.Multipart) draft.getContent())
                .getBodyPart(1).getContent();
        assertThat(related.getBodyPart(1).getContentType()).startsWith("image/png");
    }

    /**
     * The annex through the shaded jar, whose POI is trimmed to its Word part (pom.xml, shade filters): the .docx
     * and the .pdf are written, with every part the writers have (draft mark, selection line, a cell of two lines),
     * and read back whole. Only these exports load POI and PDFBox; another command loads neither.
     */
    @Test
    void theAnnexIsWrittenByTheTrimmedJarAndOnlyItsExportLoadsPoiAndPdfBox(@TempDir Path logs) throws Exception {
        assertThat(jar("demo").exit()).isZero();
        Result postponed = jar("--today", "2025-07-01", "postpone", "7", "--to", "voor het kerstreces", "--reason",
                "Onderzoek loopt uit");
        assertThat(postponed.exit()).as(postponed.err()).isZero();
        Path log = logs.resolve("classes.log");
        Result list = jar(List.of("-Xlog:class+load=info:file=" + log), "--today", "2025-07-10", "overdue");
        assertThat(list.exit()).as(list.err()).isEqualTo(1);
        assertThat(java.nio.file.Files.readString(log)).contains("nl.toezeggingen.cli.Cli")
                .doesNotContain("org.apache.poi").doesNotContain("org.apache.xmlbeans")
                .doesNotContain("org.apache.pdfbox").doesNotContain("org.apache.fontbox");

        Path docx = logs.resolve("bijlage.docx");
        Path docxLog = logs.resolve("docx.log");
        Result word = jar(List.of("-Xlog:class+load=info:file=" + docxLog), "--today", "2025-07-01", "export",
                "--format", "docx", "--out", docx.toString(), "--draft", "--dossier",
                "Sociale veiligheid in hoger onderwijs en wetenschap");
        assertThat(word.exit()).as(word.err()).isZero();
        assertThat(word.err()).startsWith("Bijlage geschreven naar").doesNotContain("WARN", "ERROR");
        assertThat(java.nio.file.Files.readString(docxLog)).contains("org.apache.poi.xwpf.usermodel.XWPFDocument")
                .doesNotContain("org.apache.pdfbox");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                java.nio.file.Files.newInputStream(docx))) {
            assertThat(document.getTables()).hasSize(1);
            assertThat(document.getTables().get(0).getRows()).as("the heading and the 11 open ones").hasSize(12);
            assertThat(document.getTables().get(0).getText()).contains("SV-07").contains("1x uitgesteld");
            assertThat(document.getHeaderList().get(0).getText()).contains("Concept");
        }

        Path pdf = logs.resolve("bijlage.pdf");
        Result print = jar("--today", "2025-07-01", "export", "--format", "pdf", "--out", pdf.toString(), "--draft");
        assertThat(print.exit()).as(print.err()).isZero();
        assertThat(print.err()).startsWith("Bijlage geschreven naar").doesNotContain("WARN", "ERROR");
        // Reading it here, PDFBox looks for Helvetica among the system's fonts: its cache goes to the test's folder.
        System.setProperty("pdfbox.fontcache", logs.toString());
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Bijlage: stand van zaken toezeggingen").contains("SV-12")
                    .contains("pagina 1 van " + document.getNumberOfPages());
        }
    }

    /**
     * As the installed program does on Windows: the launcher names an archive that is not there yet; the
     * first start makes it in the background, and the next start loads its classes from it.
     */
    @Test
    void theFirstStartMakesTheClassArchiveAndTheNextStartUsesIt(@TempDir Path installed) throws Exception {
        assertThat(jar("demo").exit()).isZero();
        Path archive = installed.resolve("toezeggingen.jsa");
        List<String> window = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:SharedArchiveFile=" + archive, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dtoezeggingen.startupProbe=true",
                "-jar", System.getProperty("toezeggingen.jar"), "--data", data.toString()));
        Process first = new ProcessBuilder(window).redirectErrorStream(true).start();
        try {
            java.io.BufferedReader out = new java.io.BufferedReader(
                    new java.io.InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("first-frame"));
            assertThat(line).as("the window's first frame").isEqualTo("first-frame");
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!java.nio.file.Files.exists(archive) && System.nanoTime() < until) {
                Thread.sleep(250);
            }
            assertThat(archive).exists();
        } finally {
            first.getOutputStream().close();
            assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        List<String> next = new ArrayList<>(window);
        next.add(1, "-Xlog:class+load");
        next.add("--version");
        Process second = new ProcessBuilder(next).redirectErrorStream(true).start();
        String loaded = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(loaded).contains("nl.toezeggingen.Main source: shared objects file (top)");
    }
}
