package nl.toezeggingen.report.annex;

/** What the Word and the PDF annex share, so that their tables look alike. */
final class AnnexLayout {
    /**
     * Each column's share of the page's width: Nummer, Omschrijving, Vindplaats, Stand van zaken, Oorspronkelijke
     * termijn, Nieuwe termijn. The description and the stand van zaken get the room; the number column holds a
     * Tweede Kamer number (TZ202406-123) on one line and the fifth its heading's long word, "Oorspronkelijke".
     */
    static final double[] COLUMN_SHARES = {0.13, 0.22, 0.15, 0.21, 0.15, 0.14};

    private AnnexLayout() {
    }
}
