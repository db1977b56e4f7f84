package com.crmbridge.testkit;

import com.crmbridge.spi.ConnectorContext;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A {@link ConnectorContext} for tests: a name, a {@link MutableClock} the test moves, the zone, and a log and
 * metrics that keep what the connector reported.
 */
public final class RecordingContext implements ConnectorContext {
    /** Where the clock of {@link #named(String)} stands: 2026-11-15 12:00 in Shanghai. */
    public static final Instant DEFAULT_START = Instant.parse("2026-11-15T04:00:00Z");

    /** The zone of {@link #named(String)}, the product's default. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final String name;
    private final MutableClock clock;
    private final RecordingLog log = new RecordingLog();
    private final RecordingMetrics metrics = new RecordingMetrics();

    private RecordingContext(String name, MutableClock clock) {
        this.name = name;
        this.clock = clock;
    }

    /** A context named as configured, with its clock at {@link #DEFAULT_START} in {@link #DEFAULT_ZONE}. */
    public static RecordingContext named(String name) {
        return new RecordingContext(name, MutableClock.at(DEFAULT_START, DEFAULT_ZONE));
    }

    /** A context named as configured, with the given clock; the zone is the clock's. */
    public static RecordingContext named(String name, MutableClock clock) {
        return new RecordingContext(name, clock);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public MutableClock clock() {
        return clock;
    }

    @Override
    public ZoneId zone() {
        return clock.getZone();
    }

    @Override
    public RecordingLog log() {
        return log;
    }

    @Override
    public RecordingMetrics metrics() {
        return metrics;
    }

    @Override
    public String toString() {
        return "RecordingContext[" + name + ", " + clock + "]";
    }
}
