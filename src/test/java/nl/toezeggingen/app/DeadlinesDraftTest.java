package nl.toezeggingen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.toezeggingen.domain.deadline.Resolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16, point 3 in the window: a new commitment without a made-on date counts from today, and says so. */
class DeadlinesDraftTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Messages DUTCH = new Messages(Messages.DUTCH);
    static final Messages ENGLISH = new Messages(Messages.ENGLISH);

    @TempDir
    Path data;

    @Test
    void aRelativePhraseWithoutMadeOnCountsFromTodayAndTheExplanationSaysSo() {
        Deadlines deadlines = Deadlines.load(data);
        Resolution draft = deadlines.draft("binnen zes weken", null, TODAY);
        assertThat(draft.understood()).isTrue();
        assertThat(draft.deadline().latest()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(DUTCH.explanation(draft.explanation())).isEqualTo("Uiterlijk dinsdag 12 januari 2027: 6 weken"
                + " gerekend vanaf vandaag (1 december 2026), omdat de datum van de toezegging nog niet is ingevuld.");
        assertThat(ENGLISH.explanation(draft.explanation())).isEqualTo("By Tuesday, 12 January 2027: 6 weeks counted"
                + " from today (1 December 2026), because the date of the commitment has not been filled in.");

        String summer = DUTCH.explanation(deadlines.draft("voor de zomer", null, TODAY).explanation());
        assertThat(summer).startsWith("Uiterlijk donderdag 8 juli 2027: de laatste vergaderdag voor het zomerreces")
                .endsWith(", gerekend vanaf vandaag (1 december 2026) omdat de datum van de toezegging nog niet is"
                        + " ingevuld.")
                .doesNotContain("..").doesNotContain("de datum van de toezegging,");
    }

    @Test
    void onceTheMadeOnDateIsThereItCountsFromThat() {
        Deadlines deadlines = Deadlines.load(data);
        LocalDate madeOn = LocalDate.of(2024, 6, 7);
        Resolution draft = deadlines.draft("binnen zes weken", madeOn, TODAY);
        assertThat(draft).isEqualTo(deadlines.resolve("binnen zes weken", madeOn));
        assertThat(DUTCH.explanation(draft.explanation())).isEqualTo(
                "Uiterlijk vrijdag 19 juli 2024: 6 weken na 7 juni 2024, de datum van de toezegging.");
    }

    @Test
    void aPhraseThatNamesItsYearNeedsNoMadeOnAndGetsNoNote() {
        Deadlines deadlines = Deadlines.load(data);
        Resolution draft = deadlines.draft("voor de zomer van 2024", null, TODAY);
        assertThat(draft).isEqualTo(deadlines.resolve("voor de zomer van 2024", null));
        assertThat(DUTCH.explanation(draft.explanation())).doesNotContain("vandaag");
        assertThat(deadlines.needsMadeOn("voor de zomer van 2024")).isFalse();
        assertThat(deadlines.needsMadeOn("binnen zes weken")).isTrue();
    }

    @Test
    void outsideTheFormNothingCountsFromToday() {
        Deadlines deadlines = Deadlines.load(data);
        Resolution strict = deadlines.resolve("binnen zes weken", null);
        assertThat(strict.understood()).isFalse();
        assertThat(strict.refusal().key()).isEqualTo(Deadlines.NEEDS_MADE_ON);
        assertThat(deadlines.draft("vaag", null, TODAY).refusal().key()).isEqualTo("deadline.refused.unknown");
    }
}
