package nl.toezeggingen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19, point 4: chamber, committee and "toegezegd aan" on the command line, in JSON and from an import. */
class RegisterFieldsCommandTest {
    @TempDir
    Path data;

    @TempDir
    Path files;

    private CliRun run(String... args) {
        return CliRun.on(data, "2025-07-01", args);
    }

    private JsonNode first() throws Exception {
        return new ObjectMapper().readTree(run("list", "--format", "json").out).get(0);
    }

    @Test
    void set_on_add_replaced_on_edit_and_in_the_history() throws Exception {
        CliRun added = run("add", "--title", "Evaluatie van de wet", "--chamber", "ek", "--committee",
                "vaste commissie voor OCW", "--promised-to", "A. Jansen (GL-PvdA)", "--promised-to", "P. de Vries (VVD)");
        assertThat(added.exit).as(added.toString()).isZero();
        JsonNode c = first();
        assertThat(c.get("chamber").asText()).isEqualTo("ek");
        assertThat(c.get("committee").asText()).isEqualTo("vaste commissie voor OCW");
        assertThat(c.get("promisedTo")).extracting(JsonNode::asText).containsExactly("A. Jansen (GL-PvdA)", "P. de Vries (VVD)");

        assertThat(run("edit", "1", "--chamber", "Tweede Kamer", "--promised-to", "B. Bakker (CDA); C. Smit (D66)").exit).isZero();
        c = first();
        assertThat(c.get("chamber").asText()).isEqualTo("tk");
        assertThat(c.get("promisedTo")).extracting(JsonNode::asText).containsExactly("B. Bakker (CDA)", "C. Smit (D66)");
        assertThat(run("show", "1").out).contains("Kamer", "Eerste Kamer", "Tweede Kamer");

        assertThat(run("edit", "1", "--chamber", "", "--promised-to", "").exit).isZero();
        c = first();
        assertThat(c.get("chamber").isNull()).isTrue();
        assertThat(c.get("promisedTo")).isEmpty();

        CliRun bad = run("edit", "1", "--chamber", "senaat");
        assertThat(bad.exit).isEqualTo(2);
        assertThat(bad.err.strip()).isEqualTo("Onbekende Kamer 'senaat': kies tk (Tweede Kamer) of ek (Eerste Kamer).");
    }

    @Test
    void an_eerste_kamer_sheet_imports_with_its_own_headings_and_the_number_says_the_chamber() throws Exception {
        // Headings as the Eerste Kamer's register shows them; the rows are made up in its shape.
        Path sheet = files.resolve("eerste-kamer.csv");
        Files.writeString(sheet, String.join("\n",
                "Nummer;Titel;Status;Datum toezegging;Deadline;Verantwoordelijke(n);Kamerleden;Commissie",
                "T01970;Evaluatie van de Wet op het hoger onderwijs;openstaand;12 maart 2024;1 juli 2025;"
                        + "minister van OCW;Jansen (GL-PvdA); Onderwijs, Cultuur en Wetenschap",
                ""), StandardCharsets.UTF_8);
        Files.writeString(sheet, Files.readString(sheet).replace("Jansen (GL-PvdA); Onderwijs", "\"Jansen (GL-PvdA)\";Onderwijs"));

        CliRun imported = run("import", sheet.toString());
        assertThat(imported.exit).as(imported.toString()).isZero();
        JsonNode c = first();
        assertThat(c.get("reference").asText()).isEqualTo("T01970");
        assertThat(c.get("chamber").asText()).isEqualTo("ek");
        assertThat(c.get("committee").asText()).isEqualTo("Onderwijs, Cultuur en Wetenschap");
        assertThat(c.get("promisedTo")).extracting(JsonNode::asText).containsExactly("Jansen (GL-PvdA)");
        assertThat(c.get("madeOn").asText()).isEqualTo("2024-03-12");
        assertThat(c.get("deadline").get("latest").asText()).isEqualTo("2025-07-01");
        assertThat(c.get("madeBy").asText()).isEqualTo("minister van OCW");

        CliRun scoped = run("export", "--format", "text", "--chamber", "tk");
        assertThat(scoped.exit).as("nothing made to the Tweede Kamer").isEqualTo(2);
        assertThat(scoped.err).contains("Selectie: Tweede Kamer");
        assertThat(run("export", "--format", "json", "--chamber", "ek").out).contains("T01970");
    }
}
