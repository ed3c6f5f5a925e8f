package nl.toezeggingen.report.annex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.toezeggingen.domain.rappel.Annex;

/** Annexes made by hand for the writers' tests: two dossiers, Dutch accents, long texts, a row too long for a page. */
final class AnnexSamples {
    static final Annex.Words WORDS = new Annex.Words("Bijlage: stand van zaken toezeggingen",
            List.of("Nummer", "Omschrijving", "Vindplaats", "Stand van zaken", "Oorspronkelijke termijn", "Nieuwe termijn"),
            "Concept", "pagina {page} van {pages}", "(vervolg)");

    private AnnexSamples() {
    }

    /** {@code rows} rows in the first dossier, three in the second; every text differs per row. */
    static Annex of(int rows, boolean draft) {
        List<Annex.Row> first = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            first.add(new Annex.Row(i, String.format("SV-%02d", i), "Kamer vóór de zomer informeren over onderzoek " + i,
                    "Commissiedebat sociale veiligheid, 3 april 2024",
                    i % 3 == 0 ? "" : "12-06-2025: concept bij DGHO; Kamer wordt geïnformeerd na overleg met de "
                            + "koepels over de uitkomsten van de inventarisatie (punt " + i + ")",
                    "voor de zomer van 2025 (3 juli 2025)",
                    i % 2 == 0 ? "voor het kerstreces (18 december 2025)\n2x uitgesteld" : ""));
        }
        List<Annex.Row> second = List.of(
                new Annex.Row(101, "TZ202406-001", "Brief over de Caraïbische eilanden", "Notaoverleg", "", "eind 2025 (31 december 2025)", ""),
                new Annex.Row(102, "TZ202406-002", "Evaluatie ‘Vrij en veilig onderwijs’ – geïnformeerd", "Brief", "Noten:\nregel één\nregel twee", "", ""),
                new Annex.Row(103, "TZ202406-003", "Reactie op motie Pawłowski 🙂", "Plenair debat", "", "2026", ""));
        return new Annex(WORDS, LocalDate.of(2025, 7, 1), "Stand van zaken per 1 juli 2025", null, draft,
                List.of(new Annex.Section("Sociale veiligheid in hoger onderwijs en wetenschap", first),
                        new Annex.Section("Zonder dossier", second)));
    }
}
