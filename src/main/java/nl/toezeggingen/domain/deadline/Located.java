package nl.toezeggingen.domain.deadline;

/**
 * The deadline part of a longer text (a register's whole "Tekst"), as {@link DeadlineParser#locate} found it.
 *
 * @param phrase     that part as it was typed ("vóór de zomer van 2025"): what to keep as the deadline phrase
 * @param start      where it starts in the text given
 * @param end        just after it
 * @param resolution the phrase resolved on its own; refused only when it needs a made-on date that was not
 *                   given (key {@code deadline.refused.noMadeOn})
 * @param leftover   time-bearing words elsewhere in the text (as the parser reads them), or null: the text
 *                   names another moment too, so the part found may not be the deadline
 */
public record Located(String phrase, int start, int end, Resolution resolution, String leftover) {
}
