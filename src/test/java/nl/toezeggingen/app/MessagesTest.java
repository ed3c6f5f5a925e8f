package nl.toezeggingen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Set;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.Urgency;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }

    @Test
    void bothLanguagesHaveEveryKey() throws IOException {
        Set<String> dutch = keys("/i18n/messages.properties");
        Set<String> english = keys("/i18n/messages_en.properties");
        assertThat(english).containsExactlyInAnyOrderElementsOf(dutch);
    }

    @Test
    void everyStatusAndUrgencyHasAWordInBothLanguages() {
        for (Messages m : new Messages[] {Messages.forLanguage("nl"), Messages.forLanguage("en")}) {
            for (Status s : Status.values()) {
                assertThat(m.status(s)).isNotEqualTo("status." + s.name());
            }
            for (Urgency u : Urgency.values()) {
                assertThat(m.urgency(u)).isNotEqualTo("urgency." + u.name());
            }
        }
        assertThat(Messages.forLanguage("nl").status(Status.DONE)).isEqualTo("Afgedaan");
    }

    @Test
    void dutchIsTheDefaultEvenOnAnEnglishMachine() {
        assertThat(Messages.forLanguage(null).urgency(Urgency.OVERDUE)).isEqualTo("Te laat");
        assertThat(Messages.forLanguage("EN").urgency(Urgency.OVERDUE)).isEqualTo("Overdue");
    }

    @Test
    void aFailedWriteIsToldInTheUsersWordsWhereTheyExist() {
        Messages dutch = Messages.forLanguage("nl");
        assertThat(dutch.reason(new java.nio.file.NoSuchFileException("/weg/overzicht.html"))).isEqualTo("de map bestaat niet");
        assertThat(dutch.reason(new java.nio.file.AccessDeniedException("/dicht/overzicht.html"))).isEqualTo("geen toegang");
        assertThat(dutch.reason(new IOException("No space left on device"))).isEqualTo("No space left on device");
    }

    @Test
    void datesAreWrittenTheDutchWay() {
        String text = Messages.forLanguage("nl").get("validation.deadline.beforeMadeOn",
                LocalDate.of(2024, 7, 4), LocalDate.of(2024, 9, 2));
        assertThat(text).isEqualTo("De uiterste datum (4 juli 2024) ligt vóór de datum van de toezegging (2 september 2024).");
    }
}
