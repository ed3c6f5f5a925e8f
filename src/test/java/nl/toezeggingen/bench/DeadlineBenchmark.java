package nl.toezeggingen.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.toezeggingen.app.Deadlines;

/** Resolving 100,000 phrases of every form in the table, against the shipped calendar, on a warm parser. */
final class DeadlineBenchmark implements Benchmarks.Benchmark {
    private static final List<String> PHRASES = List.of("voor de zomer van 2024", "voor het zomerreces",
            "rond de zomer", "deze zomer", "na de zomer", "voor het kerstreces", "eind 2024", "dit jaar",
            "in de laatste maanden van 2024", "begin 2025", "medio 2025", "in het voorjaar", "in het najaar",
            "Q3 2025", "derde kwartaal 2025", "in maart 2025", "rond Prinsjesdag 2025", "voor Prinsjesdag",
            "uiterlijk 1 juli 2025", "2025-07-01", "01-07-2025", "voor 3 juni", "binnen drie weken",
            "binnen 10 dagen", "doorlopend", "De Kamer wordt voor de zomer van 2025 geïnformeerd",
            "before summer 2024", "end of 2024", "by 1 July 2025", "within 3 weeks", "vaag");
    private static final int COUNT = 100_000;

    @Override
    public Map<String, Double> run(Path workDirectory) {
        Deadlines deadlines = Deadlines.load(workDirectory);
        LocalDate madeOn = LocalDate.of(2024, 6, 7);
        for (int i = 0; i < COUNT; i++) {
            deadlines.resolve(PHRASES.get(i % PHRASES.size()), madeOn);
        }
        double[] ms = new double[5];
        int understood = 0;
        for (int round = 0; round < ms.length; round++) {
            understood = 0;
            long start = System.nanoTime();
            for (int i = 0; i < COUNT; i++) {
                if (deadlines.resolve(PHRASES.get(i % PHRASES.size()), madeOn.plusDays(i % 400)).understood()) {
                    understood++;
                }
            }
            ms[round] = (System.nanoTime() - start) / 1e6;
        }
        System.out.printf("deadline: %d of %d phrases understood per round%n", understood, COUNT);
        return Map.of("deadline.resolve_100k_ms", Benchmarks.median(ms));
    }
}
