package nl.toezeggingen.app;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.toezeggingen.domain.Problem;
import nl.toezeggingen.domain.Status;
import nl.toezeggingen.domain.Urgency;

/** The user's language: Dutch by default, English on request. One instance serves the window and the commands. */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter dateFormat;

    public Messages(Locale locale) {
        this.locale = locale;
        // Without the no-fallback control a Dutch request on an English machine would get English.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    /** Reads {@code --lang}: nl, en, or nothing for Dutch. */
    public static Messages forLanguage(String language) {
        return new Messages(language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : DUTCH);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // MessageFormat knows java.util.Date only; patterns pick the style: {0,date,long}, {0,date,full}.
            // A field is named in the user's words ("de titel"): the domain's problems name the field they are about.
            shown[i] = args[i] instanceof LocalDate date
                    ? Date.from(date.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant())
                    : args[i] instanceof nl.toezeggingen.domain.Commitment.Field field ? get("field." + field.name())
                    : args[i] instanceof nl.toezeggingen.domain.deadline.Explanation inner ? clause(explanation(inner))
                    : args[i];
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    public String problem(Problem problem) {
        return get(problem.key(), problem.args().toArray());
    }

    public String explanation(nl.toezeggingen.domain.deadline.Explanation explanation) {
        return get(explanation.key(), explanation.args().toArray());
    }

    /** A sentence used inside another one loses its full stop. */
    private static String clause(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    /**
     * The user's words for a failure the program foresees (data unavailable, a refused save, a broken
     * calendar file, a backup that failed); empty for anything else. Both faces show these the same way.
     */
    public java.util.Optional<String> failure(Throwable error) {
        java.util.Optional<DataUnavailable> unavailable = DataUnavailable.ofFault(error, null);
        if (unavailable.isPresent()) {
            return java.util.Optional.of(unavailable.get().describe(this));
        }
        if (error instanceof BackupFailure backup) {
            return java.util.Optional.of(backup.describe(this));
        }
        if (error instanceof nl.toezeggingen.domain.InvalidCommitmentException invalid) {
            return java.util.Optional.of(invalid.problems().stream().map(this::problem)
                    .collect(java.util.stream.Collectors.joining("\n")));
        }
        if (error instanceof nl.toezeggingen.domain.deadline.CalendarFormatException calendar) {
            return java.util.Optional.of(get(calendar.key(), calendar.args().toArray()));
        }
        return java.util.Optional.empty();
    }

    /**
     * Why a file could not be written: the user's words for a missing folder or denied access, the
     * system's message otherwise. The command line and the window say it the same way.
     */
    public String reason(IOException e) {
        return e instanceof OwnFiles.Refused ? get("output.ownFile.reason")
                : e instanceof java.nio.file.NoSuchFileException ? get("overview.out.noFolder")
                : e instanceof java.nio.file.AccessDeniedException ? get("overview.out.denied")
                : String.valueOf(e.getMessage());
    }

    /** A refusal or warning of the rappel's work in words: a status as its word mid-sentence, not its code. */
    public String note(Rappel.Note note) {
        Object[] args = note.args().stream()
                .map(a -> a instanceof Status s ? status(s).toLowerCase(locale()) : a).toArray();
        return get(note.key(), args);
    }

    public String date(LocalDate date) {
        return date == null ? "" : dateFormat.format(date);
    }

    public String status(Status status) {
        return get("status." + status.name());
    }

    public String urgency(Urgency urgency) {
        return get("urgency." + urgency.name());
    }
}
