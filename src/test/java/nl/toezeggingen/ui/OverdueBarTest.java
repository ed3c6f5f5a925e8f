package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nl.toezeggingen.app.LaunchOptions;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.testfx.matcher.control.LabeledMatchers;

class OverdueBarTest extends WindowTestBase {

    private void demoOn(LocalDate today) {
        options = LaunchOptions.of(dataDirectory.toString(), today, "nl");
        try (Tracker tracker = options.openTracker()) {
            tracker.loadDemo();
        }
    }

    /**
     * On the tests' 1366 x 768 screen the list starts folded (a laptop has no room for the list, the timeline
     * and the table at once; the bar says what slipped): opened as a user would.
     */
    private void showList() {
        waitUntil(() -> lookup(".overdue-bar").query().isVisible());
        assertThat(lookup(".overdue-panel").query().isVisible()).as("folded on a laptop").isFalse();
        clickOn("#panelButton");
        waitUntil(() -> lookup(".overdue-panel").query().isVisible());
    }

    private TableView<TrackedCommitment> panelList() {
        return lookup(".overdue-list").queryTableView();
    }

    @Test
    void the_bar_says_what_slipped_and_toon_filters_to_exactly_those() throws Exception {
        demoOn(LocalDate.of(2025, 7, 10));
        startApp();
        showList();

        assertThat(textOf(".overdue-summary")).isEqualTo("9 toezeggingen zijn te laat; binnen 14 dagen verstrijkt geen termijn.");
        assertThat(lookup(".overdue-bar").query().getAccessibleText()).startsWith("9 toezeggingen zijn te laat");
        assertThat(panelList().getItems()).hasSize(9);
        assertThat(panelList().getItems().get(0).commitment().reference()).isEqualTo("SV-01");

        clickOn("#showButton");
        waitForRows(9);
        assertThat(rows()).allSatisfy(t -> assertThat(t.urgency().name()).isEqualTo("OVERDUE"));
        nl.toezeggingen.ui.timeline.TimelineView timeline = lookup(".timeline-view").query();
        waitUntil(() -> timeline.layoutModel().inTimeOrder().size() == 9);
        assertThat(lookup("#showButton").queryButton().getText()).isEqualTo("_Alles tonen");
        clickOn("#showButton");
        waitForRows(12);
        waitUntil(() -> timeline.layoutModel().inTimeOrder().size() == 10);
    }

    @Test
    void activating_a_row_in_the_panel_opens_that_commitment() throws Exception {
        demoOn(LocalDate.of(2025, 7, 10));
        startApp();
        showList();
        waitUntil(() -> panelList().getItems().size() == 9);
        clickOn("#searchField").write("Title IX");
        waitForRows(1);

        TrackedCommitment nvao = panelList().getItems().stream()
                .filter(t -> "SV-03".equals(t.commitment().reference())).findFirst().orElseThrow();
        interact(() -> {
            panelList().requestFocus();
            panelList().getSelectionModel().select(nvao);
        });
        type(KeyCode.ENTER);

        waitUntil(() -> table().getSelectionModel().getSelectedItem() != null
                && "SV-03".equals(table().getSelectionModel().getSelectedItem().commitment().reference()));
        assertThat(textOf("#titleField")).isEqualTo("Start thematische analyse NVAO");
        assertThat(rows()).hasSize(12);
    }

    @Test
    void the_bar_is_recomputed_when_midnight_passes() throws Exception {
        demoOn(LocalDate.of(2024, 7, 4));
        MovableClock clock = new MovableClock(Instant.parse("2024-07-04T23:59:58Z"), ZoneOffset.UTC);
        options = new LaunchOptions(dataDirectory, clock, Messages.forLanguage("nl"));
        startApp();
        waitUntil(() -> lookup(".overdue-bar").query().isVisible());
        assertThat(textOf(".overdue-summary")).startsWith("Niets is te laat, 3 termijnen verstrijken binnen 14 dagen");

        clock.set(Instant.parse("2024-07-05T00:00:01Z"));

        waitUntil(() -> textOf(".overdue-summary").startsWith("3 toezeggingen zijn te laat"));
        waitUntil(() -> rows().stream().filter(t -> t.urgency().name().equals("OVERDUE")).count() == 3);
    }

    @Test
    void the_panel_can_be_put_away_for_today_and_the_bar_stays() throws Exception {
        demoOn(LocalDate.of(2025, 7, 10));
        startApp();
        showList();

        clickOn("#hideTodayButton");
        waitUntil(() -> !lookup(".overdue-panel").query().isVisible());
        assertThat(lookup(".overdue-bar").query().isVisible()).isTrue();
        stopApp();
        try (Tracker tracker = options.openTracker()) {
            assertThat(tracker.overduePanelHiddenToday()).isTrue();
        }

        FxToolkitRestart.restart(this);
        waitUntil(() -> lookup(".overdue-bar").query().isVisible());
        assertThat(lookup(".overdue-panel").query().isVisible()).isFalse();
        clickOn("#panelButton");
        waitUntil(() -> lookup(".overdue-panel").query().isVisible());
    }

    @Test
    void a_folded_list_stays_folded_when_the_data_changes() throws Exception {
        demoOn(LocalDate.of(2025, 7, 10));
        startApp();
        showList();
        clickOn("#panelButton");
        waitUntil(() -> !lookup(".overdue-panel").query().isVisible());

        // A save makes the bar look again: one fewer overdue, and the list the user put away stays away.
        selectRow("SV-04");
        choose("#statusBox", "Afgedaan");
        clickOn("#saveButton");
        waitUntil(() -> textOf(".overdue-summary").startsWith("8 toezeggingen zijn te laat"));
        assertThat(lookup(".overdue-panel").query().isVisible()).isFalse();
        assertThat(lookup("#panelButton").queryButton().getText()).isEqualTo("_Lijst tonen");

        clickOn("#panelButton");
        waitUntil(() -> lookup(".overdue-panel").query().isVisible());
    }

    @Test
    void on_a_window_too_short_for_the_larger_text_the_list_starts_folded() throws Exception {
        demoOn(LocalDate.of(2025, 7, 10));
        try (Tracker tracker = options.openTracker()) {
            tracker.settings().put(nl.toezeggingen.app.Setting.TEXT_SIZE,
                    TextSize.LARGER.setting());
        }
        startApp();
        waitUntil(() -> lookup(".overdue-bar").query().isVisible());
        assertThat(look().textSize()).isEqualTo(TextSize.LARGER);
        assertThat(lookup(".overdue-bar").query().getScene().getHeight()).isLessThan(look().em(45));
        assertThat(textOf(".overdue-summary")).startsWith("9 toezeggingen zijn te laat");
        assertThat(lookup(".overdue-panel").query().isVisible()).isFalse();
        // The table keeps room for more than a row or two (with the list open it had one). On the tests'
        // 1366 x 768 screen at Groter that is three whole rows beside the timeline (Ctrl+T gives it all).
        waitUntil(() -> wholeRowsInTable() >= 3);

        clickOn("#panelButton");
        waitUntil(() -> lookup(".overdue-panel").query().isVisible());
    }

    private long wholeRowsInTable() {
        double bottom = table().localToScene(table().getBoundsInLocal()).getMaxY();
        return table().lookupAll(".table-row-cell").stream()
                .filter(row -> row.isVisible() && ((javafx.scene.control.TableRow<?>) row).getItem() != null
                        && row.localToScene(row.getBoundsInLocal()).getMaxY() <= bottom)
                .count();
    }

    @Test
    void a_horizon_outside_0_to_365_is_refused_at_the_field() throws Exception {
        demoOn(LocalDate.of(2024, 12, 20));
        startApp();
        showList();
        waitUntil(() -> lookup("#horizonField").query().isVisible());
        assertThat(textOf(".overdue-summary")).isEqualTo("5 toezeggingen zijn te laat, 3 termijnen verstrijken binnen 14 dagen."
                + " 3 toezeggingen zijn intern te laat.");

        typeInto("#horizonField", "400");
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#horizonError").query().isVisible());
        assertThat(textOf("#horizonError")).contains("'400' is geen geldig aantal dagen");

        typeInto("#horizonField", "0");
        type(KeyCode.ENTER);
        waitUntil(() -> textOf(".overdue-summary").equals("5 toezeggingen zijn te laat; vandaag verstrijkt geen termijn."
                // The internal deadlines passed whatever the horizon: the pieces are late at the minister's.
                + " 3 toezeggingen zijn intern te laat."));
        stopApp();
        try (Tracker tracker = options.openTracker()) {
            assertThat(tracker.horizonDays()).isZero();
        }
    }

    /** Issue 18: a commitment tied to a debate that is not in the meeting calendar yet, so without a date. */
    private void waitingCommitment(String title) {
        try (Tracker tracker = options.openTracker()) {
            tracker.save(nl.toezeggingen.domain.Commitment.builder().title(title)
                    .madeOn(LocalDate.of(2025, 6, 2))
                    .deadline(new nl.toezeggingen.domain.Deadline("voor het commissiedebat sociale veiligheid",
                            null, null, false)).build());
        }
    }

    @Test
    void a_deadline_waiting_for_its_debates_date_is_listed_last_as_termijn_zonder_datum() throws Exception {
        demoOn(LocalDate.of(2025, 7, 10));
        waitingCommitment("Brief over meldpunten");
        startApp();
        showList();

        // What slipped is said as before; the waiting one gets a sentence of its own and is not counted late.
        assertThat(textOf(".overdue-summary")).isEqualTo("9 toezeggingen zijn te laat; binnen 14 dagen verstrijkt "
                + "geen termijn. 1 termijn wacht op een datum.");
        assertThat(panelList().getItems()).hasSize(10);
        TrackedCommitment last = panelList().getItems().get(9);
        assertThat(last.commitment().title()).isEqualTo("Brief over meldpunten");
        assertThat(last.urgency().name()).isEqualTo("NO_DEADLINE");
        // The list shows three rows at a time: scrolled down, as a user would.
        interact(() -> panelList().scrollTo(9));
        waitUntil(() -> lookup(".overdue-list .days-waiting").tryQuery().isPresent());
        javafx.scene.control.Labeled days = lookup(".overdue-list .days-waiting").query();
        assertThat(days.getText()).isEqualTo("termijn zonder datum");
        assertThat(lookup(".overdue-list .table-cell").match(LabeledMatchers.hasText("wacht op datum"))
                .tryQuery()).isPresent();
        assertThat(lookup(".overdue-list .days-late").queryAll()).hasSizeGreaterThan(0)
                .allMatch(cell -> ((javafx.scene.control.Labeled) cell).getText().endsWith("te laat"));
        screenshot("overdue-waiting", ".overdue-bar");

        // "Toon" shows what the list holds: the waiting one as well.
        clickOn("#showButton");
        waitForRows(10);
        assertThat(rows()).anyMatch(t -> t.commitment().title().equals("Brief over meldpunten"));
    }

    @Test
    void with_nothing_late_the_bar_still_comes_for_a_deadline_that_waits_for_a_date() throws Exception {
        options = LaunchOptions.of(dataDirectory.toString(), LocalDate.of(2025, 7, 10), "nl");
        waitingCommitment("Brief over meldpunten");
        waitingCommitment("Reactie op de evaluatie");
        startApp();
        showList();

        assertThat(textOf(".overdue-summary")).isEqualTo("Niets is te laat; binnen 14 dagen verstrijkt geen termijn."
                + " 2 termijnen wachten op een datum.");
        assertThat(lookup(".overdue-bar").query().getStyleClass()).contains("only-due-soon");
        assertThat(panelList().getItems()).extracting(t -> t.commitment().title())
                .containsExactly("Brief over meldpunten", "Reactie op de evaluatie");
    }

    /** Starts the window again on the same data, as the user would the next time. */
    static final class FxToolkitRestart {
        static void restart(OverdueBarTest test) throws Exception {
            test.startApp();
        }
    }
}
