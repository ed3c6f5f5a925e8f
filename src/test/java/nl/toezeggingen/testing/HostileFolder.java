package nl.toezeggingen.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A data folder whose name, pasted into an H2 URL, would run a script: {@code x;INIT=RUNSCRIPT FROM 'p.sql'\;--}.
 * The script writes {@link #proof}; that file appearing is the proof that the name was read as SQL.
 */
public record HostileFolder(Path folder, Path proof) {
    public static HostileFolder in(Path parent) throws IOException {
        Path script = parent.resolve("p.sql");
        Path proof = parent.resolve("gelukt.txt");
        Files.writeString(script, "SCRIPT TO '" + proof + "';");
        return new HostileFolder(parent.resolve("x;INIT=RUNSCRIPT FROM '" + script + "'\\;--"), proof);
    }
}
