package com.crmbridge.testkit;

import com.crmbridge.spi.ConnectorMetrics;
import java.util.Map;
import java.util.TreeMap;

/** {@link ConnectorMetrics} that keep the counters, so that tests can read what a run cost. Thread-safe. */
public final class RecordingMetrics implements ConnectorMetrics {
    private final Map<String, Long> counters = new TreeMap<>();

    @Override
    public synchronized void count(String counter, long amount) {
        counters.merge(counter, amount, Long::sum);
    }

    /** A counter's value; 0 when never counted. */
    public synchronized long get(String counter) {
        return counters.getOrDefault(counter, 0L);
    }

    /** Every counter counted so far, by name. */
    public synchronized Map<String, Long> counters() {
        return Map.copyOf(counters);
    }

    /** Forgets every counter, so that a test can count one step of a run on its own. */
    public synchronized void clear() {
        counters.clear();
    }
}
