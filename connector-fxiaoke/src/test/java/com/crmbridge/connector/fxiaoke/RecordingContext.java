package com.crmbridge.connector.fxiaoke;

import com.crmbridge.spi.ConnectorContext;
import com.crmbridge.spi.ConnectorLog;
import com.crmbridge.spi.ConnectorMetrics;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A context that keeps every log line and counter, so tests can look for leaked secrets and count calls. */
final class RecordingContext implements ConnectorContext, ConnectorLog, ConnectorMetrics {
    private final Clock clock;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Map<String, Long> counters = new ConcurrentHashMap<>();

    RecordingContext(Clock clock) {
        this.clock = clock;
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
        return ZoneId.of("Asia/Shanghai");
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

    long counter(String counter) {
        return counters.getOrDefault(counter, 0L);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }
}
