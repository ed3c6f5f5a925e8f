package nl.toezeggingen.testing;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.toezeggingen.ui.Look;
import nl.toezeggingen.ui.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A dialog tested on its own over a plain owner window, with the window's kind of session behind it: the
 * owner, the dialog, the session and the look, and closing them after each test.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class OwnedDialogTest {
    protected Stage owner;
    protected Stage dialog;
    protected Session session;
    protected Look look; // held here: the toolkit hears a look only weakly

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 1200, 700));
        stage.show();
    }

    @AfterEach
    void closeDialog(FxRobot robot) {
        if (dialog != null) {
            robot.interact(dialog::hide);
        }
        if (session != null) {
            session.close();
        }
    }
}
