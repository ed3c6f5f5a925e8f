package nl.toezeggingen.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Picking another moment changes the name in the phrase and nothing else; no name found, no change. */
class PhraseRenameTest {
    @Test
    void the_name_is_replaced_whatever_its_case_and_accents_and_the_words_around_it_stay() {
        assertThat(PhraseRename.rename("De Kamer wordt vóór het commissiedebat hoger onderwijs geïnformeerd",
                "Commissiedebat Hoger Onderwijs", "Notaoverleg wetenschap"))
                .contains("De Kamer wordt vóór het Notaoverleg wetenschap geïnformeerd");
        assertThat(PhraseRename.rename("bij de Vóórjaarsnota", "voorjaarsnota", "Voorjaarsnota 2026"))
                .contains("bij de Voorjaarsnota 2026");
    }

    @Test
    void a_phrase_that_does_not_say_the_name_is_left_alone() {
        assertThat(PhraseRename.rename("voor het commissiedebat toezicht", "Commissiedebat over toezicht", "X")).isEmpty();
        assertThat(PhraseRename.rename("voor het commissiedebat", "", "X")).isEmpty();
        assertThat(PhraseRename.rename("voor het commissiedebat", "commissiedebat", " ")).isEmpty();
    }
}
