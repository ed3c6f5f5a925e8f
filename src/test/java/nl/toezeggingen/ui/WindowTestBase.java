package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import nl.toezeggingen.app.LaunchOptions;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.TrackedCommitment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real window on a real H2 folder, replaying 5 July 2024, and drives it like a user would. */
abstract class WindowTestBase extends FxRobot {
    static final LocalDate TODAY = LocalDate.of(2024, 7, 5);

    @TempDir
    Path dataDirectory;
    LaunchOptions options;
    Application app;

    @BeforeEach
    void prepareOptions() {
        options = LaunchOptions.of(dataDirectory.toString(), TODAY, "nl");
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        stopApp();
        FxToolkit.cleanupStages();
    }

    void startApp() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new ToezeggingenApp(options));
        // The form, the timeline and the overdue bar come in after the first frame.
        waitUntil(() -> lookup("#detailRoot").tryQuery().isPresent());
    }

    /** The look the running window applied from its data (theme, text size). */
    Look look() {
        return ((ToezeggingenApp) app).look();
    }

    /** Stops the app (which closes its data), so the test may open the same folder itself. */
    void stopApp() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    /** What is on disk, read after the window let go of it. */
    List<Commitment> stored() throws TimeoutException {
        stopApp();
        try (Tracker tracker = options.openTracker()) {
            return tracker.list().stream().map(TrackedCommitment::commitment).toList();
        }
    }

    void seed(Commitment... commitments) {
        try (Tracker tracker = options.openTracker()) {
            for (Commitment c : commitments) {
                tracker.save(c);
            }
        }
    }

    void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not get there in time", e);
        }
    }

    TableView<TrackedCommitment> table() {
        return lookup("#table").queryTableView();
    }

    /** Rows as the user sees them: filtered and sorted. */
    List<TrackedCommitment> rows() {
        return List.copyOf(table().getItems());
    }

    void waitForRows(int count) {
        waitUntil(() -> table().getItems().size() == count);
    }

    String textOf(String query) {
        Node node = lookup(query).query();
        if (node instanceof Label label) {
            return label.getText();
        }
        return ((TextInputControl) node).getText();
    }

    void typeInto(String query, String text) {
        TextInputControl field = lookup(query).query();
        reveal(field);
        clickOn(field);
        interact(field::selectAll);
        write(text);
    }

    void typeDate(String pickerQuery, String text) {
        DatePicker picker = lookup(pickerQuery).query();
        reveal(picker);
        clickOn(picker.getEditor());
        interact(picker.getEditor()::selectAll);
        write(text);
    }

    /** Opens a drop-down and clicks the entry with this text, as a user would. */
    void choose(String comboQuery, String entry) {
        ComboBox<?> box = lookup(comboQuery).query();
        reveal(box);
        clickOn(box);
        waitUntil(box::isShowing);
        clickOn(lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(entry)).<Node>query());
        waitUntil(() -> !box.isShowing());
    }

    /** Scrolls the form to the field, as a user would before clicking it. */
    void reveal(Node node) {
        interact(() -> {
            for (Node up = node.getParent(); up != null; up = up.getParent()) {
                if (up instanceof ScrollPane scroll) {
                    Bounds content = scroll.getContent().getLayoutBounds();
                    Bounds inContent = scroll.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
                    double room = content.getHeight() - scroll.getViewportBounds().getHeight();
                    if (room > 0) {
                        scroll.setVvalue(Math.min(1, Math.max(0, (inContent.getMinY() - 40) / room)));
                    }
                    scroll.layout();
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    void selectRow(String reference) {
        TrackedCommitment row = rows().stream()
                .filter(t -> reference.equals(t.commitment().reference()))
                .findFirst().orElseThrow();
        Node cell = lookup(".table-cell").match(LabeledMatchers.hasText(reference)).query();
        clickOn(cell);
        waitUntil(() -> table().getSelectionModel().getSelectedItem() == row
                || (table().getSelectionModel().getSelectedItem() != null
                && table().getSelectionModel().getSelectedItem().commitment().id().equals(row.commitment().id())));
    }

    /**
     * Saves what the window shows as PNG in the folder named by -Dtoezeggingen.screenshots, to look at
     * states a plain start does not reach (the editor mid-typing, say). Does nothing without it.
     */
    void screenshot(String name) {
        screenshot(name, "#table");
    }

    /** The same for the window that holds {@code query}: a dialog, say. */
    void screenshot(String name, String query) {
        screenshot(name, lookup(query).<Node>query());
    }

    /** The same for the window that holds {@code node} (a dialog, say). */
    void screenshot(String name, Node node) {
        save(name, () -> node.getScene().snapshot(null));
    }

    /** Just {@code node}, not its whole window: the timeline alone, say. */
    void screenshotOf(String name, Node node) {
        save(name, () -> node.snapshot(null, null));
    }

    private void save(String name, java.util.function.Supplier<javafx.scene.image.WritableImage> take) {
        String folder = System.getProperty("toezeggingen.screenshots");
        if (folder == null) {
            return;
        }
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        interact(() -> shot[0] = take.get());
        javafx.scene.image.PixelReader pixels = shot[0].getPixelReader();
        int width = (int) shot[0].getWidth();
        int height = (int) shot[0].getHeight();
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            java.nio.file.Files.createDirectories(Path.of(folder));
            javax.imageio.ImageIO.write(image, "png", Path.of(folder, name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void assertNoStackTrace(String text) {
        assertThat(text).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.h2");
    }
}
