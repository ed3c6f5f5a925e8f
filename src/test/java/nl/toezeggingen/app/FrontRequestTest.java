package nl.toezeggingen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontRequestTest {
    @TempDir
    Path data;

    @Test
    void aSecondStartReachesTheWatchingWindowEveryTime() throws Exception {
        Files.writeString(data.resolve(FrontRequest.FILE_NAME), "");
        Semaphore asked = new Semaphore(0);
        try (FrontRequest ignored = FrontRequest.watch(data, asked::release)) {
            assertThat(Files.exists(data.resolve(FrontRequest.FILE_NAME))).as("a stale request is cleared").isFalse();
            for (int i = 0; i < 3; i++) {
                FrontRequest.ask(data);
                assertThat(asked.tryAcquire(20, TimeUnit.SECONDS)).as("request %d seen", i).isTrue();
            }
        }
        assertThat(asked.availablePermits()).isZero();
    }
}
