package com.crmbridge.connector.fxiaoke;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import com.crmbridge.spi.error.ConnectorException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 25,000 deals on five timestamps, 12,000 on the first: more rows share one time than an offset can reach. */
class KeysetPagingTest extends TenantTestBase {
    private static final int DEALS = 25_000;
    private static final long[] TIMES = {1791503700000L, 1791503760000L, 1791503820000L, 1791503880000L, 1791503940000L
    };
    private static final int[] SHARES = {12_000, 6_000, 4_000, 2_000, 1_000};

    @BeforeEach
    void fillTenant() {
        List<Integer> numbers =
                new ArrayList<>(IntStream.range(0, DEALS).boxed().toList());
        Collections.shuffle(numbers, new Random(20261202));
        int next = 0;
        for (int t = 0; t < TIMES.length; t++) {
            for (int i = 0; i < SHARES[t]; i++) {
                tenant.put("NewOpportunityObj", DealRows.deal(numbers.get(next++), TIMES[t]));
            }
        }
    }

    private static List<String> ids(List<Page> pages) {
        return pages.stream()
                .flatMap(page -> page.records().stream())
                .map(record -> record.source().externalId())
                .toList();
    }

    @Test
    void everyRecordIsReadExactlyOnceWithoutAnOffsetPast9900() {
        List<Page> pages = drain(connector().open(StreamKind.DEALS, null, ReadMode.INCREMENTAL));

        List<String> ids = ids(pages);
        assertThat(ids).hasSize(DEALS).doesNotHaveDuplicates();
        assertThat(tenant.offsets()).allSatisfy(offset -> assertThat(offset).isBetween(0, 9_900));
        assertThat(tenant.offsets())
                .allSatisfy(offset -> assertThat(offset % 100).isZero());
        assertThat(pages.stream().flatMap(p -> p.rejects().stream())).isEmpty();
        assertThat(pages.get(pages.size() - 1).cursor().value()).startsWith("fx1|done|" + TIMES[4] + "|");
        // 250 full pages, 3 short ones ending the keyset runs and the pass, one token grant, one object list
        assertThat(context.metrics().get(com.crmbridge.spi.ConnectorMetrics.API_CALLS))
                .isEqualTo(255);
    }

    @Test
    void rowsSharingOneTimestampAreContinuedByIdAfterTheOffsetLimit() {
        drain(connector().open(StreamKind.DEALS, null, ReadMode.INCREMENTAL));

        assertThat(bodies(PRESET_QUERY)).anySatisfy(body -> {
            var filters = body.path("data").path("search_query_info").path("filters");
            assertThat(filters.get(0).path("operator").asString()).isEqualTo("EQ");
            assertThat(filters.get(0).path("field_values").get(0).asString()).isEqualTo(Long.toString(TIMES[0]));
            assertThat(filters.get(1).path("field_name").asString()).isEqualTo("_id");
            assertThat(filters.get(1).path("operator").asString()).isEqualTo("GT");
        });
    }

    @Test
    void fullRefreshReadsEverythingAndReplacesTheStream() {
        StreamReader reader =
                connector().open(StreamKind.DEALS, new Cursor("fx1|done|" + TIMES[4] + "|x"), ReadMode.FULL_REFRESH);
        List<Page> pages = drain(reader);

        assertThat(reader.replacesStream()).isTrue();
        assertThat(ids(pages)).hasSize(DEALS).doesNotHaveDuplicates();
    }

    @Test
    void offsetRefusedWith10013RestartsByKeysetFromTheLastRow() {
        wireMock.stubFor(
                post(urlPathEqualTo(PRESET_QUERY))
                        .atPriority(1)
                        .withRequestBody(matchingJsonPath("$.data.search_query_info.offset", equalTo("5000")))
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withBody(
                                                "{\"errorCode\":10013,\"errorMessage\":\"offset out of"
                                                        + " range 10000\",\"errorDescription\":\"offset 不能超过10000\",\"traceId\":\"E-O.10013\"}")));

        List<String> ids = ids(drain(connector().open(StreamKind.DEALS, null, ReadMode.INCREMENTAL)));

        assertThat(ids).hasSize(DEALS).doesNotHaveDuplicates();
    }

    @Test
    void crashedReadResumesFromItsLastCursorWithoutLossOrDuplicates() {
        StreamReader first = connector().open(StreamKind.DEALS, null, ReadMode.INCREMENTAL);
        List<Page> before = new ArrayList<>();
        for (int i = 0; i < 117; i++) { // into the keyset part of the first timestamp
            before.add(first.next().orElseThrow());
        }
        Cursor stored = before.get(before.size() - 1).cursor();
        // the process dies here; a new connector resumes from the stored cursor
        List<Page> after = drain(connector().open(StreamKind.DEALS, stored, ReadMode.INCREMENTAL));

        List<String> all = new ArrayList<>(ids(before));
        all.addAll(ids(after));
        assertThat(stored.value()).startsWith("fx1|open|");
        assertThat(all).hasSize(DEALS).doesNotHaveDuplicates();
    }

    @Test
    void dailyQuotaExhaustedMidRunStopsClearlyAndTheNextRunResumesExactly() {
        StreamReader first = connector().open(StreamKind.DEALS, null, ReadMode.INCREMENTAL);
        tenant.quotaAfter(60);
        List<Page> before = new ArrayList<>();
        try {
            for (Optional<Page> page = first.next(); page.isPresent(); page = first.next()) {
                before.add(page.get());
            }
            throw new AssertionError("the quota should have run out");
        } catch (ConnectorException.QuotaExhausted exhausted) {
            assertThat(exhausted.until()).contains(Instant.parse("2026-12-02T16:00:00Z")); // midnight in Shanghai
            assertThat(exhausted).hasMessageContaining("30002").hasMessageContaining("cursors are kept");
        }
        assertThat(before).hasSize(60);
        Cursor kept = before.get(before.size() - 1).cursor();

        tenant.quotaReset();
        List<Page> after = drain(connector().open(StreamKind.DEALS, kept, ReadMode.INCREMENTAL));

        List<String> all = new ArrayList<>(ids(before));
        all.addAll(ids(after));
        assertThat(all).hasSize(DEALS).doesNotHaveDuplicates();
    }

    @Test
    void exhaustedQuotaFailsEveryCallUntilReset() {
        tenant.quotaAfter(0);

        assertThatThrownBy(() -> drain(connector().open(StreamKind.DEALS, null, ReadMode.INCREMENTAL)))
                .isInstanceOf(ConnectorException.QuotaExhausted.class);
        assertThat(calls(PRESET_QUERY)).isEqualTo(1);
    }
}
