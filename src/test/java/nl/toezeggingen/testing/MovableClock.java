package nl.toezeggingen.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves by hand: past midnight, a month on, as a test needs. */
public final class MovableClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;

    public MovableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
