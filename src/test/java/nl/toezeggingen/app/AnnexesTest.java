package nl.toezeggingen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.overview.Scope;
import nl.toezeggingen.domain.rappel.Annex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annex's model on the demo dossier (1 July 2025), on a real H2 folder: which rows, and every cell's words. */
class AnnexesTest {
    static final LocalDate TODAY = LocalDate.of(2025, 7, 1);

    @TempDir
    Path data;

    private Tracker open() {
        return Tracker.open(data, Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private static long id(Tracker tracker, String reference) {
        return tracker.list().stream().filter(t -> reference.equals(t.commitment().reference())).findFirst()
                .orElseThrow().commitment().id();
    }

    private static Map<String, Annex.Row> byReference(Annex annex) {
        return annex.rows().stream().collect(Collectors.toMap(Annex.Row::reference, r -> r));
    }

    @Test
    void theOpenOnesPerDossierWithTheirOriginalAndNewDeadlineAndTheLatestStandVanZaken() {
        try (Tracker tracker = open()) {
            tracker.loadDemo();
            long sv07 = id(tracker, "SV-07");
            tracker.rappel().postpone(sv07, "2025-10-01", "Onderzoek loopt uit", null);
            tracker.rappel().postpone(sv07, "voor het kerstreces", "Advies Raad van State later", "Kamerbrief 2025-0456");
            tracker.rappel().progress(id(tracker, "SV-01"), "eerste versie", LocalDate.of(2025, 5, 2));
            tracker.rappel().progress(id(tracker, "SV-01"), "concept bij DGHO", LocalDate.of(2025, 6, 12));
            tracker.changeStatus(id(tracker, "SV-03"), Status.DONE, TODAY, "Kamerbrief 2025-0500");
            Commitment noted = tracker.get(id(tracker, "SV-05")).commitment();
            tracker.save(noted.toBuilder().notes("Wacht op de koepels").build());
            tracker.save(Commitment.builder().reference("TZ202406-001").title("Brief over de Caraïbische eilanden")
                    .dossier("Caribisch Nederland").madeIn("Notaoverleg").deadline(new Deadline("2025-09-01", null, null, false))
                    .status(Status.OPEN).build());
            tracker.save(Commitment.builder().title("Zonder dossier genoteerd").status(Status.OPEN).build());

            Annex annex = new Annexes(tracker, Messages.forLanguage("nl")).build(Scope.ALL, TODAY, false);

            assertThat(annex.words().title()).isEqualTo("Bijlage: stand van zaken toezeggingen");
            assertThat(annex.words().headings()).containsExactly("Nummer", "Omschrijving", "Vindplaats",
                    "Stand van zaken", "Oorspronkelijke termijn", "Nieuwe termijn");
            assertThat(annex.dateLine()).isEqualTo("Stand van zaken per 1 juli 2025");
            assertThat(annex.scope()).isNull();
            assertThat(annex.sections()).extracting(Annex.Section::dossier).containsExactly("Caribisch Nederland",
                    "Sociale veiligheid in hoger onderwijs en wetenschap", "Zonder dossier");
            assertThat(annex.sections().get(1).rows()).extracting(Annex.Row::reference).as("closed ones left out")
                    .containsExactly("SV-01", "SV-02", "SV-04", "SV-05", "SV-06", "SV-07", "SV-08", "SV-09", "SV-11",
                            "SV-12");

            Map<String, Annex.Row> rows = byReference(annex);
            Annex.Row postponed = rows.get("SV-07");
            assertThat(postponed.title()).startsWith("Uitkomsten en vervolgstappen klacht- en meldvoorzi");
            assertThat(postponed.madeIn()).isEqualTo("Voortgangsbrief integrale aanpak sociale veiligheid (juni 2024)");
            assertThat(postponed.originalTerm()).isEqualTo("voor de zomer in 2025 (3 juli 2025, geschat)");
            assertThat(postponed.newTerm()).isEqualTo("voor het kerstreces (18 december 2025, geschat)\n2x uitgesteld");
            assertThat(rows.get("SV-01").progress()).as("the latest entry").isEqualTo("12-06-2025: concept bij DGHO");
            assertThat(rows.get("SV-01").originalTerm()).isEqualTo("voor de zomer van 2024 (4 juli 2024)");
            assertThat(rows.get("SV-01").newTerm()).as("never postponed").isEmpty();
            assertThat(rows.get("SV-05").progress()).as("the notes, without an entry").isEqualTo("Wacht op de koepels");
            assertThat(rows.get("SV-09").originalTerm()).as("a phrase without a date").isEqualTo("periodiek");
            assertThat(rows.get("SV-02").originalTerm()).as("no deadline").isEmpty();
            assertThat(rows.get("TZ202406-001").originalTerm()).as("a typed date, once").isEqualTo("1 september 2025");
            assertThat(annex.sections().get(2).rows()).singleElement()
                    .satisfies(r -> assertThat(r.reference()).isEmpty())
                    .satisfies(r -> assertThat(r.title()).isEqualTo("Zonder dossier genoteerd"));
        }
    }

    @Test
    void aStatusInTheScopeAsksForExactlyThoseAndADossierNarrowsIt() {
        try (Tracker tracker = open()) {
            tracker.loadDemo();
            Annexes annexes = new Annexes(tracker, Messages.forLanguage("nl"));
            Annex done = annexes.build(new Scope(null, null, Status.DONE, null), TODAY, true);
            assertThat(done.rows()).extracting(Annex.Row::reference).containsExactly("SV-10");
            assertThat(done.draft()).isTrue();
            assertThat(done.scope()).isEqualTo("Selectie: status Afgedaan");

            Annex none = annexes.build(new Scope("Bestaat niet", null, null, null), TODAY, false);
            assertThat(none.isEmpty()).isTrue();
            assertThat(none.sections()).isEmpty();
        }
    }

    @Test
    void inEnglishWhenAsked() {
        try (Tracker tracker = open()) {
            tracker.loadDemo();
            long sv07 = id(tracker, "SV-07");
            tracker.rappel().postpone(sv07, "2025-12-18", "later", null);
            Annex annex = new Annexes(tracker, Messages.forLanguage("en")).build(Scope.ALL, LocalDate.of(2026, 1, 1), false);
            assertThat(annex.dateLine()).isEqualTo("State of affairs as of 1 January 2026");
            assertThat(annex.words().headings()).first().isEqualTo("Number");
            assertThat(byReference(annex).get("SV-07").newTerm()).isEqualTo("18 December 2025\npostponed 1x");
        }
    }
}
