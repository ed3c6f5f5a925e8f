package nl.toezeggingen.cli;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.toezeggingen.app.Messages;
import picocli.CommandLine;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli could not read, said in the user's language: picocli's own messages are
 * English only, so each kind of failure is told again from what the exception knows (the option, the
 * value, the command), naming what was typed.
 */
final class ParseErrors {
    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Integer.class, int.class, Long.class, long.class,
            Short.class, short.class, Byte.class, byte.class, BigInteger.class);

    private ParseErrors() {
    }

    static String describe(ParameterException ex, String[] args, Messages m) {
        String command = "'" + ex.getCommandLine().getCommandName() + "'";
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched, command, m);
        }
        if (ex instanceof MissingParameterException missing) {
            return missing(missing.getMissing(), args, command, m);
        }
        if (ex instanceof OverwrittenOptionException overwritten) {
            return m.get("cli.parse.once", name(overwritten.getOverwritten()));
        }
        if (ex instanceof MaxValuesExceededException) {
            // Thrown for an option repeated inside a group (add --title a --title b); it names no option.
            return repeated(ex.getCommandLine(), args).map(name -> m.get("cli.parse.once", name))
                    .orElseGet(() -> m.get("cli.parse.onceSomeOption"));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return badValue(ex.getArgSpec(), ex.getValue(), m);
        }
        return m.get("cli.parse.other");
    }

    private static String unmatched(UnmatchedArgumentException ex, String command, Messages m) {
        List<String> typed = ex.getUnmatched();
        List<String> options = typed.stream().filter(t -> t.startsWith("-"))
                .map(t -> t.contains("=") ? t.substring(0, t.indexOf('=')) : t).distinct().toList();
        String said;
        if (!options.isEmpty()) {
            said = m.get("cli.parse.unknownOption", command, String.join(", ", options), options.size());
        } else if (ex.getCommandLine().getParent() == null && !ex.getCommandLine().getSubcommands().isEmpty()) {
            said = m.get("cli.parse.unknownCommand", typed.get(0));
        } else {
            said = m.get("cli.parse.tooMany", command, quoted(typed), typed.size());
        }
        List<String> suggestions = ex.getSuggestions();
        // picocli orders its guesses by likeness; only the first is usually worth reading.
        return suggestions.isEmpty() ? said : said + " " + m.get("cli.parse.didYouMean", suggestions.get(0));
    }

    private static String missing(List<ArgSpec> missing, String[] args, String command, Messages m) {
        if (missing.isEmpty()) {
            return m.get("cli.parse.other");
        }
        ArgSpec first = missing.get(0);
        if (missing.size() == 1 && first instanceof OptionSpec option && typed(option, args)) {
            return m.get("cli.parse.missingValue", name(first));
        }
        if (missing.size() > 1 || first.group() != null) {
            // A group of which at least one must be given: add and edit's fields.
            return m.get("cli.parse.missingField", command, name(first));
        }
        return first.isOption() ? m.get("cli.parse.missingOption", command, name(first))
                : m.get("cli.parse.missingParameter", command, name(first));
    }

    private static String badValue(ArgSpec spec, String value, Messages m) {
        Class<?> type = spec.type();
        if (WHOLE_NUMBERS.contains(type)) {
            return m.get("cli.parse.notAWholeNumber", name(spec), value);
        }
        if (type.isEnum()) {
            String choices = Arrays.stream(type.getEnumConstants()).map(c -> c.toString().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            return m.get("cli.parse.choice", name(spec), value, choices);
        }
        return m.get("cli.parse.invalidValue", name(spec), value);
    }

    /** The first option of this command that was typed more than once. */
    private static java.util.Optional<String> repeated(CommandLine command, String[] args) {
        return command.getCommandSpec().options().stream()
                .filter(o -> Arrays.stream(args).filter(a -> names(o, a)).count() > 1)
                .map(OptionSpec::longestName).findFirst();
    }

    private static boolean typed(OptionSpec option, String[] args) {
        return Arrays.stream(args).anyMatch(a -> names(option, a));
    }

    private static boolean names(OptionSpec option, String arg) {
        return Arrays.stream(option.names()).anyMatch(n -> arg.equals(n) || arg.startsWith(n + "="));
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName()
                : ((PositionalParamSpec) spec).paramLabel();
    }

    private static String quoted(List<String> values) {
        return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
    }
}
