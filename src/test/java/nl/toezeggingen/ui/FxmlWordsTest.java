package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every word a user reads in a view comes from the bundles: a literal text in FXML is a leftover. */
class FxmlWordsTest {
    private static final Pattern SHOWN = Pattern.compile(
            "\\b(text|promptText|accessibleText|accessibleHelp|title|headerText|contentText)=\"([^\"]*)\"");

    @Test
    void no_fxml_has_a_hard_coded_text() throws IOException {
        List<String> literal = new ArrayList<>();
        List<Path> views;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            views = files.filter(f -> f.toString().endsWith(".fxml")).toList();
        }
        assertThat(views).as("views found").isNotEmpty();
        for (Path view : views) {
            Matcher m = SHOWN.matcher(Files.readString(view));
            while (m.find()) {
                String value = m.group(2);
                if (!value.isEmpty() && !value.startsWith("%") && !value.startsWith("$")) {
                    literal.add(view.getFileName() + ": " + m.group());
                }
            }
        }
        assertThat(literal).as("texts not taken from messages.properties").isEmpty();
    }

    @Test
    void the_check_sees_a_literal() {
        assertThat(SHOWN.matcher("<Label text=\"Opslaan\"/>").find()).isTrue();
    }
}
