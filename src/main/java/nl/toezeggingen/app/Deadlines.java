package nl.toezeggingen.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.InvalidCommitmentException;
import nl.toezeggingen.domain.Problem;
import nl.toezeggingen.domain.Text;
import nl.toezeggingen.domain.deadline.DeadlineParser;
import nl.toezeggingen.domain.deadline.ParliamentCalendar;
import nl.toezeggingen.domain.deadline.Resolution;

/**
 * Deadline phrases against the user's parliamentary calendar. Needs no database, so `resolve` works
 * while the window holds the data open.
 */
public final class Deadlines {
    private final ParliamentCalendar calendar;
    private final DeadlineParser parser;

    public Deadlines(ParliamentCalendar calendar) {
        this.calendar = calendar;
        this.parser = new DeadlineParser(calendar);
    }

    /** @throws nl.toezeggingen.domain.deadline.CalendarFormatException when the user's kalender.csv is broken */
    public static Deadlines load(Path dataDirectory) {
        return new Deadlines(CalendarLoader.load(dataDirectory));
    }

    /** The recesses behind the resolutions, read once with the user's kalender.csv. */
    public ParliamentCalendar calendar() {
        return calendar;
    }

    public Resolution resolve(String phrase, LocalDate madeOn) {
        return parser.resolve(phrase, madeOn);
    }

    /** The deadline part of a longer text, such as a register's whole text; see {@link DeadlineParser#locate}. */
    public java.util.Optional<nl.toezeggingen.domain.deadline.Located> locate(String text, LocalDate madeOn) {
        return parser.locate(text, madeOn);
    }

    /**
     * The deadline to store. Dates typed by hand win and the phrase is kept; without them the phrase's
     * window is used, and a phrase that is not understood is refused at the phrase field.
     * {@code madeOn} null means the commitment was made {@code today}.
     */
    public Deadline settle(String phrase, LocalDate earliest, LocalDate latest, LocalDate madeOn, LocalDate today) {
        String text = Text.clean(phrase);
        if (text == null) {
            return new Deadline(null, earliest, latest, false);
        }
        Resolution resolution = parser.resolve(text, madeOn != null ? madeOn : today);
        if (latest != null || earliest != null) {
            Deadline typed = new Deadline(text, earliest, latest, false);
            // Dates that merely repeat the resolution keep its "estimated" mark.
            return resolution.understood() && sameDates(resolution.deadline(), typed) ? resolution.deadline() : typed;
        }
        if (!resolution.understood()) {
            throw new InvalidCommitmentException(List.of(new Problem(Commitment.Field.DEADLINE_PHRASE,
                    resolution.refusal().key(), resolution.refusal().args())));
        }
        return resolution.deadline();
    }

    /** True when the stored dates are what the phrase gives (not typed over by hand). */
    public boolean followsPhrase(Deadline deadline, LocalDate madeOn, LocalDate today) {
        if (deadline.phrase() == null) {
            return false;
        }
        Resolution resolution = parser.resolve(deadline.phrase(), madeOn != null ? madeOn : today);
        return resolution.understood() && sameDates(resolution.deadline(), deadline);
    }

    private static boolean sameDates(Deadline a, Deadline b) {
        return Objects.equals(a.earliest(), b.earliest()) && Objects.equals(a.latest(), b.latest());
    }
}
