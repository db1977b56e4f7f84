package com.crmbridge.connector.zoho;

import com.crmbridge.spi.ConnectorContext;
import com.crmbridge.spi.ConnectorLog;
import com.crmbridge.spi.ConnectorMetrics;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A context that keeps every log line and counter, with a fixed clock in India time (the contract's examples). */
final class RecordingContext implements ConnectorContext, ConnectorLog, ConnectorMetrics {
    static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

    final List<String> lines = new CopyOnWriteArrayList<>();
    final Map<String, Long> counters = new ConcurrentHashMap<>();
    private final Clock clock;

    RecordingContext(Instant now) {
        this.clock = Clock.fixed(now, ZONE);
    }

    @Override
    public String name() {
        return "crm";
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public ZoneId zone() {
        return ZONE;
    }

    @Override
    public ConnectorLog log() {
        return this;
    }

    @Override
    public ConnectorMetrics metrics() {
        return this;
    }

    @Override
    public void debug(String message) {
        lines.add("DEBUG " + message);
    }

    @Override
    public void info(String message) {
        lines.add("INFO " + message);
    }

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
    }

    @Override
    public void count(String counter, long amount) {
        counters.merge(counter, amount, Long::sum);
    }

    long counter(String name) {
        return counters.getOrDefault(name, 0L);
    }
}
