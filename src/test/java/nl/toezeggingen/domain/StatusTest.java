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
