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
}
