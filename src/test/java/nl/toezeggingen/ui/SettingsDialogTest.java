package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import nl.toezeggingen.app.Setting;
import nl.toezeggingen.app.Tracker;
import org.junit.jupiter.api.Test;
import org.testfx.matcher.control.LabeledMatchers;

/** Bewerken › Instellingen: a dark theme is applied and kept; a horizon beyond 365 cannot be saved. */
class SettingsDialogTest extends WindowTestBase {

    @Test
    void dark_theme_is_applied_at_once_and_comes_back_after_a_restart() throws Exception {
        startApp();
        waitUntil(() -> lookup("#emptyState").query().isVisible());

        clickOn("#editMenu").clickOn("#settingsMenuItem");
        waitUntil(() -> lookup("#settingsTheme").tryQuery().isPresent());
        choose("#settingsTheme", "Donker");
        typeInto("#settingsHorizon", "21");
        clickOn(button("Opslaan"));

        waitUntil(() -> lookup("#table").query().getScene().getRoot().getStyleClass().contains("dark"));
        screenshot("main-dark");
        stopApp();
        try (Tracker tracker = options.openTracker()) {
            assertThat(tracker.settings().get(Setting.THEME)).isEqualTo("dark");
            assertThat(tracker.horizonDays()).isEqualTo(21);
        }

        startApp();
        waitUntil(() -> lookup("#table").query().getScene().getRoot().getStyleClass().contains("dark"));
        assertThat(look().isDark()).isTrue();
    }

    @Test
    void a_horizon_beyond_a_year_is_refused_at_the_field() throws Exception {
        startApp();
        waitUntil(() -> lookup("#emptyState").query().isVisible());

        clickOn("#editMenu").clickOn("#settingsMenuItem");
        waitUntil(() -> lookup("#settingsHorizon").tryQuery().isPresent());
        typeInto("#settingsHorizon", "400");

        assertThat(textOf("#settingsHorizonError")).isEqualTo("Vul een aantal dagen in van 0 tot en met 365.");
        // .field-error comes from theme.css: the form's stylesheet does not reach this window.
        assertThat(lookup("#settingsHorizonError").<Label>query().getTextFill()).isEqualTo(Color.web("#a4262c"));
        assertThat(button("Opslaan").isDisabled()).isTrue();
        screenshot("settings-refused", "#settingsHorizon");
        clickOn(button("Annuleren"));
        assertThat(stored()).isEmpty();
        try (Tracker tracker = options.openTracker()) {
            assertThat(tracker.horizonDays()).isEqualTo(14);
        }
    }

    @Test
    void the_house_rule_for_vague_deadlines_is_kept_and_moves_open_vague_commitments() throws Exception {
        long id;
        try (Tracker tracker = options.openTracker()) {
            id = tracker.save(nl.toezeggingen.domain.Commitment.builder().title("Brief over de stand van zaken")
                    .madeOn(java.time.LocalDate.of(2024, 6, 7))
                    .deadline(new nl.toezeggingen.domain.Deadline("zo snel mogelijk", null, null, false)).build()).id();
            assertThat(tracker.get(id).commitment().deadline().latest()).isEqualTo(java.time.LocalDate.of(2024, 9, 7));
        }
        startApp();
        waitUntil(() -> lookup("#table").tryQuery().isPresent());
        clickOn("#editMenu").clickOn("#settingsMenuItem");
        waitUntil(() -> lookup("#settingsVagueMonths").tryQuery().isPresent());
        typeInto("#settingsVagueMonths", "30");
        assertThat(textOf("#settingsVagueMonthsError")).isEqualTo("Vul een aantal maanden in van 1 tot en met 24.");
        assertThat(button("Opslaan").isDisabled()).isTrue();
        typeInto("#settingsVagueMonths", "6");
        assertThat(textOf("#settingsVagueMonthsError")).isEmpty();
        screenshot("settings-vague", "#settingsVagueMonths");
        clickOn(button("Opslaan"));
        waitUntil(() -> lookup("#settingsVagueMonths").tryQuery().isEmpty());
        stopApp();
        try (Tracker tracker = options.openTracker()) {
            assertThat(tracker.vagueMonths()).isEqualTo(6);
            assertThat(tracker.get(id).commitment().deadline().latest()).isEqualTo(java.time.LocalDate.of(2024, 12, 7));
            assertThat(tracker.history(id)).anyMatch(change -> change.field().equals("deadline.latest"));
        }
    }

    @Test
    void the_house_rule_for_the_internal_deadline_is_refused_beyond_60_and_kept() throws Exception {
        startApp();
        waitUntil(() -> lookup("#table").tryQuery().isPresent());
        clickOn("#editMenu").clickOn("#settingsMenuItem");
        waitUntil(() -> lookup("#settingsInternalDays").tryQuery().isPresent());
        assertThat(lookup("#settingsInternalDays").<javafx.scene.control.TextField>query().getText()).isEqualTo("10");
        typeInto("#settingsInternalDays", "61");
        assertThat(textOf("#settingsInternalDaysError")).isEqualTo("Kies 0 tot en met 60 werkdagen.");
        assertThat(button("Opslaan").isDisabled()).isTrue();
        typeInto("#settingsInternalDays", "15");
        assertThat(textOf("#settingsInternalDaysError")).isEmpty();
        screenshot("settings-internal", "#settingsInternalDays");
        clickOn(button("Opslaan"));
        waitUntil(() -> lookup("#settingsInternalDays").tryQuery().isEmpty());
        stopApp();
        try (Tracker tracker = options.openTracker()) {
            assertThat(tracker.rappel().internalRule().houseDays()).isEqualTo(15);
        }
    }

    private Button button(String text) {
        return lookup(".settings-dialog .button").match(LabeledMatchers.hasText(text)).<Button>query();
    }
}
