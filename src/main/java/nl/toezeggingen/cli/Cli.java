package nl.toezeggingen.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import nl.toezeggingen.app.LaunchOptions;
import nl.toezeggingen.app.Messages;
import picocli.CommandLine;

/**
 * The command line of DESIGN.md. Exit codes are a contract: 0 done, 1 something overdue (and nothing
 * else), 2 bad input (message on stderr, nothing written), 3 the data could not be opened, 4 an error the
 * program did not foresee, out of memory included.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int OVERDUE_FOUND = 1;
    public static final int BAD_INPUT = 2;
    public static final int DATA_UNAVAILABLE = 3;
    /** An error the program did not foresee; the message says where to look, without a stack trace. */
    public static final int INTERNAL_ERROR = 4;

    private Cli() {
    }

    /**
     * The window's own arguments (--data, --today, --lang), read without building the whole command
     * line, which costs a quarter of a second of start-up. Anything else, or a value that is wrong,
     * gives null: then {@link #run} handles it, with its messages.
     */
    public static LaunchOptions windowOptions(String[] args) {
        String data = null;
        String today = null;
        String lang = null;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value;
            int equals = name.indexOf('=');
            if (name.startsWith("--") && equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return null;
            }
            switch (name) {
                case "--data" -> data = value;
                case "--today" -> today = value;
                case "--lang" -> lang = value;
                default -> {
                    return null;
                }
            }
        }
        try {
            return RootCommand.launchOptions(data, today, lang);
        } catch (BadInput e) {
            return null;
        }
    }

    /** The value of --lang among {@code args}, or null. */
    static String language(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
        }
        return null;
    }

    /** Runs {@code args}; with no command it hands the options to {@code window} and returns when it closes. */
    public static int run(String[] args, Consumer<LaunchOptions> window) {
        return run(args, window, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, Consumer<LaunchOptions> window, PrintWriter out, PrintWriter err) {
        RootCommand root = new RootCommand(window);
        CommandLine line = new CommandLine(root);
        line.setOut(out);
        line.setErr(err);
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setExecutionStrategy(parsed -> {
            // picocli reads the help texts only when it prints them: by now --lang is read, so the help is in
            // the user's language. The commands' own messages come from the same bundle.
            line.setResourceBundle(root.messages().bundle());
            return new CommandLine.RunLast().execute(parsed);
        });
        line.setParameterExceptionHandler((ex, typed) -> {
            // --lang is read by hand too: the error may come before picocli got to it.
            Messages messages = Messages.forLanguage(root.lang != null ? root.lang : language(typed));
            err.println(ParseErrors.describe(ex, typed, messages));
            err.println(messages.get("cli.usageHint"));
            return BAD_INPUT;
        });
        line.setExecutionExceptionHandler(new Failures(root::messages, root::dataFolder));
        // Should a handler itself fail, picocli's default would be exit 1, the code for "something is overdue".
        line.setExitCodeExceptionMapper(ex -> ex instanceof CommandLine.ParameterException ? BAD_INPUT : INTERNAL_ERROR);
        try {
            return line.execute(args);
        } catch (Error e) {
            // picocli hands exceptions only to the handler; an Error would end the program with a stack trace.
            return Failures.error(e, root::messages, err);
        }
    }

    /** Something the window's start did not foresee: one sentence on stderr, exit 4, as for a command. */
    public static int unexpected(Throwable failure, LaunchOptions options) {
        PrintWriter err = new PrintWriter(System.err, true);
        if (failure instanceof Error error) {
            return Failures.error(error, options::messages, err);
        }
        err.println(options.messages().get("cli.internalError", String.valueOf(failure)));
        return INTERNAL_ERROR;
    }
}
