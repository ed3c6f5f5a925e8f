package nl.toezeggingen.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusTest {

    @ParameterizedTest
    @CsvSource({
            "OPEN, OPEN", "openstaand, OPEN", "Openstaand, OPEN",
            "in_progress, IN_PROGRESS", "In uitvoering, IN_PROGRESS", "in-progress, IN_PROGRESS",
            "Deels afgedaan, PARTLY_DONE", "Deels Voldaan, PARTLY_DONE", "partly_done, PARTLY_DONE",
            "Afgedaan, DONE", "Voldaan, DONE", "done, DONE", "AFGEDAAN, DONE",
            "Vervallen, LAPSED", "lapsed, LAPSED"})
    void readsEnglishDutchAndRegisterWords(String word, Status expected) {
        assertThat(Status.parse(word)).contains(expected);
    }

    /** The words of other registers (issue 16): any case, with spaces around, on every way in. */
    @ParameterizedTest
    @CsvSource({
            "Afgehandeld, DONE", "AFGEROND, DONE", "' gereed ', DONE", "voldaan, DONE",
            "Deels voldaan, PARTLY_DONE", "Lopend, IN_PROGRESS", "In Behandeling, IN_PROGRESS",
            "'  in   uitvoering ', IN_PROGRESS", "Niet gestart, OPEN", "niet-gestart, OPEN",
            "Ingetrokken, LAPSED", "VERVALLEN, LAPSED"})
    void readsTheWordsOfOtherRegisters(String word, Status expected) {
        assertThat(Status.parse(word)).contains(expected);
    }

    @org.junit.jupiter.api.Test
    void theHelpCanNameTheOtherWordsOfEachStatus() {
        assertThat(Status.DONE.otherWords()).containsExactly("afgehandeld", "afgerond", "gereed", "voldaan");
        assertThat(Status.OPEN.otherWords()).containsExactly("niet gestart");
        assertThat(Status.LAPSED.otherWords()).containsExactly("ingetrokken");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "klaar", "afgedaan!", "opn"})
    void refusesUnknownWords(String word) {
        assertThat(Status.parse(word)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void onlyDoneAndLapsedAreClosed() {
        assertThat(Status.values()).filteredOn(Status::isClosed).containsExactly(Status.DONE, Status.LAPSED);
    }
}
