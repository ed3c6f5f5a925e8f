package nl.toezeggingen.app;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

/**
 * "Come to the front", from a second start to the window that holds the data: a file dropped in the
 * data folder that the running window watches. No socket, so nothing listens on the network.
 */
public final class FrontRequest implements AutoCloseable {
    static final String FILE_NAME = "venster-naar-voren.verzoek";
    private static final System.Logger LOG = System.getLogger(FrontRequest.class.getName());

    private final WatchService watcher;

    private FrontRequest(WatchService watcher) {
        this.watcher = watcher;
    }

    /** Asks the window that holds {@code dataDirectory} to come forward; quietly nothing if that fails. */
    public static void ask(Path dataDirectory) {
        try {
            Files.writeString(dataDirectory.resolve(FILE_NAME), "");
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not ask the other window to come forward", e);
        }
    }

    /** Calls {@code onRequest} (on a daemon thread) whenever a second start asks; close to stop watching. */
    public static FrontRequest watch(Path dataDirectory, Runnable onRequest) throws IOException {
        Path request = dataDirectory.resolve(FILE_NAME);
        // A request left by a start that found the data held by a command, not a window: not for us.
        Files.deleteIfExists(request);
        WatchService watcher = dataDirectory.getFileSystem().newWatchService();
        dataDirectory.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        Thread thread = new Thread(() -> {
            try {
                while (true) {
                    WatchKey key = watcher.take();
                    boolean asked = false;
                    for (WatchEvent<?> event : key.pollEvents()) {
                        asked |= FILE_NAME.equals(String.valueOf(event.context()));
                    }
                    key.reset();
                    if (asked && Files.deleteIfExists(request)) {
                        onRequest.run();
                    }
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                // the window closed
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "stopped watching for front requests", e);
            }
        }, "toezeggingen-front-request");
        thread.setDaemon(true);
        thread.start();
        return new FrontRequest(watcher);
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the watcher failed", e);
        }
    }
}
