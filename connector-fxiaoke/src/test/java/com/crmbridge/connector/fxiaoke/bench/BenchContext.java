package com.crmbridge.connector.fxiaoke.bench;

import com.crmbridge.spi.ConnectorContext;
import com.crmbridge.spi.ConnectorLog;
import com.crmbridge.spi.ConnectorMetrics;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The real clock, a silent log and counters the benchmark reads (the connector's own {@code api.calls}). */
final class BenchContext implements ConnectorContext, ConnectorLog, ConnectorMetrics {
    private final Map<String, Long> counters = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "crm";
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
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
    public void debug(String message) {}

    @Override
    public void info(String message) {}

    @Override
    public void warn(String message) {}

    @Override
    public void count(String counter, long amount) {
        counters.merge(counter, amount, Long::sum);
    }

    long counter(String counter) {
        return counters.getOrDefault(counter, 0L);
    }

    void reset() {
        counters.clear();
    }
}
