package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import nl.toezeggingen.domain.Chamber;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Status;
import org.junit.jupiter.api.Test;

/** Issue 19, point 4 in the window: Kamer, Commissie and Toegezegd aan in the form, saved, shown again, cleared. */
class RegisterFieldsInFormTest extends WindowTestBase {

    @Test
    void chosen_typed_saved_shown_again_and_cleared() throws Exception {
        seed(MainWindowTest.commitment("T01970", "Evaluatie van de wet", Status.OPEN));
        startApp();
        waitForRows(1);
        selectRow("T01970");
        assertThat(lookup("#chamberBox").<ComboBox<String>>query().getValue()).isNull();

        choose("#chamberBox", "Eerste Kamer");
        typeInto("#committeeField", "Onderwijs, Cultuur en Wetenschap");
        typeInto("#promisedToField", "A. Jansen (GL-PvdA); P. de Vries (VVD)");
        screenshot("form-register-fields", "#promisedToField");
        clickOn("#saveButton");
        waitUntil(() -> !textOf("#headline").endsWith("gewijzigd"));
        Commitment saved = stored().get(0);
        assertThat(saved.chamber()).isEqualTo(Chamber.EERSTE_KAMER);
        assertThat(saved.committee()).isEqualTo("Onderwijs, Cultuur en Wetenschap");
        assertThat(saved.promisedTo()).containsExactly("A. Jansen (GL-PvdA)", "P. de Vries (VVD)");

        startApp();
        waitForRows(1);
        selectRow("T01970");
        assertThat(textOf("#promisedToField")).isEqualTo("A. Jansen (GL-PvdA); P. de Vries (VVD)");
        choose("#chamberBox", "onbekend");
        waitUntil(() -> textOf("#headline").endsWith("gewijzigd"));
        clickOn("#saveButton");
        waitUntil(() -> !textOf("#headline").endsWith("gewijzigd"));
        assertThat(stored().get(0).chamber()).as("not known again").isNull();
    }
}
