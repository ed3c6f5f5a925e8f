package nl.toezeggingen.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells how far H2's online backup is, which reports nothing itself: a daemon thread looks at the size of
 * the zip it writes five times a second, against the size the copy is expected to reach. Nobody watching
 * ({@link Progress#NONE}), no thread.
 */
final class CopyWatch implements AutoCloseable {
    private static final long MB = 1024 * 1024;
    private final Thread thread;

    private CopyWatch(Thread thread) {
        this.thread = thread;
    }

    static CopyWatch start(Path growing, long expected, Progress progress) {
        if (progress == Progress.NONE) {
            return new CopyWatch(null);
        }
        long total = Math.max(1, expected / MB);
        Thread thread = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    long now = Files.isRegularFile(growing) ? Files.size(growing) / MB : 0;
                    progress.at("progress.backup.writing", Math.min(now, total), total);
                    Thread.sleep(200);
                }
            } catch (InterruptedException | IOException e) {
                // the copy is done (or its file gone): nothing more to tell
            }
        }, "toezeggingen-backup-progress");
        thread.setDaemon(true);
        thread.start();
        return new CopyWatch(thread);
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.interrupt();
        }
    }
}
