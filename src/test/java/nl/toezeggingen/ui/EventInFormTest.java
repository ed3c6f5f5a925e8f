package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.agenda.EventKind;
import nl.toezeggingen.domain.agenda.EventStatus;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 in the form, on the real window (5 July 2024): a phrase that names a moment of the meeting calendar
 * says so under the explanation, "Moment kiezen" picks another moment or puts a new one in the calendar, and the
 * saved deadline keeps the tie.
 */
class EventInFormTest extends WindowTestBase {
    private static final LocalDate SOCIAL = LocalDate.of(2024, 9, 11);
    private static final LocalDate SCIENCE = LocalDate.of(2024, 11, 20);

    private long socialId;
    private long scienceId;

    private void seedAgenda() {
        try (Tracker tracker = options.openTracker()) {
            socialId = tracker.events().add(Event.on("Commissiedebat sociale veiligheid", EventKind.DEBATE, SOCIAL,
                    EventStatus.UNCONFIRMED)).event().id();
            scienceId = tracker.events().add(Event.on("Commissiedebat wetenschap", EventKind.DEBATE, SCIENCE,
                    EventStatus.UNCONFIRMED)).event().id();
        }
    }

    private List<Event> storedAgenda() throws Exception {
        stopApp();
        try (Tracker tracker = options.openTracker()) {
            return tracker.events().list();
        }
    }

    private LocalDate latest() {
        return lookup("#latestPicker").<DatePicker>query().getValue();
    }

    private void openNewForm() throws Exception {
        startApp();
        waitUntil(() -> lookup("#emptyState").query().isVisible());
        clickOn("#newButton");
    }

    private void openMenu() {
        MenuButton button = lookup("#eventButton").query();
        reveal(button);
        clickOn(button);
        waitUntil(button::isShowing);
    }

    @Test
    void a_phrase_naming_a_moment_of_the_calendar_says_which_one_with_its_date() throws Exception {
        seedAgenda();
        openNewForm();
        assertThat(lookup("#eventRow").query().isVisible()).as("no phrase, no tie").isFalse();
        typeDate("#madeOnPicker", "7-6-2024");
        typeInto("#phraseField", "voor het commissiedebat sociale veiligheid");

        waitUntil(() -> LocalDate.of(2024, 9, 10).equals(latest()));
        assertThat(textOf("#deadlineExplanation")).contains("'Commissiedebat sociale veiligheid'", "11 september 2024");
        assertThat(lookup("#eventRow").query().isVisible()).isTrue();
        assertThat(textOf("#eventTieLabel")).startsWith("Vast aan dit moment uit uw vergaderkalender");

        typeInto("#phraseField", "voor de zomer van 2025");
        waitUntil(() -> !lookup("#eventRow").query().isVisible());
    }

    @Test
    void picking_another_moment_puts_its_name_in_the_phrase_and_the_saved_deadline_is_tied_to_it() throws Exception {
        seedAgenda();
        openNewForm();
        typeInto("#titleField", "Brief over meldpunten");
        typeDate("#madeOnPicker", "7-6-2024");
        typeInto("#phraseField", "voor het commissiedebat sociale veiligheid");
        waitUntil(() -> LocalDate.of(2024, 9, 10).equals(latest()));

        openMenu();
        screenshot("form-pick-event", "#eventButton");
        clickOn("Commissiedebat wetenschap (20 november 2024)");

        waitUntil(() -> "voor het Commissiedebat wetenschap".equals(textOf("#phraseField")));
        waitUntil(() -> LocalDate.of(2024, 11, 19).equals(latest()));
        assertThat(textOf("#deadlineExplanation")).contains("'Commissiedebat wetenschap'", "20 november 2024");
        assertThat(textOf("#headline")).endsWith("gewijzigd");

        clickOn("#saveButton");
        waitForRows(1);
        Commitment saved = stored().get(0);
        assertThat(saved.deadline().phrase()).isEqualTo("voor het Commissiedebat wetenschap");
        assertThat(saved.deadline().isEvent()).isTrue();
        assertThat(saved.deadline().event().id()).isEqualTo(scienceId);
        assertThat(saved.deadline().latest()).isEqualTo(LocalDate.of(2024, 11, 19));
    }

    @Test
    void a_new_moment_made_from_the_form_gives_the_waiting_phrase_its_date_and_the_tie_is_saved() throws Exception {
        seedAgenda();
        openNewForm();
        typeInto("#titleField", "Stand van zaken zwijgbedingen");
        typeDate("#madeOnPicker", "7-6-2024");
        typeInto("#phraseField", "voor het notaoverleg hoger onderwijs");

        waitUntil(() -> textOf("#deadlineExplanation").startsWith("Wacht op datum: notaoverleg hoger onderwijs"));
        assertThat(latest()).isNull();
        assertThat(textOf("#eventTieLabel")).isEqualTo("Dit moment staat nog niet in uw vergaderkalender.");

        openMenu();
        clickOn("Nieuw moment…");
        waitUntil(() -> lookup("#eventName").tryQuery().isPresent());
        assertThat(lookup("#eventName").<TextField>query().getText()).isEqualTo("Notaoverleg hoger onderwijs");
        assertThat(lookup("#eventKind").<ComboBox<?>>query().getValue()).hasToString("Debat");
        typeDate("#eventDate", "2-10-2024");
        screenshot("form-new-event", "#eventName");
        clickOn("Toevoegen");

        waitUntil(() -> LocalDate.of(2024, 10, 1).equals(latest()));
        assertThat(textOf("#deadlineExplanation")).contains("'Notaoverleg hoger onderwijs'", "2 oktober 2024");
        assertThat(textOf("#eventTieLabel")).startsWith("Vast aan dit moment");
        // The phrase was the user's and stays; only saving writes the commitment.
        assertThat(textOf("#phraseField")).isEqualTo("voor het notaoverleg hoger onderwijs");
        assertThat(rows()).isEmpty();
        assertThat(textOf("#headline")).endsWith("gewijzigd");

        clickOn("#saveButton");
        waitForRows(1);
        Commitment saved = stored().get(0);
        Event added = storedAgenda().stream().filter(e -> e.name().equals("Notaoverleg hoger onderwijs"))
                .findFirst().orElseThrow();
        assertThat(added.date()).isEqualTo(LocalDate.of(2024, 10, 2));
        assertThat(added.kind()).isEqualTo(EventKind.DEBATE);
        assertThat(saved.deadline().event().id()).isEqualTo(added.id());
        assertThat(saved.deadline().latest()).isEqualTo(LocalDate.of(2024, 10, 1));
    }

    @Test
    void a_moment_without_a_name_is_refused_at_its_field_and_nothing_is_written() throws Exception {
        seedAgenda();
        openNewForm();
        typeDate("#madeOnPicker", "7-6-2024");
        typeInto("#phraseField", "voor het notaoverleg hoger onderwijs");
        waitUntil(() -> lookup("#eventRow").query().isVisible());

        openMenu();
        clickOn("Nieuw moment…");
        waitUntil(() -> lookup("#eventName").tryQuery().isPresent());
        typeInto("#eventName", " ");
        typeDate("#eventDate", "31-2-2024");
        clickOn("Toevoegen");
        waitUntil(() -> lookup("#eventDateError").query().isVisible());
        assertThat(textOf("#eventDateError")).isEqualTo("'31-2-2024' is geen geldige datum. Gebruik bijvoorbeeld"
                + " 2024-07-04 of 4-7-2024.");
        typeDate("#eventDate", "2-10-2024");
        clickOn("Toevoegen");
        waitUntil(() -> lookup("#eventNameError").query().isVisible());
        assertThat(textOf("#eventNameError")).startsWith("Geef het moment een naam");
        clickOn("Annuleren");
        waitUntil(() -> lookup("#eventName").tryQuery().isEmpty());

        assertThat(textOf("#deadlineExplanation")).startsWith("Wacht op datum");
        assertThat(storedAgenda()).extracting(Event::id).containsExactly(socialId, scienceId);
    }

    @Test
    void a_saved_commitment_waiting_for_its_moment_gets_its_date_from_the_form_without_unsaved_edits() throws Exception {
        long waiting;
        try (Tracker tracker = options.openTracker()) {
            tracker.events().add(Event.on("Commissiedebat hoger onderwijs", EventKind.DEBATE, null, null));
            waiting = tracker.save(Commitment.builder().reference("B").title("Stand van zaken").madeOn(
                    LocalDate.of(2024, 6, 7)).deadline(new Deadline("voor het commissiedebat hoger onderwijs", null,
                    null, false)).build()).id();
        }
        startApp();
        waitForRows(1);
        selectRow("B");
        waitUntil(() -> textOf("#deadlineExplanation").startsWith("Wacht op datum"));
        assertThat(textOf("#eventTieLabel")).isEqualTo("Dit moment staat in uw vergaderkalender, nog zonder datum.");

        openMenu();
        clickOn("Datum invullen voor 'Commissiedebat hoger onderwijs'…");
        waitUntil(() -> lookup("#eventDate").tryQuery().isPresent());
        typeDate("#eventDate", "13-11-2024");
        clickOn("Datum opslaan");

        waitUntil(() -> LocalDate.of(2024, 11, 12).equals(latest()));
        // The move was saved with the moment (in its history), so the form holds nothing unsaved.
        assertThat(textOf("#headline")).doesNotEndWith("gewijzigd");
        assertThat(textOf("#eventTieLabel")).startsWith("Vast aan dit moment");
        Commitment saved = stored().stream().filter(c -> c.id() == waiting).findFirst().orElseThrow();
        assertThat(saved.deadline().latest()).isEqualTo(LocalDate.of(2024, 11, 12));
        assertThat(saved.deadline().event()).isNotNull();
    }
}
