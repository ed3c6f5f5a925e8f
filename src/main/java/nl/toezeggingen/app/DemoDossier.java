package nl.toezeggingen.app;

import java.time.LocalDate;
import java.util.List;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.store.CommitmentStore.Linked;

/**
 * The first real dossier: the memo on social safety in higher education (June 2024), in its own words.
 * Deadlines are the memo's phrases; the dates come from the deadline language on loading.
 * References are ours (SV-…), not register numbers, so that loading twice can recognise what is there.
 */
final class DemoDossier {
    static final String DOSSIER = "Sociale veiligheid in hoger onderwijs en wetenschap";
    static final String LINE_1 = "Lijn 1: Toevoeging zorgplicht voor sociale veiligheid aan WHW";
    static final String LINE_2 = "Lijn 2: Uitbreiding meld-, overleg- en aangifteplicht en verkenning verbod op zwijgbedingen";
    static final String LINE_3 = "Lijn 3: Verbetering van voorzieningen voor klachten en meldingen";
    static final String LINE_4 = "Lijn 4: Versterking toezicht";
    static final String LINE_5 = "Lijn 5: Samenwerking tussen universiteiten en hogescholen";

    private static final LocalDate LETTER_2023 = LocalDate.of(2023, 6, 8);
    private static final LocalDate DEBATE = LocalDate.of(2024, 4, 3);
    private static final LocalDate MEMO = LocalDate.of(2024, 6, 7);
    private static final String MADE_IN_LETTER = "Brief integrale aanpak sociale veiligheid (8 juni 2023) en debat van 3 april 2024";
    private static final String MADE_IN_MEMO = "Voortgangsbrief integrale aanpak sociale veiligheid (juni 2024)";
    private static final String MINISTER = "Minister van Onderwijs, Cultuur en Wetenschap";

    private DemoDossier() {
    }

    static List<Linked> commitments() {
        return List.of(
                item("SV-01", null, "Kamer voor de zomer van 2024 informeren over de integrale aanpak",
                        "In deze brief en tijdens het debat van 3 april 2024 heeft u toegezegd de Kamer hierover voor "
                                + "de zomer van 2024 te informeren. Bijgaand treft u de voortgangsbrief.",
                        phrase("voor de zomer van 2024"),
                        Status.IN_PROGRESS, DEBATE, MADE_IN_LETTER),
                item("SV-02", LINE_1, "Zorgplicht voor sociale veiligheid breder verankeren in de WHW",
                        "U werkt aan een zorgplicht voor instellingen om sociale veiligheid breder in de WHW te "
                                + "verankeren. U bent in gesprek met het veld en heeft de toepassingsmogelijkheden van "
                                + "Title IX verkend.",
                        Deadline.NONE, Status.IN_PROGRESS, LETTER_2023, MADE_IN_LETTER),
                item("SV-03", LINE_1, "Start thematische analyse NVAO",
                        "De NVAO gaat een thematische analyse uitvoeren. De start van deze analyse wordt voorzien in "
                                + "de laatste maanden van 2024.",
                        phrase("in de laatste maanden van 2024"),
                        Status.OPEN, MEMO, MADE_IN_MEMO),
                item("SV-04", LINE_2, "Wetsvoorstel ‘Vrij en veilig onderwijs’ indienen bij de Raad van State",
                        "De internetconsultatie van het wetsvoorstel ‘Vrij en veilig onderwijs’ is eind september 2023 "
                                + "gesloten en de reacties worden op dit moment verwerkt. De verwachting is dat het "
                                + "wetsvoorstel rond de zomer van dit jaar wordt ingediend bij de Raad van State.",
                        phrase("rond de zomer van dit jaar"),
                        Status.IN_PROGRESS, MEMO, MADE_IN_MEMO),
                item("SV-05", LINE_2, "Uitkomsten inventarisatie zwijgbedingen met de Kamer delen",
                        "Verder bent u bezig met een inventarisatie van een mogelijk probleem met betrekking tot "
                                + "zwijgbedingen in het onderwijs. Deze inventarisatie richt zich op de sectoren po, vo, "
                                + "mbo, hbo en wo. U verwacht de uitkomsten hiervan dit jaar met de Kamer te kunnen delen.",
                        phrase("dit jaar"),
                        Status.IN_PROGRESS, MEMO, MADE_IN_MEMO),
                item("SV-06", LINE_3, "Onderzoek klacht- en meldvoorzieningen afronden",
                        "Het onderzoek naar de klacht- en meldvoorzieningen is gestart en zal naar verwachting eind "
                                + "2024 zijn afgerond.",
                        phrase("eind 2024"),
                        Status.IN_PROGRESS, MEMO, MADE_IN_MEMO),
                linked(item("SV-07", LINE_3, "Uitkomsten en vervolgstappen klacht- en meldvoorzieningen met de Kamer delen",
                        "De uitkomsten van het onderzoek en de voorgenomen vervolgstappen zal u voor de zomer in 2025 "
                                + "met uw Kamer delen.",
                        phrase("voor de zomer in 2025"),
                        Status.OPEN, MEMO, MADE_IN_MEMO), "SV-06"),
                item("SV-08", LINE_4, "Start onderzoek Onderwijsinspectie naar raden van toezicht",
                        "U benoemt dat de Onderwijsinspectie deze zomer zal starten met een onderzoek naar de raden van "
                                + "toezicht bij instellingen in het hoger onderwijs.",
                        phrase("deze zomer"),
                        Status.OPEN, MEMO, MADE_IN_MEMO),
                item("SV-09", LINE_4, "Sociale veiligheid als terugkerend agendapunt met voorzitters raden van toezicht",
                        "Met betrekking tot intern toezicht zult u sociale veiligheid als een terugkerend agendapunt bij "
                                + "uw periodiek overleg met de voorzitters van de raden van toezicht van universiteiten "
                                + "bespreken.",
                        phrase("periodiek"),
                        Status.IN_PROGRESS, MEMO, MADE_IN_MEMO),
                done(item("SV-10", LINE_5, "Regiegroep samenwerking universiteiten en hogescholen instellen",
                        "U geeft aan op 3 juni een regiegroep in te hebben gesteld om hier uitvoering aan te geven "
                                + "(NB deze voortgangsbrief zal niet voor 3 juni verzonden worden).",
                        phrase("op 3 juni"),
                        Status.DONE, DEBATE, MADE_IN_LETTER), LocalDate.of(2024, 6, 3), "Instelling regiegroep"),
                item("SV-11", null, "Beleidsreactie op het advies van de regeringscommissaris (bijlage 1)",
                        "In bijlage 1 van de brief geeft u een uitgebreide beleidsreactie op het advies van de "
                                + "regeringscommissaris seksueel grensoverschrijdend gedrag en seksueel geweld.",
                        phrase("voor de zomer van 2024"),
                        Status.IN_PROGRESS, MEMO, MADE_IN_MEMO),
                item("SV-12", null, "Afschrift brief aan de raad van toezicht van de TU Delft (bijlage 2)",
                        "Bijlage 2 van de brief is een afschrift van de brief die u recentelijk aan de raad van toezicht "
                                + "van de TU Delft heeft gezonden.",
                        phrase("voor de zomer van 2024"),
                        Status.IN_PROGRESS, MEMO, MADE_IN_MEMO));
    }

    /** The memo gives phrases; their dates come from the deadline language when the demo is loaded. */
    private static Deadline phrase(String phrase) {
        return new Deadline(phrase, null, null, false);
    }

    private static Linked item(String reference, String line, String title, String text, Deadline deadline,
                               Status status, LocalDate madeOn, String madeIn) {
        return new Linked(Commitment.builder()
                .reference(reference)
                .title(title)
                .text(text)
                .dossier(DOSSIER)
                .line(line)
                .status(status)
                .deadline(deadline)
                .madeOn(madeOn)
                .madeIn(madeIn)
                .madeBy(MINISTER)
                .build(), null);
    }

    private static Linked linked(Linked item, String dependsOnReference) {
        return new Linked(item.commitment(), dependsOnReference);
    }

    private static Linked done(Linked item, LocalDate on, String by) {
        return new Linked(item.commitment().toBuilder().fulfilledOn(on).fulfilledBy(by).build(),
                item.dependsOnReference());
    }
}
