package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChoiceTest {

    @Test
    void names_come_once_each_in_order_whatever_their_capitals() {
        List<Choice<String>> choices = Choice.allThenNames("Alle",
                Arrays.asList("sociale veiligheid", "Onderwijs", null, "asiel", "sociale veiligheid"));
        assertThat(choices).extracting(Choice::label)
                .containsExactly("Alle", "asiel", "Onderwijs", "sociale veiligheid");
        assertThat(choices.get(0).value()).isNull();
    }
}
