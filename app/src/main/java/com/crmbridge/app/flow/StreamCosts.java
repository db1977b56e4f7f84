package com.crmbridge.app.flow;

import com.crmbridge.app.config.ConnectorCounters;
import com.crmbridge.spi.ConnectorMetrics;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.sync.StreamReport;
import com.crmbridge.sync.SyncListener;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Tells what each stream of one connector cost (API calls, credits) by reading the connector's counters when the
 * stream starts and ends, records the stream's figures as Micrometer metrics, and passes every event on.
 */
final class StreamCosts implements SyncListener {
    /** What a stream cost. */
    record Cost(long apiCalls, long credits) {}

    private final ConnectorCounters counters;
    private final MeterRegistry registry;
    private final SyncListener next;
    private final Runnable keepAlive;
    private final Map<StreamKind, Cost> started = new EnumMap<>(StreamKind.class);
    private final Map<StreamKind, Cost> costs = new EnumMap<>(StreamKind.class);

    StreamCosts(ConnectorCounters counters, MeterRegistry registry, SyncListener next, Runnable keepAlive) {
        this.counters = counters;
        this.registry = registry;
        this.next = next;
        this.keepAlive = keepAlive;
    }

    Cost of(StreamKind stream) {
        return costs.getOrDefault(stream, new Cost(0, 0));
    }

    private Cost now() {
        return new Cost(counters.total(ConnectorMetrics.API_CALLS), counters.total(ConnectorMetrics.CREDITS));
    }

    @Override
    public void streamStarted(String connector, StreamKind stream) {
        started.put(stream, now());
        next.streamStarted(connector, stream);
    }

    @Override
    public void pageCommitted(String connector, StreamKind stream, int page, long read, long rejected) {
        keepAlive.run();
        next.pageCommitted(connector, stream, page, read, rejected);
    }

    @Override
    public void waiting(String connector, StreamKind stream, Duration wait, String reason) {
        keepAlive.run();
        registry.counter("crmbridge.sync.waits", "connector", connector, "stream", stream.name())
                .increment();
        next.waiting(connector, stream, wait, reason);
    }

    @Override
    public void streamFinished(String connector, StreamReport report) {
        Cost before = started.getOrDefault(report.stream(), new Cost(0, 0));
        Cost after = now();
        costs.put(report.stream(), new Cost(after.apiCalls() - before.apiCalls(), after.credits() - before.credits()));
        String stream = report.stream().name();
        registry.counter("crmbridge.sync.records.read", "connector", connector, "stream", stream)
                .increment((double) report.read());
        registry.counter("crmbridge.sync.records.rejected", "connector", connector, "stream", stream)
                .increment((double) report.rejected());
        registry.counter("crmbridge.sync.records.deleted", "connector", connector, "stream", stream)
                .increment((double) report.deleted());
        registry.timer("crmbridge.sync.stream.time", "connector", connector, "stream", stream)
                .record(report.duration());
        next.streamFinished(connector, report);
    }
}
