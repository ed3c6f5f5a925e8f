package nl.toezeggingen.importer;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.toezeggingen.domain.Commitment.Field;

/** Column headings people use in ministry lists and our own exports, in Dutch or English, matched loosely. */
final class Columns {
    private static final Map<String, Field> NAMES = new HashMap<>();

    static {
        names(Field.REFERENCE, "kenmerk", "nummer", "nr", "reference", "ref", "number", "id toezegging");
        names(Field.TITLE, "titel", "title", "omschrijving", "description", "onderwerp", "toezegging", "commitment");
        names(Field.TEXT, "tekst", "text", "toelichting", "volledige tekst", "full text");
        names(Field.DOSSIER, "dossier", "beleidsdossier", "ministerie", "ministry");
        names(Field.LINE, "actielijn", "action line", "line", "lijn");
        names(Field.STATUS, "status", "state");
        names(Field.DEADLINE_PHRASE, "termijn", "deadline", "datum nakoming", "due", "due date", "planning");
        names(Field.DEADLINE_EARLIEST, "vanaf", "earliest", "termijn vanaf", "deadline from");
        names(Field.DEADLINE_LATEST, "uiterlijk", "latest", "termijn uiterlijk", "deadline latest");
        names(Field.MADE_ON, "datum toezegging", "datum", "toegezegd op", "made on", "date", "aanmaakdatum");
        names(Field.MADE_IN, "vindplaats", "debat", "made in", "source", "activiteit", "kamerstuk");
        names(Field.MADE_BY, "bewindspersoon", "minister", "verantwoordelijke", "made by", "toegezegd door");
        names(Field.OWNER, "eigenaar", "owner", "behandelaar", "contactpersoon");
        names(Field.FULFILLED_ON, "afgedaan op", "datum afgedaan", "fulfilled on", "done on");
        names(Field.FULFILLED_BY, "afgedaan met", "kamerbrief", "kamerbrief nakoming", "fulfilled by");
        // Issue 19: the registers' own headings; "Kamerleden" and "Commissie" are the Eerste Kamer's.
        names(Field.CHAMBER, "kamer", "chamber");
        names(Field.COMMITTEE, "commissie", "kamercommissie", "committee");
        names(Field.PROMISED_TO, "toegezegd aan", "kamerleden", "kamerlid", "promised to");
        names(Field.NOTES, "stand van zaken", "notities", "opmerkingen", "notes", "remarks", "progress");
    }

    private Columns() {
    }

    private static void names(Field field, String... names) {
        for (String name : names) {
            NAMES.put(key(name), field);
        }
    }

    static Optional<Field> match(String heading) {
        return Optional.ofNullable(NAMES.get(key(heading)));
    }

    // "Stand van zaken", "STAND_VAN_ZAKEN", "Datum-nakoming", "Eigenaar:" and "Titel (kort)" all match.
    private static String key(String heading) {
        String plain = Normalizer.normalize(heading == null ? "" : heading, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("\\(.*?\\)", " ")
                .toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", " ").strip();
    }
}
