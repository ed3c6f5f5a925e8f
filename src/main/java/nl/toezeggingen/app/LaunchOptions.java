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

    /**
     * For a command that changes the data: opened, then copied into backups/ when anything was saved since
     * the newest backup ({@link Backups#startCopy}), so what the command changes can be brought back.
     */
    public Tracker openTracker() {
        return backups().open(clock, true);
    }

    /**
     * For the window, whose first frame should not wait for a copy of the whole file (it makes its start
     * backup with {@link Backups#startCopy} once it has shown the data), and for the commands that only read.
     * Data that this version must migrate is copied first all the same, as it was before the migration;
     * what an interrupted backup or restore left behind is cleared.
     */
    public Tracker openWithoutStartBackup() {
        return backups().open(clock, false);
    }

    /** Backup files carry the real time in their names, also when {@code --today} replays another day. */
    public Backups backups() {
        return new Backups(dataDirectory, Clock.system(clock.getZone()));
    }

    /** The program's own files in the data folder, known before the data is opened. */
    public OwnFiles ownFiles() {
        return new OwnFiles(dataDirectory);
    }
}
