package com.crmbridge.connector.zoho;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.StreamKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a sync of 100,000 deals costs against a WireMock Zoho answering each call after 50 ms: API calls,
 * credits and wall time next to the bound latency × calls ÷ concurrency. Run with {@code mvn -Pbench}; it is not
 * part of the normal build, and it asserts only the call counts, never the time.
 */
@Tag("bench")
class SyncCostBenchmark extends ZohoStubs {
    private static final int RECORDS = 100_000;
    private static final int CHANGED = RECORDS / 100;
    private static final int LATENCY_MS = 50;

    private void report(String what, long calls, long credits, long millis, int concurrency) {
        long bound = (long) LATENCY_MS * calls / concurrency;
        System.out.println(String.format(
                Locale.ROOT,
                "BENCH | %s | %d calls | %d credits | %d ms | bound %d ms | %.2f x bound",
                what,
                calls,
                credits,
                millis,
                bound,
                bound == 0 ? 0.0 : (double) millis / bound));
    }

    @Test
    void fullThenIncrementalSyncOfOneHundredThousandDeals() {
        stubToken();
        zoho.setGlobalFixedDelay(LATENCY_MS);
        DealListing.stub(zoho, RECORDS);

        long start = System.nanoTime();
        Read full = readAll(connector(), StreamKind.DEALS, null, ReadMode.INCREMENTAL);
        long fullMillis = (System.nanoTime() - start) / 1_000_000;
        long fullCalls = context.counter(ConnectorMetrics.API_CALLS) - 1; // less the token refresh
        report("full pull, 100,000 deals", fullCalls, context.counter(ConnectorMetrics.CREDITS), fullMillis, 1);
        assertThat(full.records()).hasSize(RECORDS);
        assertThat(fullCalls).isEqualTo(RECORDS / 200);

        // 1 % changed after the full pull: Zoho lists them after the last Modified_Time minus the overlap
        Cursor cursor = Objects.requireNonNull(full.cursor());
        String since = com.crmbridge.connector.zoho.internal.ZohoTime.format(
                java.time.OffsetDateTime.parse(DealListing.modified(RECORDS - 1))
                        .toInstant()
                        .minusSeconds(300),
                RecordingContext.ZONE);
        // Zoho lists from `since` on: the overlap's records (five per second here, a dense worst case) come again
        int firstInOverlap = (RECORDS - 1) / 5 * 5 - 300 * 5;
        DealListing.stub(zoho, firstInOverlap, RECORDS + CHANGED, since, "inc");
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/Deals/deleted"))
                .willReturn(aResponse().withStatus(204)));
        context.counters.clear();

        start = System.nanoTime();
        Read incremental = readAll(connector(), StreamKind.DEALS, cursor, ReadMode.INCREMENTAL);
        long incMillis = (System.nanoTime() - start) / 1_000_000;
        long incCalls = context.counter(ConnectorMetrics.API_CALLS) - 1;
        report("incremental pull, 1 % changed", incCalls, context.counter(ConnectorMetrics.CREDITS), incMillis, 1);
        assertThat(incremental.ids()).contains(DealListing.id(RECORDS), DealListing.id(RECORDS + CHANGED - 1));
        assertThat(incCalls).isEqualTo((RECORDS + CHANGED - firstInOverlap + 199) / 200 + 1);
        System.out.println(
                "BENCH | incremental delivered " + incremental.records().size() + " records, of which " + CHANGED
                        + " changed and the rest re-read in the overlap");
    }

    @Test
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
                    BigDecimal.TEN,
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
        KpiResults results = new KpiResults("rules", Instant.parse("2026-04-01T00:00:00Z"), scorecards, List.of());
        InMemoryPushLedger ledger = new InMemoryPushLedger();
        ZohoConnector connector = connector(Map.of("concurrency", "10"));

        long start = System.nanoTime();
        connector.push(results, ledger);
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        long firstCalls = context.counter(ConnectorMetrics.API_CALLS) - 1;
        report(
                "first write-back, 1,000 scorecards, concurrency 10",
                firstCalls,
                context.counter(ConnectorMetrics.CREDITS),
                firstMillis,
                10);
        context.counters.clear();

        start = System.nanoTime();
        connector.push(results, ledger);
        long againMillis = (System.nanoTime() - start) / 1_000_000;
        report(
                "write-back with nothing changed",
                context.counter(ConnectorMetrics.API_CALLS),
                context.counter(ConnectorMetrics.CREDITS),
                againMillis,
                10);
        assertThat(firstCalls).isEqualTo(10);
        assertThat(context.counter(ConnectorMetrics.API_CALLS)).isZero();
    }
}
