package nl.toezeggingen.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import nl.toezeggingen.domain.Commitment;

/**
 * Another program holding the database: a child JVM that opens it, saves one commitment, says "ready"
 * and keeps it open until its standard input closes.
 */
public final class LockHolder implements AutoCloseable {
    private final Process process;

    private LockHolder(Process process) {
        this.process = process;
    }

    public static LockHolder start(Path dataDirectory) throws IOException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), dataDirectory.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"ready".equals(line)) {
            process.destroyForcibly();
            throw new IOException("lock holder did not start: " + line);
        }
        return new LockHolder(process);
    }

    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    public static void main(String[] args) throws IOException {
        try (Database db = Database.open(Path.of(args[0]))) {
            CommitmentStore store = new CommitmentStore(db);
            if (store.isEmpty()) {
                store.save(Commitment.builder().title("held").build(), "holder", Instant.now());
            }
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the database until the test lets go
            }
        }
    }
}
