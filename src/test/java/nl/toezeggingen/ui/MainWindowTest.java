package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.TrackedCommitment;
import nl.toezeggingen.domain.Urgency;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;

class MainWindowTest extends WindowTestBase {

    @Test
    void titled_and_fits_a_laptop_screen() throws Exception {
        startApp();
        Stage stage = FxToolkit.registerPrimaryStage();
        assertThat(stage.getTitle()).isEqualTo("Toezeggingen");
        assertThat(stage.getWidth()).isLessThanOrEqualTo(1366);
        assertThat(stage.getHeight()).isLessThanOrEqualTo(768);
        assertThat(lookup("#saveButton").queryButton().isVisible()).isTrue();
    }

    @Test
    void empty_database_offers_the_demo_and_loading_it_fills_the_table() throws Exception {
        startApp();
        waitUntil(() -> lookup("#emptyState").query().isVisible());
        assertThat(textOf("#countLabel")).isEqualTo("Geen toezeggingen");

        clickOn("#loadDemoButton");

        waitForRows(12);
        assertThat(textOf("#statusLabel")).contains("12 toezeggingen toegevoegd");
        assertThat(textOf("#countLabel")).isEqualTo("12 toezeggingen");
        // Most pressing first: on 5 July 2024 the items due 4 July are overdue.
        assertThat(rows().get(0).urgency()).isEqualTo(Urgency.OVERDUE);
        assertThat(rows()).isSortedAccordingTo(java.util.Comparator.comparing(TrackedCommitment::urgency)
                .thenComparing(t -> t.commitment().deadline().latest(),
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        Node badge = lookup(".urgency-badge.urgency-overdue").query();
        assertThat(((javafx.scene.control.Label) badge).getText()).isEqualTo("Te laat");
        assertThat(stored()).hasSize(12);
    }

    @Test
    void creates_a_commitment_through_the_form() throws Exception {
        startApp();
        waitUntil(() -> lookup("#emptyState").query().isVisible());

        clickOn("#newButton");
        typeInto("#titleField", "Kamer informeren over de voortgang");
        choose("#statusBox", "In uitvoering");
        typeInto("#phraseField", "voor de zomer van 2025");
        typeDate("#latestPicker", "3-7-2025");
        typeDate("#madeOnPicker", "2024-06-07");
        clickOn("#saveButton");

        waitForRows(1);
        TrackedCommitment row = rows().get(0);
        assertThat(row.commitment().title()).isEqualTo("Kamer informeren over de voortgang");
        assertThat(lookup(".table-cell").match(LabeledMatchers.hasText("Kamer informeren over de voortgang"))
                .tryQuery()).isPresent();
        assertThat(textOf("#statusLabel")).isEqualTo("Opgeslagen: Kamer informeren over de voortgang");

        List<Commitment> stored = stored();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(stored.get(0).deadline().phrase()).isEqualTo("voor de zomer van 2025");
        assertThat(stored.get(0).deadline().latest()).isEqualTo(LocalDate.of(2025, 7, 3));
        assertThat(stored.get(0).madeOn()).isEqualTo(LocalDate.of(2024, 6, 7));
    }

    @Test
    void edits_a_commitment() throws Exception {
        seed(commitment("TZ-1", "Brief over de regiegroep", Status.OPEN),
                commitment("TZ-2", "Onderzoek naar meldpunten", Status.OPEN));
        startApp();
        waitForRows(2);

        selectRow("TZ-2");
        assertThat(textOf("#titleField")).isEqualTo("Onderzoek naar meldpunten");
        typeInto("#titleField", "Onderzoek naar meldpunten afronden");
        choose("#statusBox", "Afgedaan");
        typeDate("#fulfilledOnPicker", "1-7-2024");
        clickOn("#saveButton");

        waitUntil(() -> rows().stream().anyMatch(t -> t.commitment().title().equals("Onderzoek naar meldpunten afronden")));
        assertThat(table().getSelectionModel().getSelectedItem().commitment().reference()).isEqualTo("TZ-2");
        Commitment edited = stored().stream().filter(c -> "TZ-2".equals(c.reference())).findFirst().orElseThrow();
        assertThat(edited.title()).isEqualTo("Onderzoek naar meldpunten afronden");
        assertThat(edited.status()).isEqualTo(Status.DONE);
        assertThat(edited.fulfilledOn()).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void filters_by_search_text_status_and_urgency() throws Exception {
        startApp();
        waitUntil(() -> lookup("#emptyState").query().isVisible());
        clickOn("#loadDemoButton");
        waitForRows(12);

        typeInto("#searchField", "nvao");
        waitUntil(() -> rows().size() == 1);
        assertThat(rows().get(0).commitment().reference()).isEqualTo("SV-03");
        assertThat(textOf("#countLabel")).isEqualTo("1 van 12 toezeggingen getoond");

        clickOn("#clearFiltersButton");
        waitForRows(12);
        choose("#statusFilter", "Openstaand");
        waitUntil(() -> rows().size() == 3);
        assertThat(rows()).allMatch(t -> t.commitment().status() == Status.OPEN);

        choose("#statusFilter", "Alle statussen");
        choose("#urgencyFilter", "Te laat");
        waitUntil(() -> rows().size() < 12);
        assertThat(rows()).isNotEmpty().allMatch(t -> t.urgency() == Urgency.OVERDUE);
        assertThat(rows()).extracting(t -> t.commitment().reference()).contains("SV-01", "SV-11", "SV-12");

        typeInto("#searchField", "bestaat niet");
        waitUntil(() -> rows().isEmpty());
        assertThat(lookup("#noMatchState").query().isVisible()).isTrue();
    }

    @Test
    void deletes_only_after_confirmation() throws Exception {
        seed(commitment("TZ-1", "Blijft staan", Status.OPEN), commitment("TZ-2", "Gaat weg", Status.OPEN));
        startApp();
        waitForRows(2);

        selectRow("TZ-2");
        clickOn("#deleteButton");
        DialogPane dialog = lookup(".confirm-dialog").query();
        assertThat(dialog.getHeaderText()).isEqualTo("Toezegging ‘Gaat weg’ verwijderen?");
        clickOn(cancelIn(dialog));
        assertThat(rows()).hasSize(2);

        clickOn("#deleteButton");
        dialog = lookup(".confirm-dialog").query();
        clickOn(lookup(".confirm-dialog .button").match(LabeledMatchers.hasText("Verwijderen")).<Button>query());

        waitForRows(1);
        assertThat(rows().get(0).commitment().title()).isEqualTo("Blijft staan");
        assertThat(stored()).extracting(Commitment::title).containsExactly("Blijft staan");
    }

    private Button cancelIn(DialogPane dialog) {
        return lookup(".confirm-dialog .button").match(LabeledMatchers.hasText("Annuleren")).query();
    }

    @Test
    void a_title_too_long_for_its_column_shows_whole_on_hover() throws Exception {
        String title = "Kamer informeren over de uitkomsten van het onderzoek naar klacht- en meldvoorzieningen "
                + "in het hoger onderwijs, met de vervolgstappen";
        seed(commitment("TZ-1", title, Status.OPEN));
        startApp();
        waitForRows(1);

        javafx.scene.control.TableCell<?, ?> cell = lookup(".table-cell")
                .match(LabeledMatchers.hasText(title)).query();
        assertThat(cell.getTooltip()).as("made on hover, not for every cell").isNull();
        moveTo(cell);
        waitUntil(() -> cell.getTooltip() != null && title.equals(cell.getTooltip().getText()));
    }

    static Commitment commitment(String reference, String title, Status status) {
        return Commitment.builder()
                .reference(reference)
                .title(title)
                .dossier("Sociale veiligheid")
                .status(status)
                .madeOn(LocalDate.of(2024, 6, 7))
                .deadline(new Deadline("eind 2024", null, LocalDate.of(2024, 12, 31), false))
                .build();
    }
}
