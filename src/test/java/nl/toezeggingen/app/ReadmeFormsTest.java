package nl.toezeggingen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import nl.toezeggingen.domain.deadline.DeadlineParser;
import org.junit.jupiter.api.Test;

/**
 * The README's table of deadline forms is the parser's own table ({@code PhraseForm}), as the help page is:
 * a form added to the parser fails this test until the README says it too. To rewrite the table:
 * {@code ./mvnw -o test -Dtest=ReadmeFormsTest -Dreadme.write=true}.
 */
class ReadmeFormsTest {
    static final String START = "<!-- phrase forms: generated from PhraseForm by ReadmeFormsTest -->";
    static final String END = "<!-- end of phrase forms -->";

    static String table() {
        Messages english = new Messages(Messages.ENGLISH);
        return "| Examples | Resolves to |\n|---|---|\n" + DeadlineParser.forms().stream()
                .map(form -> "| " + String.join(" · ", form.examples()) + " | "
                        + english.get(form.descriptionKey()).replace("|", "\\|") + " |")
                .collect(Collectors.joining("\n")) + "\n";
    }

    @Test
    void theReadmeListsEveryFormTheParserKnows() throws IOException {
        Path readme = Path.of("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertThat(start).as("README has the markers").isNotNegative();
        assertThat(end).isGreaterThan(start);
        String current = text.substring(start + START.length() + 1, end);
        if (!current.equals(table()) && Boolean.getBoolean("readme.write")) {
            Files.writeString(readme, text.substring(0, start + START.length() + 1) + table() + text.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(current).as("run with -Dreadme.write=true to bring the README in step").isEqualTo(table());
    }
}
