package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.DialogPane;
import nl.toezeggingen.store.LockHolder;
import org.junit.jupiter.api.Test;

class LockedDataTest extends WindowTestBase {

    @Test
    void data_held_by_another_copy_gives_a_clear_dialog_without_a_stack_trace() throws Exception {
        try (LockHolder otherCopy = LockHolder.start(dataDirectory)) {
            startApp();

            waitUntil(() -> lookup(".error-dialog").tryQuery().isPresent());
            DialogPane dialog = lookup(".error-dialog").query();
            assertThat(dialog.getHeaderText()).isEqualTo("De gegevens kunnen niet worden geopend");
            assertThat(dialog.getContentText())
                    .contains("al geopend door een ander venster of programma van Toezeggingen")
                    .contains(dataDirectory.toAbsolutePath().toString());
            assertNoStackTrace(dialog.getContentText());
            assertThat(lookup("#unavailableState").query().isVisible()).isTrue();
            assertThat(lookup("#newButton").queryButton().isDisabled()).isTrue();
            waitUntil(() -> textOf("#statusLabel").contains("naar voren gehaald"));
        }
    }
}
