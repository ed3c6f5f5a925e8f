package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormValidationTest extends WindowTestBase {

    @Test
    void empty_title_is_refused_beside_the_field_and_nothing_is_saved() throws Exception {
        startApp();
        waitUntil(() -> lookup("#emptyState").query().isVisible());

        clickOn("#newButton");
        typeInto("#phraseField", "eind 2024");
        clickOn("#saveButton");

        waitUntil(() -> lookup("#titleError").query().isVisible());
        assertThat(textOf("#titleError")).isEqualTo("Geef de toezegging een titel.");
        assertThat(textOf("#formError")).contains("Er is niets opgeslagen");
        assertThat(rows()).isEmpty();
        assertThat(stored()).isEmpty();
    }

    @Test
    void impossible_date_is_reported_at_the_field_not_dropped() throws Exception {
        startApp();
        waitUntil(() -> lookup("#emptyState").query().isVisible());

        clickOn("#newButton");
        typeInto("#titleField", "Kamer informeren");
        typeDate("#madeOnPicker", "2024-13-45");
        clickOn("#saveButton");

        waitUntil(() -> lookup("#madeOnError").query().isVisible());
        assertThat(textOf("#madeOnError"))
                .isEqualTo("'2024-13-45' is geen geldige datum. Gebruik bijvoorbeeld 2024-07-04 of 4-7-2024.");
        assertThat(textOf("#madeOnPicker .text-field")).isEqualTo("2024-13-45");
        assertThat(stored()).isEmpty();
    }

    @Test
    void latest_date_before_the_day_it_was_made_is_refused() throws Exception {
        startApp();
        waitUntil(() -> lookup("#emptyState").query().isVisible());

        clickOn("#newButton");
        typeInto("#titleField", "Kamer informeren");
        typeDate("#madeOnPicker", "7-6-2024");
        typeDate("#latestPicker", "2024-06-01");
        clickOn("#saveButton");

        waitUntil(() -> lookup("#latestError").query().isVisible());
        assertThat(textOf("#latestError"))
                .isEqualTo("De uiterste datum (1 juni 2024) ligt vóór de datum van de toezegging (7 juni 2024).");
        assertThat(stored()).isEmpty();
    }

    @Test
    void a_year_outside_1900_to_2200_is_refused_at_the_field() throws Exception {
        startApp();
        waitUntil(() -> lookup("#emptyState").query().isVisible());

        clickOn("#newButton");
        typeInto("#titleField", "Kamer informeren");
        typeDate("#madeOnPicker", "0000-01-01");
        clickOn("#saveButton");

        waitUntil(() -> lookup("#madeOnError").query().isVisible());
        assertThat(textOf("#madeOnError"))
                .isEqualTo("'0000-01-01' valt buiten de jaren 1900 tot en met 2200; controleer het jaartal.");
        assertThat(stored()).isEmpty();
    }

    @Test
    void an_over_long_title_and_a_reference_in_use_are_refused_at_their_fields() throws Exception {
        seed(nl.toezeggingen.domain.Commitment.builder().reference("TZ-1").title("Bestaat al").build());
        startApp();
        waitForRows(1);

        clickOn("#newButton");
        typeInto("#referenceField", "TZ-1");
        javafx.scene.control.TextField title = lookup("#titleField").query();
        interact(() -> title.setText("t".repeat(2001)));
        clickOn("#saveButton");

        waitUntil(() -> lookup("#titleError").query().isVisible());
        assertThat(textOf("#titleError")).isEqualTo("Er passen hoogstens 2.000 tekens in de titel; dit zijn er 2.001.");
        assertThat(textOf("#referenceError"))
                .isEqualTo("Kenmerk TZ-1 is al in gebruik bij toezegging 1; elk kenmerk hoort bij één toezegging.");
        assertThat(stored()).hasSize(1);
    }
}
