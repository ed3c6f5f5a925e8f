package nl.toezeggingen.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.toezeggingen.domain.Commitment.Field;
import nl.toezeggingen.domain.ImportFormat;
import nl.toezeggingen.domain.ImportIssue;

/**
 * The Tweede Kamer's open data entity {@code Toezegging}, mapped as issue 7 says: the register number is
 * the reference, the first sentence of the text the title, the minister's name and office "made by".
 */
final class TkJson {
    private static final String NO_DATE = "0001-01-01";
    /** "TZ202504-057": registered in April 2025. */
    private static final java.util.regex.Pattern NUMBER_MONTH =
            java.util.regex.Pattern.compile("^TZ((?:19|20|21)\\d{2})(0[1-9]|1[0-2])\\D");
    private static final Map<Field, String> COLUMNS = Map.of(
            Field.REFERENCE, "Nummer", Field.TITLE, "Tekst", Field.TEXT, "Tekst", Field.STATUS, "Status",
            Field.DEADLINE_LATEST, "DatumNakoming", Field.MADE_ON, "Aanmaakdatum", Field.DOSSIER, "Ministerie",
            Field.MADE_BY, "Naam/Functie", Field.MADE_IN, "ActiviteitNummer", Field.FULFILLED_BY, "KamerbriefNakoming");

    private TkJson() {
    }

    static Parsed read(byte[] bytes) {
        List<RawRow> rows = new ArrayList<>();
        List<ImportIssue> issues = new ArrayList<>();
        int[] skipped = {0};
        ImportIssue broken = JsonRecords.read(bytes, (line, node) -> {
            if (node.path("Verwijderd").asBoolean(false)) {
                skipped[0]++;
                return;
            }
            rows.add(row(line, node, issues));
        });
        if (Table.tooManyRows().equals(broken)) {
            return Parsed.failed(ImportFormat.TK, broken);
        }
        if (broken != null) {
            issues.add(broken);
        }
        return new Parsed(ImportFormat.TK, rows, COLUMNS, List.of(), skipped[0], issues);
    }

    private static RawRow row(int line, JsonNode node, List<ImportIssue> issues) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        String text = JsonRecords.text(node, "Tekst");
        values.put(Field.REFERENCE, orEmpty(JsonRecords.text(node, "Nummer")));
        values.put(Field.TEXT, orEmpty(text));
        values.put(Field.TITLE, orEmpty(Sentences.title(text)));
        String status = JsonRecords.text(node, "Status");
        if (status == null || status.isBlank()) {
            issues.add(ImportIssue.warning(line, "Status", "import.tk.noStatus"));
            status = "Openstaand";
        }
        values.put(Field.STATUS, status);
        String due = date(JsonRecords.text(node, "DatumNakoming"));
        values.put(Field.DEADLINE_LATEST, due);
        values.put(Field.MADE_ON, madeOn(line, node, issues));
        values.put(Field.DOSSIER, orEmpty(JsonRecords.text(node, "Ministerie")));
        values.put(Field.MADE_BY, madeBy(node));
        values.put(Field.MADE_IN, orEmpty(JsonRecords.text(node, "ActiviteitNummer")));
        values.put(Field.FULFILLED_BY, orEmpty(JsonRecords.text(node, "KamerbriefNakoming")));
        // The Tweede Kamer's register: every record is made to the Tweede Kamer.
        values.put(Field.CHAMBER, "Tweede Kamer");
        return new RawRow(line, values, null, null, due.isEmpty());
    }

    /**
     * Aanmaakdatum, else the first of the month the Nummer names (with a warning): a deadline such as "voor de
     * zomer" needs the day it was made, and counting it from the day of the import would be wrong by years.
     */
    private static String madeOn(int line, JsonNode node, List<ImportIssue> issues) {
        String made = date(JsonRecords.text(node, "Aanmaakdatum"));
        if (!made.isEmpty()) {
            return made;
        }
        java.util.regex.Matcher month = NUMBER_MONTH.matcher(orEmpty(JsonRecords.text(node, "Nummer")).strip());
        if (!month.find()) {
            return "";
        }
        issues.add(ImportIssue.warning(line, "Aanmaakdatum", "import.tk.madeOnFromNumber"));
        return month.group(1) + "-" + month.group(2) + "-01";
    }

    /** "R.H. Dijkgraaf, minister van Onderwijs, Cultuur en Wetenschap": the parts the record has. */
    private static String madeBy(JsonNode node) {
        String first = firstOf(JsonRecords.text(node, "Voornaam"), JsonRecords.text(node, "Initialen"));
        String built = Stream.of(first, JsonRecords.text(node, "Tussenvoegsel"), JsonRecords.text(node, "Achternaam"))
                .filter(s -> s != null && !s.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(" "));
        String name = built.isEmpty() || JsonRecords.text(node, "Achternaam") == null
                ? orEmpty(JsonRecords.text(node, "Naam")).strip() : built;
        String office = orEmpty(JsonRecords.text(node, "Functie")).strip();
        return Stream.of(name, office).filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
    }

    /** The date part of an OData dateTime; the register's 0001-01-01 means "no date". */
    private static String date(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String day = value.strip();
        day = day.length() >= 10 && day.charAt(4) == '-' ? day.substring(0, 10) : day;
        return NO_DATE.equals(day) ? "" : day;
    }

    private static String firstOf(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
