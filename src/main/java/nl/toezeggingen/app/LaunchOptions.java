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

    public Tracker openTracker() {
        return Tracker.open(dataDirectory, clock);
    }
}
