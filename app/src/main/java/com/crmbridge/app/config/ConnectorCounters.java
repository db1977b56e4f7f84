package com.crmbridge.app.config;

import com.crmbridge.spi.ConnectorMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A connector's counters (API calls, credits, retries): kept in memory so that a run can tell what each stream
 * cost, and exported to Micrometer as {@code crmbridge.connector.<counter>} tagged with the connector.
 */
public final class ConnectorCounters implements ConnectorMetrics {
    private final String connector;
    private final MeterRegistry registry;
    private final Map<String, LongAdder> totals = new ConcurrentHashMap<>();

    public ConnectorCounters(String connector, MeterRegistry registry) {
        this.connector = connector;
        this.registry = registry;
    }

    @Override
    public void count(String counter, long amount) {
        totals.computeIfAbsent(counter, c -> new LongAdder()).add(amount);
        registry.counter("crmbridge.connector." + counter, "connector", connector)
                .increment((double) amount);
    }

    /** Every counter's total since the application started. */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        totals.forEach((counter, total) -> copy.put(counter, total.sum()));
        return copy;
    }

    /** A counter's total since the application started. */
    public long total(String counter) {
        LongAdder total = totals.get(counter);
        return total == null ? 0 : total.sum();
    }
}
