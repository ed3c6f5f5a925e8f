package nl.toezeggingen;

import nl.toezeggingen.app.LaunchOptions;
import nl.toezeggingen.cli.Cli;
import nl.toezeggingen.ui.NoDisplay;
import nl.toezeggingen.ui.ToezeggingenApp;

/**
 * Starts the window when no command is given, otherwise runs the command headless. Not an
 * {@code Application} itself: on the class path JavaFX refuses to start a main class that is one.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        LaunchOptions window = Cli.windowOptions(args);
        if (window != null) {
            int exit = Cli.OK;
            try {
                window(window);
            } catch (Throwable failure) {
                // Never a stack trace, and never exit 1: that code means "something is overdue".
                exit = Cli.unexpected(failure, window);
            }
            System.exit(exit);
        }
        // Cli.run turns every failure into a sentence and an exit code itself.
        System.exit(Cli.run(args, Main::window));
    }

    /** The window; without a screen, one sentence and exit 2 instead of the toolkit's stack trace. */
    private static void window(LaunchOptions options) {
        try {
            ToezeggingenApp.launch(options);
        } catch (NoDisplay e) {
            System.err.println(options.messages().get("cli.noDisplay"));
            System.exit(Cli.BAD_INPUT);
        }
    }
}
