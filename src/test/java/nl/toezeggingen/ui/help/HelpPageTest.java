package nl.toezeggingen.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.domain.deadline.PhraseForm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The help is generated from the parser's table: every phrase form, status and urgency is in it, in both languages. */
class HelpPageTest {

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void every_phrase_form_status_and_urgency_is_explained(String language) {
        Messages messages = Messages.forLanguage(language);
        String help = HelpPage.of(messages, Path.of("/data/toezeggingen"), 21).text();

        for (PhraseForm form : PhraseForm.values()) {
            assertThat(help).as(form.name()).contains(messages.get(form.descriptionKey()));
            form.examples().forEach(example -> assertThat(help).as(form.name()).contains(example));
            assertThat(messages.get(form.descriptionKey())).as("described").isNotEqualTo(form.descriptionKey());
        }
        for (Status status : Status.values()) {
            assertThat(help).contains(messages.status(status) + ": ");
        }
        // The words of other registers that every way in reads (issue 16), from the same table.
        assertThat(help).contains("Afgehandeld, Afgerond, Gereed, Voldaan.").contains("Niet gestart.")
                .contains("Ingetrokken.");
        for (Urgency urgency : Urgency.values()) {
            assertThat(help).contains(messages.urgency(urgency) + ": ");
        }
        assertThat(help).contains("21").contains(Path.of("/data/toezeggingen", "backups").toString())
                .doesNotContain("ui.help.");
    }
}
