package nl.toezeggingen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The overdue bar's and `overdue`'s summary reads as a sentence for every count and horizon: a deadline
 * "verstrijkt" (a passport "verloopt"), and "binnen vandaag" is not Dutch.
 */
class OverdueSummaryWordsTest {
    private static final int[] COUNTS = {0, 1, 2};
    private static final int[] HORIZONS = {0, 1, 7};

    private static String summary(String language, int overdue, int due, int horizon) {
        return Messages.forLanguage(language).get("overdue.summary", overdue, due, horizon);
    }

    @Test
    void dutchSentencesForEveryCombination() {
        assertThat(summary("nl", 0, 0, 0)).isEqualTo("Niets is te laat; vandaag verstrijkt geen termijn.");
        assertThat(summary("nl", 0, 0, 7)).isEqualTo("Niets is te laat; binnen 7 dagen verstrijkt geen termijn.");
        assertThat(summary("nl", 0, 1, 0)).isEqualTo("Niets is te laat, 1 termijn verstrijkt vandaag.");
        assertThat(summary("nl", 1, 1, 1)).isEqualTo("1 toezegging is te laat, 1 termijn verstrijkt vandaag of morgen.");
        assertThat(summary("nl", 2, 1, 7)).isEqualTo("2 toezeggingen zijn te laat, 1 termijn verstrijkt binnen 7 dagen.");
        assertThat(summary("nl", 2, 2, 0)).isEqualTo("2 toezeggingen zijn te laat, 2 termijnen verstrijken vandaag.");
        assertThat(summary("nl", 1, 0, 1)).isEqualTo("1 toezegging is te laat; vandaag of morgen verstrijkt geen termijn.");
        assertThat(summary("nl", 9, 0, 14)).isEqualTo("9 toezeggingen zijn te laat; binnen 14 dagen verstrijkt geen termijn.");
        for (String sentence : all("nl")) {
            assertThat(sentence).doesNotContain("{", "'", "verloopt", "verlopen", "binnen vandaag", "binnen 1 dag")
                    .matches("[0-9N][^;,]*[;,] [^;,]*\\.");
        }
    }

    @Test
    void englishSentencesForEveryCombination() {
        assertThat(summary("en", 0, 0, 0)).isEqualTo("Nothing is overdue; nothing is due today.");
        assertThat(summary("en", 1, 1, 1)).isEqualTo("1 commitment is overdue, 1 is due today or tomorrow.");
        assertThat(summary("en", 2, 2, 7)).isEqualTo("2 commitments are overdue, 2 are due within 7 days.");
        for (String sentence : all("en")) {
            assertThat(sentence).doesNotContain("{", "'", "within today", "within 1 day")
                    .matches("[0-9N][^;,]*[;,] [^;,]*\\.");
        }
    }

    @Test
    void noDutchTextSaysADeadlineVerloopt() throws IOException {
        Properties dutch = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/messages.properties")) {
            dutch.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(dutch.stringPropertyNames())
                .filteredOn(key -> dutch.getProperty(key).matches("(?is).*\\b(verloopt|verlopen|verliep)\\b.*"))
                .isEmpty();
    }

    private static List<String> all(String language) {
        List<String> sentences = new ArrayList<>();
        for (int overdue : COUNTS) {
            for (int due : COUNTS) {
                for (int horizon : HORIZONS) {
                    sentences.add(summary(language, overdue, due, horizon));
                }
            }
        }
        assertThat(sentences).hasSize(27).doesNotHaveDuplicates();
        return sentences;
    }
}
