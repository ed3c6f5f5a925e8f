package nl.toezeggingen.cli;

import java.util.function.Consumer;
import nl.toezeggingen.app.LaunchOptions;

/** Placeholder; the command line lands next. */
public final class Cli {
    private Cli() {
    }

    public static int run(String[] args, Consumer<LaunchOptions> window) {
        window.accept(LaunchOptions.of(null, null, null));
        return 0;
    }
}
