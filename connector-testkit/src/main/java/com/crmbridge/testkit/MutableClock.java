package com.crmbridge.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock a test moves by hand, so that nothing depends on the wall clock. Its zones share one instant: {@link
 * #withZone} returns a view that moves with this clock. Safe to read and move from several threads.
 */
public final class MutableClock extends Clock {
    /** The instant, shared by the zone views of one clock. */
    private static final class Now {
        private Instant instant;

        Now(Instant instant) {
            this.instant = instant;
        }

        synchronized Instant get() {
            return instant;
        }

        synchronized Instant set(Instant to) {
            instant = to;
            return to;
        }
    }

    private final Now now;
    private final ZoneId zone;

    private MutableClock(Now now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock standing at the instant, in the zone. */
    public static MutableClock at(Instant start, ZoneId zone) {
        return new MutableClock(new Now(start), zone);
    }

    /** Moves the clock forward (or back, for a negative amount) and returns the new instant. */
    public Instant advance(Duration amount) {
        synchronized (now) {
            return now.set(now.get().plus(amount));
        }
    }

    /** Sets the clock to the instant. */
    public void set(Instant to) {
        now.set(to);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public MutableClock withZone(ZoneId other) {
        return new MutableClock(now, other);
    }

    @Override
    public String toString() {
        return "MutableClock[" + now.get() + ", " + zone + "]";
    }
}
