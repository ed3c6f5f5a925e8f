package nl.toezeggingen.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.agenda.EventKind;
import nl.toezeggingen.domain.agenda.EventStatus;
import nl.toezeggingen.domain.overview.Overview;
import nl.toezeggingen.domain.overview.Scope;
import nl.toezeggingen.domain.overview.Section;
import nl.toezeggingen.render.TimelinePictures;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, point 6: the status overview shows a deadline tied to a moment with that moment's date, and one whose
 * moment has no date yet apart ("Termijn zonder datum"), counted, never under a date it does not have. On a real
 * H2 folder, in every form.
 */
class EventDeadlinesInOverviewTest {
    static final LocalDate TODAY = LocalDate.of(2025, 2, 1);

    @TempDir
    Path data;

    private Tracker open() {
        return Tracker.open(data, Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private static Overviews overviews(Tracker tracker, String language) {
        Messages messages = Messages.forLanguage(language);
        return tracker.overviews(messages, new TimelinePictures(messages::get, messages.locale())::whole);
    }

    /**
     * One tied to a debate on 12 March 2025 (HO-1), one naming a debate the agenda lacks (SV-1), one naming a
     * debate in the agenda without a date (SV-2), one plain without a deadline: the id of the dated debate.
     */
    private static long seed(Tracker tracker) {
        Event debate = tracker.events().add(Event.on("Commissiedebat hoger onderwijs", EventKind.DEBATE,
                LocalDate.of(2025, 3, 12), EventStatus.OFFICIAL)).event();
        tracker.events().add(Event.on("Notaoverleg mbo", EventKind.DEBATE, null, EventStatus.UNCONFIRMED));
        tracker.save(commitment("HO-1", "Brief over de voortgang", "voor het commissiedebat hoger onderwijs"));
        tracker.save(commitment("SV-1", "Brief over meldpunten", "voor het commissiedebat sociale veiligheid"));
        tracker.save(commitment("SV-2", "Reactie op het mbo-advies", "voor het notaoverleg mbo"));
        tracker.save(Commitment.builder().reference("X-1").title("Doorlopend overleg").deadline(
                new Deadline("doorlopend", null, null, false)).madeOn(LocalDate.of(2025, 1, 10)).build());
        return debate.id();
    }

    private static Commitment commitment(String reference, String title, String phrase) {
        return Commitment.builder().reference(reference).title(title).madeOn(LocalDate.of(2025, 1, 10))
                .deadline(new Deadline(phrase, null, null, false)).build();
    }

    private static List<String> section(Overview overview, Section.Kind kind) {
        return overview.sections().stream().filter(s -> s.kind() == kind).flatMap(s -> s.rows().stream())
                .map(r -> r.commitment().reference()).toList();
    }

    @Test
    void aDeadlineWaitingForItsMomentsDateHasItsOwnSectionAndCount() {
        try (Tracker tracker = open()) {
            seed(tracker);
            Overview overview = overviews(tracker, "nl").build(Scope.ALL, false);

            assertThat(section(overview, Section.Kind.ON_TRACK)).containsExactly("HO-1");
            // Those waiting for the same moment sort together, by the moment's name.
            assertThat(section(overview, Section.Kind.WAITING_FOR_DATE)).containsExactly("SV-1", "SV-2");
            assertThat(section(overview, Section.Kind.NO_DEADLINE)).containsExactly("X-1");
            assertThat(overview.waitingForDate()).isEqualTo(2);
            // The counts stay per urgency: nothing can be late yet, so the waiting ones are NO_DEADLINE there.
            assertThat(overview.counts().get(Urgency.NO_DEADLINE)).isEqualTo(3);
            assertThat(overview.matched()).isEqualTo(4);
        }
    }

    @Test
    void textAndHtmlShowTheMomentsDateOrWhatTheDeadlineWaitsFor() {
        try (Tracker tracker = open()) {
            seed(tracker);
            Overviews overviews = overviews(tracker, "nl");
            Overview overview = overviews.build(Scope.ALL, false);
            String text = overviews.text(overview);
            // The counts add up: 1 on track, 2 waiting, 1 without a deadline (not 3).
            assertThat(text).contains("Te laat 0 · Binnenkort 0 · Op schema 1 · Termijn zonder datum 2 · "
                    + "Zonder termijn 1 · Gesloten 0");
            assertThat(text).contains("Termijn zonder datum (2)").contains("Zonder termijn (1)");
            assertThat(deadlineColumn(text)).contains("voor het commissiedebat hoger onderwijs (12 maart 2025) 11 maart 2025")
                    .contains("wacht op datum: commissiedebat sociale veiligheid")
                    .contains("wacht op datum: Notaoverleg mbo");
            String waiting = text.substring(text.indexOf("Termijn zonder datum (2)"), text.indexOf("Zonder termijn (1)"));
            assertThat(waiting).contains("Brief over meldpunten", "Reactie op het mbo-advies")
                    .doesNotContain("Brief over de voortgang");

            String html = overviews.html(overview);
            assertThat(html).contains("voor het commissiedebat hoger onderwijs (12 maart 2025)<br>")
                    .contains(">11 maart 2025</span>")
                    .contains(">wacht op datum: commissiedebat sociale veiligheid</span>")
                    .contains("Termijn zonder datum (2)</h2>")
                    .contains("font-weight:bold;\">2</span><br>Termijn zonder datum</td>");
        }
    }

    @Test
    void theOverviewFollowsTheAgendaAsItIsNow() {
        try (Tracker tracker = open()) {
            long debate = seed(tracker);
            tracker.events().move(debate, LocalDate.of(2025, 4, 2));
            Overviews overviews = overviews(tracker, "nl");
            assertThat(deadlineColumn(overviews.text(overviews.build(Scope.ALL, false))))
                    .contains("voor het commissiedebat hoger onderwijs (2 april 2025) 1 april 2025");

            // Once the debate it waits for is in the agenda with a date, it leaves "Termijn zonder datum".
            tracker.events().add(Event.on("Commissiedebat sociale veiligheid", EventKind.DEBATE,
                    LocalDate.of(2025, 3, 20), EventStatus.OFFICIAL));
            Overview after = overviews.build(Scope.ALL, false);
            assertThat(section(after, Section.Kind.WAITING_FOR_DATE)).containsExactly("SV-2");
            assertThat(deadlineColumn(overviews.text(after)))
                    .contains("voor het commissiedebat sociale veiligheid (20 maart 2025) 19 maart 2025");
        }
    }

    @Test
    void jsonNamesTheMomentAndCountsTheWaitingOnesBesideTheUrgencies() throws Exception {
        try (Tracker tracker = open()) {
            long debate = seed(tracker);
            Overviews overviews = overviews(tracker, "nl");
            JsonNode json = new ObjectMapper().readTree(overviews.json(overviews.build(Scope.ALL, false)));

            assertThat(json.get("counts").get("NO_DEADLINE").asInt()).isEqualTo(3);
            assertThat(json.get("waitingForDate").asInt()).isEqualTo(2);
            JsonNode waiting = sectionNode(json, "WAITING_FOR_DATE");
            JsonNode sv1 = waiting.get(0).get("deadline");
            assertThat(sv1.get("phrase").asText()).isEqualTo("voor het commissiedebat sociale veiligheid");
            assertThat(sv1.get("earliest").isNull()).isTrue();
            assertThat(sv1.get("latest").isNull()).isTrue();
            assertThat(sv1.get("kind").asText()).isEqualTo("event");
            assertThat(sv1.get("event").get("id").isNull()).as("not in the agenda").isTrue();
            assertThat(sv1.get("event").get("name").asText()).isEqualTo("commissiedebat sociale veiligheid");
            assertThat(waiting.get(1).at("/deadline/event/name").asText()).isEqualTo("Notaoverleg mbo");
            assertThat(waiting.get(1).at("/deadline/event/id").isNumber()).as("in the agenda, no date").isTrue();

            JsonNode ho1 = sectionNode(json, "ON_TRACK").get(0).get("deadline");
            assertThat(ho1.get("latest").asText()).isEqualTo("2025-03-11");
            assertThat(ho1.get("event").get("id").asLong()).isEqualTo(debate);
            assertThat(ho1.get("event").get("name").asText()).isEqualTo("Commissiedebat hoger onderwijs");
            assertThat(ho1.get("event").get("date").asText()).isEqualTo("2025-03-12");
            assertThat(sectionNode(json, "NO_DEADLINE").get(0).get("deadline").get("event").isNull()).isTrue();
        }
    }

    @Test
    void spreadsheetsKeepThePhraseAndGiveTheMomentItsOwnColumns() throws Exception {
        try (Tracker tracker = open()) {
            seed(tracker);
            Overviews overviews = overviews(tracker, "nl");
            Overview overview = overviews.build(Scope.ALL, false);
            String csv = new String(overviews.csv(overview), StandardCharsets.UTF_8);
            assertThat(csv).contains(";Afgedaan met;Moment;Datum moment\r\n")
                    .contains(";voor het commissiedebat hoger onderwijs;;2025-03-11;nee;Openstaand;;;;;"
                            + "Commissiedebat hoger onderwijs;2025-03-12\r\n")
                    .contains("Termijn zonder datum;SV-1;Brief over meldpunten;")
                    .contains(";commissiedebat sociale veiligheid;wacht op datum\r\n");
            try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(overviews.xlsx(overview)))) {
                List<Row> rows = book.getFirstSheet().read();
                assertThat(rows.get(0).getCell(17).getText()).isEqualTo("Datum moment");
                Row ho1 = rows.get(1);
                assertThat(ho1.getCell(1).getText()).isEqualTo("HO-1");
                assertThat(ho1.getCellAsDate(17).orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 12));
                assertThat(rows.get(2).getCell(17).getText()).isEqualTo("wacht op datum");
            }
        }
    }

    @Test
    void inEnglishToo() {
        try (Tracker tracker = open()) {
            seed(tracker);
            Overviews overviews = overviews(tracker, "en");
            String text = overviews.text(overviews.build(Scope.ALL, false));
            assertThat(text).contains("Waiting for a date 2 · No deadline 1").contains("Waiting for a date (2)");
            assertThat(deadlineColumn(text)).contains("waiting for a date: commissiedebat sociale veiligheid");
        }
    }

    private static JsonNode sectionNode(JsonNode json, String name) {
        for (JsonNode section : json.get("sections")) {
            if (section.get("section").asText().equals(name)) {
                return section.get("commitments");
            }
        }
        throw new AssertionError("no section " + name);
    }

    /**
     * The text's deadline column (the third: after 10 + 2 + 40 + 2 characters, 26 wide) read as one line of words:
     * the table wraps a cell over lines beside the others.
     */
    private static String deadlineColumn(String text) {
        StringBuilder words = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.length() > 54) {
                words.append(line.substring(54, Math.min(80, line.length())).strip()).append(' ');
            }
        }
        return words.toString().replaceAll("\\s+", " ");
    }
}
