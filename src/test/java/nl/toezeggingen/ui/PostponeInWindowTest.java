package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.testing.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Issue 19, point 1 in the window: "Termijn uitstellen…" asks for the new deadline and a reason; without a
 * reason it says so at the field and stays open; with one the deadline moves and the history says why.
 */
@ExtendWith(ApplicationExtension.class)
class PostponeInWindowTest extends WindowTestBase {
    @Test
    void a_postponement_needs_a_reason_and_is_kept_with_it() throws Exception {
        seed(Commitment.builder().reference("TZ-1").title("Onderzoek klachtenregeling").madeOn(LocalDate.of(2024, 3, 1))
                .deadline(new Deadline("voor het kerstreces van 2024", null, null, false)).build());
        startApp();
        selectRow("TZ-1");
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U).release(KeyCode.U, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> lookup("#postponeTo").tryQuery().isPresent());

        TextField to = lookup("#postponeTo").queryAs(TextField.class);
        interact(() -> to.setText("begin 2025"));
        waitUntil(() -> lookup("#postponeOutcome").queryAs(Label.class).getText().startsWith("Wordt:"));
        clickOn("Uitstellen");
        Label reasonError = lookup("#postponeReasonError").queryAs(Label.class);
        waitUntil(reasonError::isVisible);
        assertThat(reasonError.getText()).startsWith("Geef een reden voor het uitstel");
        assertThat(lookup("#postponeTo").tryQuery()).as("the dialog stays open").isPresent();

        TextField reason = lookup("#postponeReason").queryAs(TextField.class);
        interact(() -> reason.setText("Inspectie levert later aan"));
        Screenshots.ofWindow("postpone-dialog", reason);
        clickOn("Uitstellen");
        waitUntil(() -> lookup("#postponeTo").tryQuery().isEmpty());
        waitUntil(() -> lookup(".status-bar .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().contains("is uitgesteld naar 31 maart 2025")));

        Commitment stored = stored().get(0);
        assertThat(stored.deadline().latest()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(stored.deadline().phrase()).isEqualTo("begin 2025");
        try (var tracker = options.openTracker()) {
            assertThat(tracker.rappel().postponementsOf(stored.id())).singleElement()
                    .satisfies(p -> assertThat(p.reason()).isEqualTo("Inspectie levert later aan"));
        }
    }

    /** Issue 19, point 1: the form's own deadline change asks whether it is a postponement or a correction. */
    @Test
    void moving_the_deadline_in_the_form_asks_postponement_or_correction() throws Exception {
        seed(Commitment.builder().reference("TZ-1").title("Onderzoek klachtenregeling").madeOn(LocalDate.of(2024, 3, 1))
                .deadline(new Deadline("2024-12-19", null, null, false)).build(),
                Commitment.builder().reference("TZ-2").title("Brief over meldpunten").madeOn(LocalDate.of(2024, 3, 1))
                        .deadline(new Deadline("2024-12-19", null, null, false)).build());
        startApp();
        selectRow("TZ-1");
        typeInto("#phraseField", "2025-03-31");
        typeInto("#ownerField", "A. Jansen");
        clickOn("#saveButton");
        waitUntil(() -> lookup(".postpone-question").tryQuery().isPresent());
        Screenshots.ofWindow("postpone-question", lookup(".postpone-question").query());
        clickOn("Annuleren");
        waitUntil(() -> lookup(".postpone-question").tryQuery().isEmpty());
        assertThat(textOf("#headline")).as("nothing saved, every edit kept").endsWith("gewijzigd");

        clickOn("#saveButton");
        waitUntil(() -> lookup(".postpone-question").tryQuery().isPresent());
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#postponeReason").tryQuery().isPresent());
        assertThat(lookup("#postponeTo").queryAs(TextField.class).getText()).isEqualTo("2025-03-31");
        TextField reason = lookup("#postponeReason").queryAs(TextField.class);
        interact(() -> reason.setText("Inspectie levert later aan"));
        clickOn("Uitstellen");
        waitUntil(() -> lookup("#postponeTo").tryQuery().isEmpty());
        waitUntil(() -> lookup(".status-bar .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().contains("is uitgesteld naar 31 maart 2025")));
        // The list read after the postponement is in before the next row is chosen.
        waitUntil(() -> rows().stream().anyMatch(t -> "TZ-1".equals(t.commitment().reference())
                && LocalDate.of(2025, 3, 31).equals(t.commitment().deadline().latest())));

        selectRow("TZ-2");
        typeInto("#phraseField", "2024-12-20");
        clickOn("#saveButton");
        waitUntil(() -> lookup(".postpone-question").tryQuery().isPresent());
        clickOn("Correctie (tikfout)");
        waitUntil(() -> !textOf("#headline").endsWith("gewijzigd"));

        java.util.List<Commitment> stored = stored();
        Commitment postponed = stored.get(0);
        assertThat(postponed.deadline().latest()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(postponed.owner()).as("the other edits saved too").isEqualTo("A. Jansen");
        assertThat(stored.get(1).deadline().latest()).isEqualTo(LocalDate.of(2024, 12, 20));
        try (var tracker = options.openTracker()) {
            assertThat(tracker.rappel().postponementsOf(postponed.id())).singleElement()
                    .satisfies(p -> assertThat(p.reason()).isEqualTo("Inspectie levert later aan"));
            assertThat(tracker.rappel().postponementsOf(stored.get(1).id())).as("a correction is no postponement").isEmpty();
        }
    }
}
