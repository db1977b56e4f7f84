package com.crmbridge.connector.zoho;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the calls WireMock is serving at once, from before matching to after the reply is sent (so the fixed
 * delay is inside), and keeps the highest count: whether the connector's batches really overlap.
 */
final class InFlight implements ServeEventListener {
    private final AtomicInteger now = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    @Override
    public String getName() {
        return "in-flight";
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
        peak.accumulateAndGet(now.incrementAndGet(), Math::max);
    }

    @Override
    public void afterComplete(ServeEvent serveEvent, Parameters parameters) {
        now.decrementAndGet();
    }

    /** The highest number of calls in flight since the last reset. */
    int peak() {
        return peak.get();
    }

    void reset() {
        peak.set(now.get());
    }
}
