package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
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
        assertThat(textOf("#deadlineExplanation")).isEqualTo("Uiterlijk donderdag 3 juli 2025: de laatste"
                + " vergaderdag voor het zomerreces, dat loopt van 4 juli t/m 1 september 2025 volgens de"
                + " meegeleverde kalender.");
        assertThat(dateIn("#latestPicker")).isEqualTo(LocalDate.of(2025, 7, 3));
        assertThat(dateIn("#earliestPicker")).isNull();
        assertThat(lookup("#estimatedLabel").query().isVisible()).isTrue();
        screenshot("editor-live-resolution");

        typeInto("#phraseField", "in de laatste maanden van 2024");
        waitUntil(() -> LocalDate.of(2024, 10, 1).equals(dateIn("#earliestPicker")));
        assertThat(dateIn("#latestPicker")).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(textOf("#deadlineExplanation")).startsWith("Van 1 oktober 2024 t/m 31 december 2024");

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
        typeInto("#phraseField", "zodra het advies binnen is");

        waitUntil(() -> lookup("#phraseError").query().isVisible());
        assertThat(textOf("#phraseError")).contains("geen termijn die Toezeggingen begrijpt", "voor de zomer van 2025");
        screenshot("editor-refused-phrase");
        clickOn("#saveButton");
        waitUntil(() -> lookup("#formError").query().isVisible());
        assertThat(textOf("#phraseError")).contains("geen termijn die Toezeggingen begrijpt");
        assertThat(rows()).isEmpty();

        typeDate("#latestPicker", "1-10-2024");
        push(javafx.scene.input.KeyCode.TAB);
        waitUntil(() -> textOf("#deadlineExplanation").startsWith("Niet omgezet"));
        screenshot("editor-not-converted", "#phraseField");
        clickOn("#saveButton");
        waitForRows(1);
        Commitment saved = stored().get(0);
        assertThat(saved.deadline().phrase()).isEqualTo("zodra het advies binnen is");
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

    /** Issue 16: the estimate is said once in the form, not in the explanation and again under the dates. */
    @Test
    void an_estimated_date_is_noted_once() throws Exception {
        openNewForm();
        typeDate("#madeOnPicker", "7-6-2024");
        typeInto("#phraseField", "voor de zomer van 2025");
        waitUntil(() -> LocalDate.of(2025, 7, 3).equals(dateIn("#latestPicker")));

        assertThat(lookup("#estimatedLabel").query().isVisible()).isTrue();
        long notes = lookup("#detailRoot").queryAll().stream().findFirst().orElseThrow()
                .lookupAll(".label").stream()
                .filter(Node::isVisible)
                .map(n -> ((Label) n).getText())
                .filter(text -> text != null && text.toLowerCase(Locale.ROOT).contains("geschat"))
                .count();
        assertThat(notes).as("labels in the form that say the date is estimated").isEqualTo(1);
    }

    /** Issue 16, point 3: while a new commitment has no made-on date, a relative phrase counts from today. */
    @Test
    void without_a_made_on_date_a_new_phrase_counts_from_today_and_says_so() throws Exception {
        openNewForm();
        typeInto("#phraseField", "binnen zes weken");

        waitUntil(() -> LocalDate.of(2024, 8, 16).equals(dateIn("#latestPicker")));
        assertThat(textOf("#deadlineExplanation")).isEqualTo("Uiterlijk vrijdag 16 augustus 2024: 6 weken gerekend"
                + " vanaf vandaag (5 juli 2024), omdat de datum van de toezegging nog niet is ingevuld.");
        assertThat(lookup("#phraseError").query().isVisible()).isFalse();
        screenshot("editor-counted-from-today");

        typeDate("#madeOnPicker", "7-6-2024");
        // Leaving the field commits the date (the phrase field may be scrolled out of a 768 high screen).
        push(javafx.scene.input.KeyCode.TAB);
        waitUntil(() -> LocalDate.of(2024, 7, 19).equals(dateIn("#latestPicker")));
        assertThat(textOf("#deadlineExplanation"))
                .isEqualTo("Uiterlijk vrijdag 19 juli 2024: 6 weken na 7 juni 2024, de datum van de toezegging.");
    }

    /**
     * An existing commitment without a made-on date keeps its saved dates: counting from today would move them
     * every day and call them set by hand. Filling in the made-on date works them out again.
     */
    @Test
    void an_existing_commitment_without_made_on_keeps_its_dates_until_the_date_is_filled_in() throws Exception {
        seed(Commitment.builder().reference("TZ-6W").title("Brief over de uitvoering")
                .deadline(new Deadline("binnen zes weken", null, LocalDate.of(2024, 8, 1), false)).build());
        startApp();
        waitForRows(1);
        selectRow("TZ-6W");

        waitUntil(() -> LocalDate.of(2024, 8, 1).equals(dateIn("#latestPicker")));
        waitUntil(() -> lookup("#deadlineExplanation").query().isVisible());
        assertThat(textOf("#deadlineExplanation")).isEqualTo("Deze termijn telt vanaf de datum van de toezegging,"
                + " en die is niet ingevuld: de datums hieronder blijven staan zoals ze zijn opgeslagen, tot u die"
                + " datum invult.");
        assertThat(lookup("#phraseError").query().isVisible()).isFalse();

        typeDate("#madeOnPicker", "1-7-2024");
        push(javafx.scene.input.KeyCode.TAB);
        waitUntil(() -> LocalDate.of(2024, 8, 12).equals(dateIn("#latestPicker")));
        assertThat(textOf("#deadlineExplanation"))
                .isEqualTo("Uiterlijk maandag 12 augustus 2024: 6 weken na 1 juli 2024, de datum van de toezegging.");
    }
}
