package com.crmbridge.connector.zoho;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.spi.ConnectorMetrics;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import com.crmbridge.testkit.HeapSampler;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Heap of a full pull of 1,000,000 deals ({@code -Dzoho.bench.heap-records}) in the bench fork, which runs with
 * {@code -Xmx256m}: no latency (this run is about memory), pages generated per call so WireMock holds none, the
 * request journal off, and each page dropped once counted, as the sync loop does after storing it. Zoho ends a
 * listing at 100,000 records, so the pull also restarts from its last {@code Modified_Time} nine times.
 */
@Tag("bench")
class MillionDealHeapBenchmark extends ZohoStubs {
    private static final int RECORDS = Integer.getInteger("zoho.bench.heap-records", 1_000_000);
    private static final long MB = 1024 * 1024;

    private final GeneratedDeals deals = new GeneratedDeals();

    @Override
    WireMockConfiguration wireMockOptions() {
        return options().dynamicPort().extensions(deals).disableRequestJournal().gzipDisabled(true);
    }

    @Test
    void millionDealPullStaysUnder256Megabytes() throws InterruptedException {
        stubToken();
        GeneratedDeals.stub(zoho);
        deals.size(RECORDS);
        long records = 0;
        Meter meter;
        HeapSampler heap = new HeapSampler();
        try (heap) {
            meter = new Meter();
            try (StreamReader reader = connector().open(StreamKind.DEALS, null, ReadMode.FULL_REFRESH)) {
                Optional<Page> page = reader.next();
                while (page.isPresent()) {
                    records += page.get().records().size();
                    page = reader.next();
                }
            }
            meter.stop();
        }
        long calls = context.metrics().get(ConnectorMetrics.API_CALLS) - 1;
        System.out.println(String.format(
                Locale.ROOT,
                "BENCH | full pull, %,d deals, 0 ms | %d calls | %d credits | %,d records | %d ms | peak used heap"
                        + " (sampled every 5 ms) %.1f MB | peak heap after GC %.1f MB (%d collections) | sum of heap"
                        + " pool peaks %.1f MB | max heap %.1f MB | %s | load %.2f",
                RECORDS,
                calls,
                context.metrics().get(ConnectorMetrics.CREDITS),
                records,
                meter.wallMillis(),
                heap.peakSampledBytes() / (double) MB,
                heap.peakAfterGcBytes() / (double) MB,
                heap.collections(),
                heap.sumOfPoolPeaksBytes() / (double) MB,
                HeapSampler.maxHeapBytes() / (double) MB,
                meter.perCall(calls),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        assertThat(records).isGreaterThanOrEqualTo(RECORDS);
        assertThat(HeapSampler.maxHeapBytes())
                .as("the bench fork runs with -Xmx256m")
                .isLessThanOrEqualTo(256 * MB);
    }
}
