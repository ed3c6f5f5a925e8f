package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;

class LockedDataTest extends WindowTestBase {

    @Test
    void data_held_by_another_copy_gives_a_clear_dialog_without_a_stack_trace() throws Exception {
        Process otherCopy = holdInAnotherProcess(dataDirectory);
        try {
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
        } finally {
            otherCopy.getOutputStream().close();
            if (!otherCopy.waitFor(10, TimeUnit.SECONDS)) {
                otherCopy.destroyForcibly();
            }
        }
    }

    private static Process holdInAnotherProcess(Path directory) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldData.class.getName(), directory.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals("held")) {
            // skip anything logged before the data is held
        }
        assertThat(line).as("the other copy holds the data").isEqualTo("held");
        return process;
    }
}
