package nl.toezeggingen.domain.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.toezeggingen.domain.agenda.Event;

/**
 * The meeting calendar in its file form ({@code kalender.csv}, {@code calendar import}/{@code export}): recess
 * rows as they always were, and moment rows ({@code moment,naam,soort,eerste dag,laatste dag,status,dossier,bron})
 * for the user's debates and budget moments. One form for both, so an exported file can be imported again.
 */
public record CalendarSheet(List<RecessRow> recesses, List<Event> moments) {
    /** The column lines written above the rows, so that someone opening the file can read it. */
    public static final String RECESS_COLUMNS = "# reces,eerste dag,laatste dag,status,bron";
    public static final String MOMENT_COLUMNS = "# moment,naam,soort,eerste dag,laatste dag,status,dossier,bron";

    public CalendarSheet {
        recesses = List.copyOf(recesses);
        moments = List.copyOf(moments);
    }

    /**
     * Reads a whole file; {@code sourceName} names it in messages.
     *
     * @throws CalendarFormatException for the first broken line (file and line named): nothing of it is returned
     */
    public static CalendarSheet read(String sourceName, String content) {
        return CalendarFile.read(sourceName, content);
    }

    /** The file text: {@code header} lines (each written as a comment), then the recesses and the moments. */
    public String write(List<String> header) {
        StringBuilder out = new StringBuilder();
        for (String line : header) {
            out.append(line.startsWith("#") ? line : "# " + line).append('\n');
        }
        if (!recesses.isEmpty()) {
            out.append(RECESS_COLUMNS).append('\n');
            for (RecessRow row : recesses) {
                Recess r = row.recess();
                line(out, r.kind().word(), r.first().toString(), r.last().toString(), certainty(r.certainty()),
                        row.source());
            }
        }
        if (!moments.isEmpty()) {
            out.append(MOMENT_COLUMNS).append('\n');
            for (Event e : moments) {
                line(out, CalendarFile.MOMENT, e.name(), CalendarFile.kindWord(e.kind()), day(e.earliest()),
                        day(e.latest()), e.status().json(), e.dossier(), e.source());
            }
        }
        return out.toString();
    }

    private static String certainty(Certainty certainty) {
        return certainty == Certainty.OFFICIAL ? "officieel" : "onbevestigd";
    }

    private static String day(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** Cells joined by commas; a cell with a comma, semicolon or quote is quoted; empty trailing cells are left off. */
    private static void line(StringBuilder out, String... cells) {
        int last = cells.length;
        while (last > 0 && (cells[last - 1] == null || cells[last - 1].isEmpty())) {
            last--;
        }
        for (int i = 0; i < last; i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = Objects.requireNonNullElse(cells[i], "").replaceAll("\\R", " ");
            boolean quote = cell.matches(".*[,;\"].*") || !cell.equals(cell.strip()) || (i == 0 && cell.startsWith("#"));
            out.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        out.append('\n');
    }

    /** How moments are matched by name: "Commissiedebat  Hoger onderwijs" is "commissiedebat hoger onderwijs". */
    public static String nameKey(String name) {
        return CalendarFile.nameKey(name);
    }

    /** Rows for the user's own recesses, in calendar order. */
    public static List<RecessRow> sorted(List<RecessRow> rows) {
        List<RecessRow> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparing((RecessRow r) -> r.recess().first()));
        return sorted;
    }
}
