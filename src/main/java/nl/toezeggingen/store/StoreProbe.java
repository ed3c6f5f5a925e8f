package nl.toezeggingen.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * Looks at an existing data file, read-only, before H2 opens it for writing. H2 takes a file without a
 * single stored chunk (0 bytes, or only the headers a failed copy or sync leaves) for a new database and
 * writes a fresh one over it; every later backup would then hold nothing. Such a file is refused here.
 */
final class StoreProbe {
    private StoreProbe() {
    }

    static void check(Path file) {
        try {
            if (Files.size(file) == 0) {
                throw new DataUnavailableException(DataUnavailableException.Reason.NOT_OURS, file, null);
            }
        } catch (IOException e) {
            throw new DataUnavailableException(DataUnavailableException.Reason.DAMAGED, file, e);
        }
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            if (store.getMapNames().isEmpty()) {
                throw new DataUnavailableException(DataUnavailableException.Reason.NOT_OURS, file, null);
            }
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                return; // another copy has it open: the real open says so, in its own words
            }
            throw new DataUnavailableException(StorageFaults.of(e).orElse(DataUnavailableException.Reason.DAMAGED),
                    file, e);
        }
    }
}
