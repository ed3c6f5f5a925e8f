package nl.toezeggingen.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** What both faces are started with: where the data is, which day it is, and the user's language. */
public record LaunchOptions(Path dataDirectory, Clock clock, Messages messages) {

    /** {@code today} null means the real clock; a date replays that day (its time of day stands still). */
    public static LaunchOptions of(String dataOption, LocalDate today, String language) {
        ZoneId zone = ZoneId.systemDefault();
        Clock clock = today == null ? Clock.system(zone) : Clock.fixed(today.atStartOfDay(zone).toInstant(), zone);
        return new LaunchOptions(DataDirectory.resolve(dataOption), clock, Messages.forLanguage(language));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every start first copies the data into backups/, before migrations can touch it. */
    public Tracker openTracker() {
        return backups().openAfterStartBackup(() -> Tracker.open(dataDirectory, clock));
    }

    /**
     * For the window, whose first frame should not wait for a zip of the whole file: it makes its start
     * backup with {@link Backups#startCopy} once it has shown the data. Data that this version must migrate
     * is copied first all the same, as it was before the migration.
     */
    public Tracker openWithoutStartBackup() {
        return Tracker.open(dataDirectory, clock, backups()::startCopy);
    }

    /** Backup files carry the real time in their names, also when {@code --today} replays another day. */
    public Backups backups() {
        return new Backups(dataDirectory, Clock.system(clock.getZone()));
    }
}
