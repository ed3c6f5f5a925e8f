package nl.toezeggingen.domain.rappel;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The rappel's annex ("bijlage") as plain data, every text already in the user's words: the Word and the PDF
 * document are both laid out from this one value, so they cannot disagree, and what it says is tested without
 * a file.
 *
 * @param on       the rappel's reference date
 * @param dateLine the line under the heading that names it ("Stand van zaken per 1 juli 2025")
 * @param scope    the selection in words, or null when the annex covers everything
 * @param draft    whether it is marked as a draft ("Concept")
 */
public record Annex(Words words, LocalDate on, String dateLine, String scope, boolean draft, List<Section> sections) {

    /** The columns, in their order; every row has one text for each. */
    public static final int COLUMNS = 6;

    /**
     * The words around the data.
     *
     * @param headings    the six column headings, in the order of {@link Row#cells()}
     * @param pagePattern the page footer with {@code {page}} and {@code {pages}} in it ("pagina {page} van {pages}")
     * @param continued   added to a dossier heading where its table goes on over a page ("(vervolg)")
     */
    public record Words(String title, List<String> headings, String draftMark, String pagePattern, String continued) {
        public Words {
            headings = List.copyOf(headings);
            if (headings.size() != COLUMNS) {
                throw new IllegalArgumentException("an annex has " + COLUMNS + " columns, not " + headings.size());
            }
        }

        /** "pagina 2 van 3". */
        public String page(int page, int pages) {
            return pagePattern.replace("{page}", Integer.toString(page)).replace("{pages}", Integer.toString(pages));
        }
    }

    /** One dossier's table; {@code dossier} is its heading (already "Zonder dossier" for none). */
    public record Section(String dossier, List<Row> rows) {
        public Section {
            Objects.requireNonNull(dossier, "dossier");
            rows = List.copyOf(rows);
        }
    }

    /**
     * One commitment's line; empty texts rather than null, so that every writer prints a cell as it is.
     *
     * @param id            the commitment's own number in the program (not printed: for tests and look-ups)
     * @param progress      the latest stand van zaken ("12-06-2025: concept bij DGHO"), or else the notes
     * @param originalTerm  the first deadline it had, phrase and date
     * @param newTerm       the deadline it has now when it was postponed, with how often ("2x uitgesteld")
     */
    public record Row(long id, String reference, String title, String madeIn, String progress, String originalTerm,
                      String newTerm) {
        public Row {
            reference = Objects.requireNonNullElse(reference, "");
            title = Objects.requireNonNullElse(title, "");
            madeIn = Objects.requireNonNullElse(madeIn, "");
            progress = Objects.requireNonNullElse(progress, "");
            originalTerm = Objects.requireNonNullElse(originalTerm, "");
            newTerm = Objects.requireNonNullElse(newTerm, "");
        }

        /** The cell texts, in the order of {@link Words#headings()}. */
        public List<String> cells() {
            return List.of(reference, title, madeIn, progress, originalTerm, newTerm);
        }
    }

    public Annex {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(on, "on");
        sections = List.copyOf(sections);
    }

    public boolean isEmpty() {
        return sections.stream().allMatch(s -> s.rows().isEmpty());
    }

    public List<Row> rows() {
        return sections.stream().flatMap(s -> s.rows().stream()).toList();
    }
}
