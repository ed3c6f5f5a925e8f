package nl.toezeggingen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export command as a script runs it: formats, scope, files written whole or not at all. */
class ExportCommandTest {
    @TempDir
    Path data;
    @TempDir
    Path out;

    @BeforeEach
    void demo() {
        assertThat(CliRun.run(data, "demo").exit).isZero();
    }

    private CliRun export(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--today";
        all[1] = "2025-07-10";
        all[2] = "export";
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.run(data, all);
    }

    @Test
    void textGoesToStandardOutput() {
        CliRun run = export("--format", "text");
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).startsWith("Statusoverzicht toezeggingen 10 juli 2025").contains("Te laat (9)");
    }

    @Test
    void everyFormatWritesItsFile() throws IOException {
        for (String format : new String[] {"html", "text", "csv", "xlsx", "eml", "json"}) {
            Path file = out.resolve("overzicht." + format);
            CliRun run = export("--format", format, "--out", file.toString());
            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(Files.size(file)).as(format).isPositive();
        }
        assertThat(Files.readString(out.resolve("overzicht.json"))).contains("\"section\" : \"OVERDUE\"");
        assertThat(Files.readAllBytes(out.resolve("overzicht.xlsx"))).startsWith('P', 'K');
        // The command line hands the rendering package's drawing to the mail, as the window does.
        assertThat(Files.readString(out.resolve("overzicht.eml"), StandardCharsets.ISO_8859_1))
                .contains("Content-Type: image/png");
    }

    @Test
    void scopeOptionsNarrowTheOverview() {
        CliRun run = export("--format", "json", "--dossier", "sociale veiligheid in hoger onderwijs en wetenschap",
                "--urgency", "zonder termijn");
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).contains("\"NO_DEADLINE\" : 2").contains("\"OVERDUE\" : 0").contains("SV-09")
                .doesNotContain("SV-01");
        CliRun status = export("--status", "openstaand", "--line", "Lijn 4: Versterking toezicht");
        assertThat(status.exit).as(status.toString()).isZero();
        assertThat(status.out).contains("SV-08").doesNotContain("SV-09");
    }

    @Test
    void badInputIsRefusedWithExitTwoAndNothingWritten() throws IOException {
        CliRun unknown = export("--format", "odt", "--out", out.resolve("a.odt").toString());
        assertThat(unknown.exit).isEqualTo(2);
        assertThat(unknown.err).contains("Onbekend formaat 'odt'").contains("docx, pdf");

        CliRun empty = export("--dossier", "Bestaat niet", "--out", out.resolve("b.html").toString());
        assertThat(empty.exit).isEqualTo(2);
        assertThat(empty.err).contains("Geen toezeggingen in deze selectie").contains("Bestaat niet");

        CliRun urgency = export("--urgency", "morgen");
        assertThat(urgency.exit).isEqualTo(2);
        assertThat(urgency.err).contains("Onbekende urgentie 'morgen'");

        CliRun xlsx = export("--format", "xlsx");
        assertThat(xlsx.exit).isEqualTo(2);
        assertThat(xlsx.err).contains("--out");

        CliRun folder = export("--format", "html", "--out", out.resolve("geen-map").resolve("c.html").toString());
        assertThat(folder.exit).isEqualTo(2);
        assertThat(folder.err).contains("Er is niets weggeschreven").doesNotContain("Exception");
        try (Stream<Path> left = Files.walk(out)) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void englishOnRequest() {
        CliRun run = CliRun.run(data, "--lang", "en", "--today", "2025-07-10", "export", "--format", "csv");
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).startsWith("\uFEFFSection;Reference;Title;");
        assertThat(new String(run.out.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).contains("Overdue;SV-01");
    }
}
