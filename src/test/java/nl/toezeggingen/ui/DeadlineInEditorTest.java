package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import nl.toezeggingen.domain.Commitment;
import org.junit.jupiter.api.Test;

class DeadlineInEditorTest extends WindowTestBase {

    private LocalDate dateIn(String query) {
        return lookup(query).<DatePicker>query().getValue();
    }

    private void openNewForm() throws Exception {
        startApp();
        waitUntil(() -> lookup("#emptyState").query().isVisible());
        clickOn("#newButton");
    }

    @Test
    void a_typed_phrase_shows_its_window_and_explanation_live() throws Exception {
        openNewForm();
        typeDate("#madeOnPicker", "7-6-2024");
        typeInto("#phraseField", "De Kamer wordt voor de zomer van 2025 geïnformeerd");

        waitUntil(() -> lookup("#deadlineExplanation").query().isVisible());
        assertThat(textOf("#deadlineExplanation"))
                .startsWith("uiterlijk donderdag 3 juli 2025: laatste vergaderdag voor het zomerreces")
                .contains("geschat");
        assertThat(dateIn("#latestPicker")).isEqualTo(LocalDate.of(2025, 7, 3));
        assertThat(dateIn("#earliestPicker")).isNull();
        assertThat(lookup("#estimatedLabel").query().isVisible()).isTrue();
        screenshot("editor-live-resolution");

        typeInto("#phraseField", "in de laatste maanden van 2024");
        waitUntil(() -> LocalDate.of(2024, 10, 1).equals(dateIn("#earliestPicker")));
        assertThat(dateIn("#latestPicker")).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(textOf("#deadlineExplanation")).startsWith("1 oktober 2024 t/m 31 december 2024");

        typeInto("#titleField", "Start thematische analyse NVAO");
        clickOn("#saveButton");
        waitForRows(1);
        Commitment saved = stored().get(0);
        assertThat(saved.deadline().phrase()).isEqualTo("in de laatste maanden van 2024");
        assertThat(saved.deadline().earliest()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(saved.deadline().latest()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void a_phrase_it_does_not_understand_is_refused_until_dates_are_set_by_hand() throws Exception {
        openNewForm();
        typeInto("#titleField", "Brief over zwijgbedingen");
        typeInto("#phraseField", "zo snel mogelijk");

        waitUntil(() -> lookup("#phraseError").query().isVisible());
        assertThat(textOf("#phraseError")).contains("geen termijn die Toezeggingen begrijpt", "voor de zomer van 2025");
        screenshot("editor-refused-phrase");
        clickOn("#saveButton");
        waitUntil(() -> lookup("#formError").query().isVisible());
        assertThat(textOf("#phraseError")).contains("geen termijn die Toezeggingen begrijpt");
        assertThat(rows()).isEmpty();

        typeDate("#latestPicker", "1-10-2024");
        clickOn("#saveButton");
        waitForRows(1);
        Commitment saved = stored().get(0);
        assertThat(saved.deadline().phrase()).isEqualTo("zo snel mogelijk");
        assertThat(saved.deadline().latest()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(saved.deadline().estimated()).isFalse();
    }

    @Test
    void dates_set_by_hand_win_and_the_phrase_is_kept() throws Exception {
        openNewForm();
        typeInto("#titleField", "Onderzoek afronden");
        typeDate("#madeOnPicker", "7-6-2024");
        typeInto("#phraseField", "eind 2024");
        waitUntil(() -> LocalDate.of(2024, 12, 31).equals(dateIn("#latestPicker")));

        typeDate("#latestPicker", "2025-02-01");
        reveal(lookup("#phraseField").query());
        clickOn("#phraseField");
        waitUntil(() -> textOf("#deadlineExplanation").contains("met de hand gezet"));
        typeInto("#phraseField", "eind 2024 ");
        assertThat(dateIn("#latestPicker")).isEqualTo(LocalDate.of(2025, 2, 1));

        clickOn("#saveButton");
        waitForRows(1);
        Commitment saved = stored().get(0);
        assertThat(saved.deadline().phrase()).isEqualTo("eind 2024");
        assertThat(saved.deadline().latest()).isEqualTo(LocalDate.of(2025, 2, 1));
    }
}
