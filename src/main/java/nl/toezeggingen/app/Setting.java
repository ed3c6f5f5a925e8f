package nl.toezeggingen.app;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.toezeggingen.domain.Text;
import nl.toezeggingen.domain.Urgency;
import nl.toezeggingen.domain.deadline.DeadlineParser;

/**
 * Every setting the program keeps in the data's setting table, each named here once with its type, its default
 * and what it accepts: read and written through {@link Settings}. The window's remembered layout (columns,
 * filters, the timeline's scale, the window's place) is the window's own business and lives under "ui." keys
 * its panes name in {@code ui.main.LayoutKeys}; it is stored through {@link Preferences}.
 *
 * <p>A stored value this version cannot read (damaged, or written by a later version) reads as the default, so
 * a setting never stops a start. Writing a value the setting does not accept is refused with
 * {@link IllegalArgumentException} and nothing is stored.
 *
 * <p>The settings with a side effect are not public: the faces change them through {@link Tracker}
 * ({@link Tracker#setVagueMonths} moves the vague deadlines along, {@link Tracker#hideOverduePanelToday}).
 */
public final class Setting<T> {
    /** How many days ahead "binnenkort" looks; 0 to 365. */
    public static final Setting<Integer> HORIZON_DAYS =
            number("horizon.days", Urgency.DEFAULT_HORIZON_DAYS, 0, Urgency.MAX_HORIZON_DAYS, false);
    /** Where a new overview mail goes; empty when none is set. */
    public static final Setting<String> MAIL_TO = line("overview.to");
    /** The user's own name as it is written under Eigenaar: what "Mijn toezeggingen" looks for. */
    public static final Setting<String> OWN_NAME = line("ui.ownName");
    /** light, dark or system (ui.Theme). */
    public static final Setting<String> THEME = word("ui.theme", "light", "dark", "system");
    /** normal, large or larger (ui.TextSize); nothing stored is the system's size. */
    public static final Setting<String> TEXT_SIZE = word("ui.textSize", "normal", "large", "larger");

    /**
     * The house rule for the internal deadline: the piece must reach the minister this many working days (0 to 60)
     * before the Kamer's deadline, unless the dossier has a rule of its own (issue 19).
     */
    public static final Setting<Integer> INTERNAL_DAYS = number("rappel.internalDays",
            nl.toezeggingen.domain.rappel.InternalDeadline.DEFAULT_WORKING_DAYS, 0,
            nl.toezeggingen.domain.rappel.InternalDeadline.MAX_WORKING_DAYS, false);
    /** The house rule for vague phrases, 1 to 24 months: written by {@link Tracker#setVagueMonths} only. */
    static final Setting<Integer> VAGUE_MONTHS = number("deadline.vagueMonths",
            DeadlineParser.DEFAULT_VAGUE_MONTHS, 1, DeadlineParser.MAX_VAGUE_MONTHS, true);
    /** The day "Vandaag niet meer tonen" was chosen for the overdue panel; none when never. */
    static final Setting<LocalDate> OVERDUE_PANEL_HIDDEN_ON = new Setting<>("overdue.panel.hiddenOn", null,
            Setting::date, LocalDate::toString, day -> day != null, false);
    /** The import's remembered status words, one "word=STATUS" a line ({@link StatusWords}). */
    static final Setting<String> STATUS_WORDS = new Setting<>("import.statusWords", "", stored -> stored,
            value -> value, value -> value != null && value.length() <= Setting.MAX_LENGTH, false);

    /** Every one of them, for what goes over them all (the file for the next start). */
    static final List<Setting<?>> ALL = List.of(HORIZON_DAYS, INTERNAL_DAYS, MAIL_TO, OWN_NAME, THEME, TEXT_SIZE, VAGUE_MONTHS,
            OVERDUE_PANEL_HIDDEN_ON, STATUS_WORDS);

    /** The setting table's column holds this many characters. */
    static final int MAX_LENGTH = 4000;

    private final String key;
    private final T fallback;
    private final Function<String, T> read;
    private final Function<T, String> write;
    private final Predicate<T> accepts;
    private final boolean early;

    private Setting(String key, T fallback, Function<String, T> read, Function<T, String> write,
            Predicate<T> accepts, boolean early) {
        this.key = key;
        this.fallback = fallback;
        this.read = read;
        this.write = write;
        this.accepts = accepts;
        this.early = early;
    }

    /** One of a few words, the first the default; the theme and the text size, needed for the first frame. */
    private static Setting<String> word(String key, String fallback, String... others) {
        List<String> words = java.util.stream.Stream.concat(java.util.stream.Stream.of(fallback),
                java.util.Arrays.stream(others)).toList();
        return new Setting<>(key, fallback, stored -> stored, word -> word, words::contains, true);
    }

    private static Setting<Integer> number(String key, int fallback, int min, int max, boolean early) {
        return new Setting<>(key, fallback, Setting::integer, n -> Integer.toString(n),
                n -> n != null && n >= min && n <= max, early);
    }

    /** One line of text, cleaned as a form field is (controls out, stripped); empty is "none". */
    private static Setting<String> line(String key) {
        Function<String, String> clean = value -> Optional.ofNullable(Text.clean(value)).orElse("");
        return new Setting<>(key, "", stored -> stored, clean, value -> clean.apply(value).length() <= MAX_LENGTH,
                false);
    }

    private static Integer integer(String stored) {
        return stored.matches("-?\\d{1,9}") ? Integer.valueOf(stored) : null;
    }

    private static LocalDate date(String stored) {
        try {
            return LocalDate.parse(stored);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The name it is stored under. */
    public String key() {
        return key;
    }

    /** What it is when nothing (readable) is stored. */
    public T fallback() {
        return fallback;
    }

    /** Whether the file read before the data is open ({@link EarlySettings}) repeats it. */
    boolean early() {
        return early;
    }

    /** Whether {@link Settings#put} takes {@code value}. */
    public boolean accepts(T value) {
        return accepts.test(value);
    }

    /** The value stored as {@code stored} (may be null): the default when absent, unreadable or out of range. */
    public T from(String stored) {
        if (stored == null) {
            return fallback;
        }
        T value = read.apply(stored);
        return value != null && accepts(value) ? value : fallback;
    }

    /** The same from named settings read in one go (the window's start, {@link EarlySettings#read}). */
    public T from(Map<String, String> settings) {
        return from(settings.get(key));
    }

    /** The text to store for {@code value}; refused when the setting does not take it. */
    String text(T value) {
        if (!accepts(value)) {
            throw new IllegalArgumentException("setting " + key + " refuses " + value);
        }
        return write.apply(value);
    }

    /** The typed setting stored under {@code key}, if it is one. */
    static Optional<Setting<?>> named(String key) {
        return ALL.stream().filter(s -> s.key.equals(key)).findFirst();
    }

    @Override
    public String toString() {
        return key;
    }
}
