package com.crmbridge.connector.zoho;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.Period;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.kpi.KpiResults;
import com.crmbridge.kpi.ManagerIdentity;
import com.crmbridge.kpi.Rating;
import com.crmbridge.kpi.Scorecard;
import com.crmbridge.spi.ConnectorMetrics;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.InMemoryPushLedger;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What a sync of 100,000 deals costs against a WireMock Zoho answering each call after a fixed latency
 * ({@code -Dzoho.bench.latency-ms}, 50 by default): API calls, credits and wall time next to the bound
 * latency × calls ÷ concurrency, with CPU time per call beside them. Run with {@code mvn -Pbench}; it is not
 * part of the normal build, and it asserts only call counts, never the time.
 *
 * <p>The harness is one stub that generates each page ({@link GeneratedDeals}), with WireMock's request journal and
 * gzip off, so the server's own work per call is small and close to what a real Zoho adds to its latency.
 * {@link #whereTheTimeGoesWithoutLatency} compares it with the first harness (one stub per page) at no latency.
 */
@Tag("bench")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncCostBenchmark extends ZohoStubs {
    private static final int RECORDS = 100_000;
    private static final int CHANGED = RECORDS / 100;
    private static final int LATENCY_MS = Integer.getInteger("zoho.bench.latency-ms", 50);

    private final GeneratedDeals deals = new GeneratedDeals();
    private final InFlight inFlight = new InFlight();

    @Override
    WireMockConfiguration wireMockOptions() {
        return generatingHarness();
    }

    private WireMockConfiguration generatingHarness() {
        return options()
                .dynamicPort()
                .extensions(deals, inFlight)
                .disableRequestJournal()
                .gzipDisabled(true);
    }

    private void restart(WireMockConfiguration options) {
        zoho.stop();
        zoho = new WireMockServer(options);
        zoho.start();
        context.metrics().clear();
        stubToken();
    }

    private static String load() {
        return String.format(
                Locale.ROOT,
                "load %.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private void report(String what, long calls, long credits, Meter meter, long bound) {
        System.out.println(String.format(
                Locale.ROOT,
                "BENCH | %s | %d calls | %d credits | %d ms | bound %d ms | %.2f x bound | %s | peak in flight %d"
                        + " | retries %d, backoff waits %d | %s",
                what,
                calls,
                credits,
                meter.wallMillis(),
                bound,
                bound == 0 ? 0.0 : (double) meter.wallMillis() / bound,
                meter.perCall(calls),
                inFlight.peak(),
                context.metrics().get(ConnectorMetrics.RETRIES),
                sleeper.waits.size(),
                load()));
    }

    /** A read drained page by page, keeping the count, the last cursor and (when asked) the ids. */
    private record Drained(long records, @Nullable Cursor cursor, Set<String> ids) {}

    private static Drained drain(ZohoConnector connector, @Nullable Cursor cursor, ReadMode mode, boolean keepIds) {
        long records = 0;
        Cursor last = null;
        Set<String> ids = new HashSet<>();
        try (StreamReader reader = connector.open(StreamKind.DEALS, cursor, mode)) {
            Optional<Page> page = reader.next();
            while (page.isPresent()) {
                records += page.get().records().size();
                last = page.get().cursor();
                if (keepIds) {
                    page.get().records().forEach(r -> ids.add(r.source().externalId()));
                }
                page = reader.next();
            }
        }
        return new Drained(records, last, ids);
    }

    /** A full pull of 100,000 deals at the given latency; returns its cursor. */
    private Drained fullPull(String what, int latency) {
        zoho.setGlobalFixedDelay(latency);
        deals.size(RECORDS);
        context.metrics().clear();
        inFlight.reset();
        Meter meter = new Meter();
        Drained full = drain(connector(), null, ReadMode.INCREMENTAL, false);
        meter.stop();
        // the API calls less the token refresh, which costs no credit; the bound counts every round trip, the
        // token refresh included, since each one waits the latency
        long calls = context.metrics().get(ConnectorMetrics.API_CALLS) - 1;
        report(what, calls, context.metrics().get(ConnectorMetrics.CREDITS), meter, (long) latency * (calls + 1));
        assertThat(full.records()).isEqualTo(RECORDS);
        assertThat(calls).isEqualTo(RECORDS / 200);
        return full;
    }

    /**
     * The same full pull at no latency on three harnesses, one after the other in one JVM: what WireMock costs per
     * call and what the connector costs. Runs first, so it also warms the JIT for the timed runs.
     */
    @Test
    @Order(1)
    void whereTheTimeGoesWithoutLatency() {
        stubToken();
        GeneratedDeals.stub(zoho);
        deals.size(20_000);
        drain(connector(), null, ReadMode.INCREMENTAL, false); // warm-up, not reported

        restart(options().dynamicPort().extensions(deals, inFlight));
        DealListing.stub(zoho, RECORDS);
        fullPull("0 ms, 500 stubs (one per page, query and header matchers), journal on, gzip on", 0);

        restart(options().dynamicPort().extensions(deals, inFlight));
        GeneratedDeals.stub(zoho);
        fullPull("0 ms, one generating stub, journal on, gzip on", 0);

        restart(generatingHarness());
        GeneratedDeals.stub(zoho);
        fullPull("0 ms, one generating stub, journal off, gzip off (the harness)", 0);
    }

    /**
     * The first harness and WireMock's defaults again, now with the latency: whether they cost more per call once
     * every reply waits. Runs last so that it cannot slow the timed runs.
     */
    @Test
    @Order(4)
    void whereTheTimeGoesWithLatency() {
        restart(options().dynamicPort().extensions(deals, inFlight));
        DealListing.stub(zoho, RECORDS);
        fullPull(
                LATENCY_MS + " ms, 500 stubs (one per page, query and header matchers), journal on, gzip on",
                LATENCY_MS);

        restart(options().dynamicPort().extensions(deals, inFlight));
        GeneratedDeals.stub(zoho);
        fullPull(LATENCY_MS + " ms, one generating stub, journal on, gzip on", LATENCY_MS);
    }

    @Test
    @Order(2)
    void fullThenIncrementalSyncOfOneHundredThousandDeals() {
        stubToken();
        GeneratedDeals.stub(zoho);
        Drained full = fullPull("full pull, 100,000 deals, " + LATENCY_MS + " ms", LATENCY_MS);

        // 1 % changed after the full pull: Zoho lists them after the last Modified_Time minus the overlap
        deals.size(RECORDS + CHANGED);
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/Deals/deleted"))
                .willReturn(aResponse().withStatus(204)));
        context.metrics().clear();
        inFlight.reset();
        Meter meter = new Meter();
        Drained incremental = drain(connector(), full.cursor(), ReadMode.INCREMENTAL, true);
        meter.stop();
        long calls = context.metrics().get(ConnectorMetrics.API_CALLS) - 1;
        report(
                "incremental pull, 1 % changed, " + LATENCY_MS + " ms",
                calls,
                context.metrics().get(ConnectorMetrics.CREDITS),
                meter,
                (long) LATENCY_MS * (calls + 1)); // the token refresh waits the latency too
        // Zoho lists from the cursor minus 5 minutes: the overlap's records (five per second here, a dense worst
        // case) come again, and the cursor skips those it delivered unchanged
        int firstInOverlap = (RECORDS - 1) / 5 * 5 - 300 * 5;
        assertThat(incremental.ids()).contains(DealListing.id(RECORDS), DealListing.id(RECORDS + CHANGED - 1));
        assertThat(calls).isEqualTo((RECORDS + CHANGED - firstInOverlap + 199) / 200 + 1);
        assertThat(deals.refused).hasValue(0);
        System.out.println("BENCH | incremental delivered " + incremental.records() + " records, of which " + CHANGED
                + " changed and the rest re-read in the overlap");
    }

    private static KpiResults scorecards(BigDecimal wonRevenue) {
        List<Scorecard> scorecards = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String id = String.format(Locale.ROOT, "487687600009%07d", i);
            ManagerIdentity manager = new ManagerIdentity(
                    "m" + i + "@zylker.com",
                    id,
                    "M " + i,
                    "m" + i + "@zylker.com",
                    "T" + (i % 20),
                    ManagerTier.STANDARD,
                    true,
                    List.of(new SourceRef("crm", id)));
            scorecards.add(new Scorecard(
                    manager,
                    Period.quarter(2026, 1),
                    wonRevenue,
                    1,
                    0,
                    null,
                    null,
                    null,
                    BigDecimal.ONE,
                    0,
                    null,
                    null,
                    0,
                    null,
                    null,
                    0,
                    null,
                    Rating.NA,
                    1,
                    BigDecimal.ZERO,
                    Map.of()));
        }
        return new KpiResults("rules", Instant.parse("2026-04-01T00:00:00Z"), scorecards, List.of());
    }

    private void push(
            String what, ZohoConnector connector, KpiResults results, InMemoryPushLedger ledger, long boundMillis) {
        context.metrics().clear();
        inFlight.reset();
        Meter meter = new Meter();
        connector.push(results, ledger);
        meter.stop();
        long calls = context.metrics().get(ConnectorMetrics.API_CALLS);
        report(what, calls, context.metrics().get(ConnectorMetrics.CREDITS), meter, boundMillis);
    }

    @Test
    @Order(3)
    void writeBackOfUnchangedResultsCostsNothing() {
        stubToken();
        zoho.setGlobalFixedDelay(LATENCY_MS);
        StringBuilder reply = new StringBuilder("{\"data\": [");
        for (int i = 0; i < 100; i++) {
            reply.append(i == 0 ? "" : ",")
                    .append("{\"code\": \"SUCCESS\", \"status\": \"success\", \"action\": \"insert\", \"details\":"
                            + " {\"id\": \"48768760001")
                    .append(String.format(Locale.ROOT, "%08d", i))
                    .append("\"}}");
        }
        zoho.stubFor(post(urlPathEqualTo("/crm/v8/Manager_Scorecards/upsert"))
                .willReturn(okJson(reply.append("]}").toString())));
        KpiResults results = scorecards(BigDecimal.TEN);
        InMemoryPushLedger ledger = new InMemoryPushLedger();
        ZohoConnector connector = connector(Map.of("concurrency", "10"));
        System.out.println(
                "BENCH | WireMock container threads " + zoho.getOptions().containerThreads());

        // cold: the token refresh (one call, before any batch: bound 50 ms + 10 batches ÷ 10 × 50 ms) and the
        // JIT's first pass are inside
        push(
                "first write-back, cold, 1,000 scorecards, concurrency 10 (calls include the token)",
                connector,
                results,
                ledger,
                2L * LATENCY_MS);
        assertThat(context.metrics().get(ConnectorMetrics.API_CALLS)).isEqualTo(11);

        // warm: every scorecard changed, token cached
        push(
                "write-back, all 1,000 changed, warm, concurrency 10",
                connector,
                scorecards(BigDecimal.ONE),
                ledger,
                LATENCY_MS);
        assertThat(context.metrics().get(ConnectorMetrics.API_CALLS)).isEqualTo(10);
        push(
                "write-back, all 1,000 changed, warm again, concurrency 10",
                connector,
                scorecards(BigDecimal.TEN),
                ledger,
                LATENCY_MS);

        push("write-back with nothing changed", connector, scorecards(BigDecimal.TEN), ledger, 0);
        assertThat(context.metrics().get(ConnectorMetrics.API_CALLS)).isZero();
    }
}
