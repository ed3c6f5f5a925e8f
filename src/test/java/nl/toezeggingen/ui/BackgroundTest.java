package nl.toezeggingen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * An {@link Error} in disk work (out of memory, a stack overflow) reaches the window's failure handler
 * like any exception, which shows it as a message; the work after it still runs and "busy" ends.
 */
class BackgroundTest extends WindowTestBase {

    @Test
    void an_error_in_background_work_comes_to_the_failure_handler_and_the_next_work_still_runs() throws Exception {
        FxToolkit.registerPrimaryStage();
        Background background = new Background();
        CompletableFuture<Throwable> failed = new CompletableFuture<>();
        CompletableFuture<String> next = new CompletableFuture<>();

        interact(() -> {
            background.run(() -> {
                throw new OutOfMemoryError("Java heap space");
            }, value -> failed.completeExceptionally(new AssertionError("no value expected")), failed::complete);
            background.run(() -> "daarna", next::complete, next::completeExceptionally);
        });

        assertThat(failed.get(15, TimeUnit.SECONDS)).isInstanceOf(OutOfMemoryError.class);
        assertThat(next.get(15, TimeUnit.SECONDS)).isEqualTo("daarna");
        waitUntil(() -> !background.busyProperty().get());
        assertThat(ErrorText.of(failed.get(), options.messages())).isEqualTo(options.messages().get("ui.error.unexpected"));
    }
}
