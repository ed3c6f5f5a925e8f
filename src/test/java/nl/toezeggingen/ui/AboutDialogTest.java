package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import org.junit.jupiter.api.Test;

class AboutDialogTest extends WindowTestBase {

    @Test
    void the_help_menu_shows_version_data_folder_and_licences() throws Exception {
        startApp();
        waitUntil(() -> lookup("#emptyState").query().isVisible());

        clickOn("Help").clickOn("Over Toezeggingen");
        waitUntil(() -> lookup("#aboutDialog").tryQuery().isPresent());
        DialogPane about = lookup("#aboutDialog").query();

        assertThat(about.getHeaderText()).startsWith("Toezeggingen ");
        assertThat(about.getContentText()).contains(dataDirectory.toAbsolutePath().toString());
        assertThat(((javafx.scene.control.TextArea) about.getExpandableContent()).getText())
                .contains("EUPL", "H2 Database Engine", "OpenJFX");
        // JavaFX's own ButtonType.CLOSE would say "Close" in the Dutch window.
        assertThat(about.getButtonTypes()).hasSize(1);
        assertThat(((Button) about.lookupButton(about.getButtonTypes().get(0))).getText()).isEqualTo("Sluiten");

        // The toolkit's own "Show Details" has no Dutch: the link says what it opens, in Dutch.
        Hyperlink details = (Hyperlink) about.lookup(".details-button");
        assertThat(details.getText()).isEqualTo("Licenties tonen");
        clickOn(details);
        waitUntil(about::isExpanded);
        assertThat(details.getText()).isEqualTo("Licenties verbergen");
        clickOn(details);
        waitUntil(() -> !about.isExpanded());
        assertThat(details.getText()).isEqualTo("Licenties tonen");
        interact(() -> about.getScene().getWindow().hide());
    }
}
