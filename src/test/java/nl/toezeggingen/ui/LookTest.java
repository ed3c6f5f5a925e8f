package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A look is one window program's: it styles the scenes given to it and the windows they own (dialogs,
 * menus), and leaves another look's windows alone, also a stage that an earlier look styled and that now
 * shows a new window's scene (the tests' primary stage, reused from one window to the next).
 */
@ExtendWith(ApplicationExtension.class)
class LookTest {
    private final List<Stage> stages = new java.util.ArrayList<>();

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> stages.forEach(Stage::hide));
    }

    @Test
    void each_look_styles_its_own_windows_and_what_they_own(FxRobot robot) {
        robot.interact(() -> {
            Look earlier = new Look(true, TextSize.LARGER, new SystemLook());
            Stage reused = stage(null);
            earlier.style(reused.getScene());
            Stage earlierDialog = stage(reused);
            assertThat(dark(earlierDialog)).as("a dialog of the earlier look's window").isTrue();

            Look now = new Look(false, TextSize.NORMAL, new SystemLook());
            Scene next = new Scene(new StackPane(), 300, 200);
            now.style(next);
            reused.setScene(next);
            Stage nowDialog = stage(reused);
            Stage other = stage(null);

            assertThat(dark(reused)).as("the new scene on the reused stage").isFalse();
            assertThat(sizeSheet(reused)).isFalse();
            assertThat(dark(nowDialog)).as("a dialog of the new window").isFalse();
            assertThat(other.getScene().getStylesheets()).as("a window of neither").isEmpty();

            now.show(true);
            now.textSize(TextSize.LARGE);
            assertThat(dark(reused)).isTrue();
            assertThat(dark(nowDialog)).isTrue();
            assertThat(sizeSheet(nowDialog)).isTrue();
            assertThat(now.em(2)).isEqualTo(Math.round(2 * TextSize.LARGE.pixels()));
            assertThat(earlier.textSize()).isEqualTo(TextSize.LARGER);
            assertThat(other.getScene().getStylesheets()).isEmpty();
        });
    }

    private Stage stage(Window owner) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stages.add(stage);
        stage.show();
        return stage;
    }

    private static boolean dark(Stage stage) {
        return stage.getScene().getRoot().getStyleClass().contains("dark")
                && stage.getScene().getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("dark.css"));
    }

    private static boolean sizeSheet(Stage stage) {
        return stage.getScene().getStylesheets().stream().anyMatch(sheet -> sheet.startsWith("data:text/css"));
    }
}
