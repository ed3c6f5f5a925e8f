package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableColumn;
import nl.toezeggingen.app.Tracker;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * When the data was read before the window shows (the usual case on a fast disk), the first frame has
 * the rows and the user's set-up, and what follows works on fresh data, not on that first read.
 */
class QuickStartTest extends WindowTestBase {

    @Test
    void data_read_during_start_up_is_in_the_first_frame_with_the_saved_sort() throws Exception {
        try (Tracker tracker = options.openTracker()) {
            tracker.loadDemo();
            tracker.preferences().putAll(java.util.Map.of(nl.toezeggingen.ui.main.LayoutKeys.TABLE_SORT, "titleColumn:DESCENDING"));
        }
        QuickStart quick = QuickStart.begin(options);
        quick.opened().get(30, TimeUnit.SECONDS);

        javafx.stage.Stage stage = FxToolkit.registerPrimaryStage();
        ToezeggingenApp window = new ToezeggingenApp(quick);
        app = window;
        int[] rowsWhenShown = {-1};
        interact(() -> {
            try {
                window.start(stage);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            // Still inside the same task: nothing that came later can have filled the table.
            rowsWhenShown[0] = ((javafx.scene.control.TableView<?>) stage.getScene().lookup("#table")).getItems().size();
        });

        assertThat(rowsWhenShown[0]).isEqualTo(12);
        assertThat(table().getSortOrder()).extracting(TableColumn::getId).containsExactly("titleColumn");
        assertThat(rows().get(0).commitment().title())
                .isGreaterThan(rows().get(11).commitment().title());

        // The first read is not handed out again: a change shows up.
        waitUntil(() -> lookup("#detailRoot").tryQuery().isPresent());
        clickOn("#newButton");
        typeInto("#titleField", "Zzz laatste toezegging van vandaag");
        clickOn("#saveButton");
        waitForRows(13);
        assertThat(stored()).hasSize(13);
    }

    /**
     * An empty data folder read before the window shows (a slow toolkit on a busy machine, or a fast disk):
     * the welcome, never "De gegevens kunnen niet worden geopend". The data opens on the window's disk
     * thread after that; until then and after it, the placeholder is the welcome.
     */
    @Test
    void an_empty_register_read_during_start_up_shows_the_welcome() throws Exception {
        QuickStart quick = QuickStart.begin(options);
        quick.opened().get(30, TimeUnit.SECONDS);

        javafx.stage.Stage stage = FxToolkit.registerPrimaryStage();
        ToezeggingenApp window = new ToezeggingenApp(quick);
        app = window;
        boolean[] firstFrame = new boolean[2];
        interact(() -> {
            try {
                window.start(stage);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            firstFrame[0] = stage.getScene().lookup("#emptyState").isVisible();
            firstFrame[1] = stage.getScene().lookup("#unavailableState").isVisible();
        });
        assertThat(firstFrame).containsExactly(true, false);

        waitUntil(() -> !lookup("#newButton").query().isDisabled());
        assertThat(lookup("#emptyState").query().isVisible()).isTrue();
        assertThat(lookup("#unavailableState").query().isVisible()).isFalse();
        assertThat(lookup("#loadingState").query().isVisible()).isFalse();
    }

    /** Data held by another copy as the start-up opens it: the window gets that failure, as if it had opened it itself. */
    @Test
    void data_in_use_when_opened_during_start_up_reaches_the_window_as_that_failure() throws Exception {
        try (nl.toezeggingen.store.LockHolder otherCopy = nl.toezeggingen.store.LockHolder.start(dataDirectory)) {
            QuickStart quick = QuickStart.begin(options);
            quick.opened().get(30, TimeUnit.SECONDS);
            assertThat(quick.ready()).as("nothing to show from a failed opening").isEmpty();

            FxToolkit.registerPrimaryStage();
            app = FxToolkit.setupApplication(() -> new ToezeggingenApp(quick));
            waitUntil(() -> lookup(".error-dialog").tryQuery().isPresent());
            javafx.scene.control.DialogPane dialog = lookup(".error-dialog").query();
            assertThat(dialog.getContentText()).contains("al geopend door een ander venster of programma van Toezeggingen");
            assertThat(lookup("#unavailableState").query().isVisible()).isTrue();
        }
    }

    /**
     * The start-up read came in after the window showed: it comes with the data, once, so the window shows it
     * rather than reading the same list again; a later opening (a restore, "Opnieuw proberen") is a fresh one.
     */
    @Test
    void what_the_window_did_not_show_yet_comes_with_the_data_once() throws Exception {
        try (Tracker tracker = options.openTracker()) {
            tracker.loadDemo();
        }
        QuickStart quick = QuickStart.begin(options);
        java.util.List<QuickStart.First> late = new java.util.ArrayList<>();
        try (Tracker first = quick.open(late::add)) {
            assertThat(late).singleElement().satisfies(read -> assertThat(read.list()).hasSize(12));
            assertThat(quick.ready()).as("handed out already").isEmpty();
        }
        try (Tracker again = quick.open(late::add)) {
            assertThat(late).hasSize(1);
            assertThat(again.list()).hasSize(12);
        }
    }
}
