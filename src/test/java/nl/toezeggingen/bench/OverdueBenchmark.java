package nl.toezeggingen.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.Commitment;
import nl.toezeggingen.domain.Deadline;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.store.CommitmentStore;
import nl.toezeggingen.store.Database;

/**
 * The startup check on a ministry-sized register: 100,000 commitments over ten years, most of them
 * closed, as a long-lived list is. Measures the Tracker's overdue call (query and mapping) on a warm database.
 */
final class OverdueBenchmark implements Benchmarks.Benchmark {
    static final int SIZE = 100_000;
    static final LocalDate TODAY = LocalDate.of(2025, 7, 10);

    @Override
    public Map<String, Double> run(Path dir) throws Exception {
        fill(dir, SIZE);
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        try (Tracker tracker = Tracker.open(dir, clock)) {
            int found = 0;
            for (int i = 0; i < 20; i++) {
                found = tracker.overdue(14).size();
            }
            double[] ms = new double[30];
            for (int i = 0; i < ms.length; i++) {
                long start = System.nanoTime();
                tracker.overdue(14);
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            System.out.printf("overdue: %d of %d commitments overdue or due soon%n", found, SIZE);
            return Map.of("overdue.query_100k_ms", Benchmarks.median(ms));
        } finally {
            Benchmarks.deleteTree(dir);
        }
    }

    static void fill(Path dir, int size) {
        fill(dir, size, true);
    }

    /** {@code closing}: most past commitments are done, as in a long-lived list; without it none is. */
    static void fill(Path dir, int size, boolean closing) {
        Random random = new Random(42);
        List<CommitmentStore.Linked> batch = new ArrayList<>();
        try (Database db = Database.open(dir)) {
            CommitmentStore store = new CommitmentStore(db);
            for (int i = 0; i < size; i++) {
                LocalDate latest = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3650));
                boolean past = latest.isBefore(TODAY);
                Status status = closing && past && random.nextInt(100) < 95 ? Status.DONE
                        : Status.values()[random.nextInt(3)];
                batch.add(new CommitmentStore.Linked(Commitment.builder()
                        .reference("TZ" + (202000 + i))
                        .title("Toezegging " + i)
                        .dossier("Dossier " + (i % 40))
                        .line("Lijn " + (i % 5 + 1))
                        .status(status)
                        .deadline(new Deadline("uiterlijk " + latest, null, latest, false))
                        .madeOn(latest.minusDays(90))
                        .madeIn("Commissiedebat " + (i % 300))
                        .owner("Medewerker " + (i % 25))
                        .notes(closing ? null : "Eerste stand.\n\nGesprek met het veld op " + latest.minusDays(30)
                                + "; brief in voorbereiding.")
                        .build(), null));
                if (batch.size() == 5_000) {
                    store.saveAll(batch, "bench", Instant.now());
                    batch.clear();
                }
            }
            store.saveAll(batch, "bench", Instant.now());
        }
    }
}
