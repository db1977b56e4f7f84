package com.crmbridge.connector.fxiaoke;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmbridge.spi.ConnectorMetrics;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.ConnectorException;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FaultsTest extends TenantTestBase {
    private static MappingBuilder dealsQuery() {
        return post(urlPathEqualTo(PRESET_QUERY)).atPriority(1);
    }

    private List<Page> readDeals() {
        return drain(connector().open(StreamKind.DEALS, null, ReadMode.INCREMENTAL));
    }

    @Test
    void throttled30004IsRetriedAfterBackoffWithTheSamePage() {
        inTurn(FaultsTest::dealsQuery, "30004", json("throttled-30004.json"), json("deals-page.json"));

        List<Page> pages = readDeals();

        assertThat(pages.get(0).records()).hasSize(3);
        List<JsonNode> queries = bodies(PRESET_QUERY);
        assertThat(queries).hasSize(2);
        assertThat(queries.get(1).path("data")).isEqualTo(queries.get(0).path("data"));
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(750)); // 1 s jittered into [0.5 s, 1 s]
        assertThat(context.metrics().get(ConnectorMetrics.RETRIES)).isEqualTo(1);
    }

    @Test
    void throttled14001BacksOffLongerEachTime() {
        inTurn(
                FaultsTest::dealsQuery,
                "14001",
                json("throttled-14001.json"),
                json("throttled-14001.json"),
                json("throttled-14001.json"),
                json("deals-page.json"));

        assertThat(readDeals().get(0).records()).hasSize(3);
        assertThat(time.sleeps())
                .containsExactly(Duration.ofMillis(750), Duration.ofMillis(1500), Duration.ofMillis(3000));
    }

    @Test
    void http429WaitsAtLeastItsRetryAfter() {
        inTurn(
                FaultsTest::dealsQuery,
                "429",
                aResponse().withStatus(429).withHeader("Retry-After", "7"),
                json("deals-page.json"));

        assertThat(readDeals().get(0).records()).hasSize(3);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void throttlingThatNeverEndsStopsAsRateLimitedAfterFiveRetries() {
        wireMock.stubFor(dealsQuery().willReturn(json("throttled-30004.json")));

        assertThatThrownBy(this::readDeals)
                .isInstanceOf(ConnectorException.RateLimited.class)
                .hasMessageContaining("30004")
                .hasMessageContaining("cursor is kept");
        assertThat(calls(PRESET_QUERY)).isEqualTo(6);
    }

    @Test
    void serverErrorsAreRetriedThenSucceed() {
        inTurn(
                FaultsTest::dealsQuery,
                "5xx",
                aResponse().withStatus(500),
                aResponse().withStatus(503),
                json("deals-page.json"));

        assertThat(readDeals().get(0).records()).hasSize(3);
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(750), Duration.ofMillis(1500));
    }

    @Test
    void busyCodeMinusOneIsAFaultAndRetried() {
        inTurn(
                FaultsTest::dealsQuery,
                "busy",
                aResponse()
                        .withStatus(200)
                        .withBody("{\"errorCode\":-1,\"errorMessage\":\"系统繁忙\",\"traceId\":\"E-O.busy\"}"),
                json("deals-page.json"));

        assertThat(readDeals().get(0).records()).hasSize(3);
    }

    @Test
    void timeoutIsRetriedThenSucceeds() {
        inTurn(
                FaultsTest::dealsQuery,
                "timeout",
                json("deals-page.json").withFixedDelay(1500),
                json("deals-page.json"));

        List<Page> pages =
                drain(connector(Map.of("timeout", "300ms")).open(StreamKind.DEALS, null, ReadMode.INCREMENTAL));

        assertThat(pages.get(0).records()).hasSize(3);
        assertThat(calls(PRESET_QUERY)).isEqualTo(2);
    }

    @Test
    void resetConnectionsExhaustRetriesAndFailRetryable() {
        wireMock.stubFor(dealsQuery().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(this::readDeals)
                .isInstanceOf(ConnectorException.Retryable.class)
                .hasMessageContaining("after 3 retries")
                .hasMessageContaining("cursor is kept");
        assertThat(calls(PRESET_QUERY)).isEqualTo(4);
    }

    @Test
    void failureAfterAPageKeepsThatPagesCursor() {
        // page 1 full (100 rows), page 2 a 503 forever: the first page and its cursor stand
        for (int i = 0; i < 150; i++) {
            tenant.put("NewOpportunityObj", DealRows.deal(i, 1791508351204L + i));
        }
        wireMock.stubFor(post(urlPathEqualTo(PRESET_QUERY))
                .atPriority(1)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath(
                        "$.data.search_query_info.offset",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("100")))
                .willReturn(aResponse().withStatus(503)));
        var reader = connector().open(StreamKind.DEALS, null, ReadMode.INCREMENTAL);

        Page first = reader.next().orElseThrow();
        assertThat(first.records()).hasSize(100);
        assertThatThrownBy(reader::next).isInstanceOf(ConnectorException.Retryable.class);
        assertThat(first.cursor().value()).isEqualTo("fx1|open|" + (1791508351204L + 99) + "|" + DealRows.id(99));
    }

    @Test
    void nonJsonBodyIsRetriedOnceThenSucceeds() {
        inTurn(
                FaultsTest::dealsQuery,
                "html-once",
                aResponse().withStatus(200).withBody(fixture("not-json.html")),
                json("deals-page.json"));

        assertThat(readDeals().get(0).records()).hasSize(3);
        assertThat(calls(PRESET_QUERY)).isEqualTo(2);
    }

    @Test
    void nonJsonBodyTwiceIsAClearErrorNamingBaseUrl() {
        wireMock.stubFor(dealsQuery().willReturn(aResponse().withStatus(200).withBody(fixture("not-json.html"))));

        assertThatThrownBy(this::readDeals)
                .isInstanceOf(ConnectorException.Retryable.class)
                .hasMessageContaining("not the API's JSON")
                .hasMessageContaining("base-url")
                .hasMessageNotContaining("nginx");
        assertThat(calls(PRESET_QUERY)).isEqualTo(2);
    }

    @Test
    void http404IsAConfigurationError() {
        wireMock.stubFor(dealsQuery().willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(this::readDeals)
                .isInstanceOf(ConnectorException.ConfigurationInvalid.class)
                .hasMessageContaining("404");
        assertThat(calls(PRESET_QUERY)).isEqualTo(1);
    }

    @Test
    void badParameterOnReadIsAConfigurationErrorNamingTheObject() {
        wireMock.stubFor(
                dealsQuery()
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withBody(
                                                "{\"errorCode\":10002,\"errorMessage\":\"参数错误: sales_stage\",\"traceId\":\"E-O.10002\"}")));

        assertThatThrownBy(this::readDeals)
                .isInstanceOf(ConnectorException.ConfigurationInvalid.class)
                .hasMessageContaining("objects.deals")
                .hasMessageContaining("10002")
                .hasMessageContaining("E-O.10002");
    }

    @Test
    void unknownCodeOnReadFailsTheRunKeepingTheCursor() {
        wireMock.stubFor(dealsQuery()
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody("{\"errorCode\":88888,\"errorMessage\":\"未知错误\",\"traceId\":\"E-O.88888\"}")));

        assertThatThrownBy(this::readDeals)
                .isInstanceOf(ConnectorException.Retryable.class)
                .hasMessageContaining("88888")
                .hasMessageContaining("cursor is kept");
    }
}
