package com.crmbridge.connector.zoho;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmbridge.spi.ConnectorMetrics;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.ConnectorException;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contract section 7, scenarios 3 and 4: rate limits, server errors, timeouts and malformed bodies. */
class FaultHandlingTest extends ZohoStubs {
    private static final String USERS = "/crm/v8/users";

    /** The users call fails once with the fault, then succeeds. */
    private void failOnceThenSucceed(ResponseDefinitionBuilder fault) {
        stubToken();
        zoho.stubFor(get(urlPathEqualTo(USERS))
                .inScenario("fault")
                .whenScenarioStateIs(STARTED)
                .willReturn(fault)
                .willSetStateTo("recovered"));
        zoho.stubFor(get(urlPathEqualTo(USERS))
                .inScenario("fault")
                .whenScenarioStateIs("recovered")
                .willReturn(json("users.json")));
    }

    private Read readUsers() {
        return readAll(connector(), StreamKind.MANAGERS, null, ReadMode.FULL_REFRESH);
    }

    @Test
    void rateLimitedReplyWaitsForRetryAfter() {
        failOnceThenSucceed(json(429, "too-many-requests.json").withHeader("Retry-After", "1"));

        assertThat(readUsers().records()).hasSize(2);

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1));
        assertThat(context.metrics().get(ConnectorMetrics.RETRIES)).isEqualTo(1);
        zoho.verify(2, getRequestedFor(urlPathEqualTo(USERS)));
    }

    @Test
    void rateLimitedReplyWithoutRetryAfterBacksOffWithJitterUnderTheFirstBound() {
        failOnceThenSucceed(json(429, "too-many-requests.json"));

        assertThat(readUsers().records()).hasSize(2);

        assertThat(sleeper.waits).singleElement().satisfies(wait -> assertThat(wait)
                .isBetween(Duration.ZERO, Duration.ofSeconds(2)));
    }

    @Test
    void creditsExhaustedForTheDayFailsAtOnceWithoutRetrying() {
        stubToken();
        zoho.stubFor(get(urlPathEqualTo(USERS)).willReturn(json(429, "credits-exhausted.json")));

        assertThatThrownBy(this::readUsers)
                .isInstanceOf(ConnectorException.QuotaExhausted.class)
                .hasMessageContaining("Zoho API credits exhausted");
        zoho.verify(1, getRequestedFor(urlPathEqualTo(USERS)));
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void internalServerErrorIsRetried() {
        failOnceThenSucceed(json(500, "internal-error.json"));

        assertThat(readUsers().records()).hasSize(2);
        assertThat(sleeper.waits).hasSize(1);
    }

    @Test
    void serviceUnavailableIsRetried() {
        failOnceThenSucceed(aResponse().withStatus(503).withBody("<html>Service Unavailable</html>"));

        assertThat(readUsers().records()).hasSize(2);
        assertThat(sleeper.waits).hasSize(1);
    }

    @Test
    void replyStalledPastTheReadTimeoutIsRetried() {
        stubToken();
        zoho.stubFor(get(urlPathEqualTo(USERS))
                .inScenario("fault")
                .whenScenarioStateIs(STARTED)
                .willReturn(json("users.json").withFixedDelay(1500))
                .willSetStateTo("recovered"));
        zoho.stubFor(get(urlPathEqualTo(USERS))
                .inScenario("fault")
                .whenScenarioStateIs("recovered")
                .willReturn(json("users.json")));
        ZohoConnector connector = connector(Map.of("read-timeout", "500ms"));

        assertThat(readAll(connector, StreamKind.MANAGERS, null, ReadMode.FULL_REFRESH)
                        .records())
                .hasSize(2);
        assertThat(sleeper.waits).hasSize(1);
        assertThat(context.log().lines()).anyMatch(line -> line.message().contains("SocketTimeoutException"));
    }

    @Test
    void connectionResetIsRetried() {
        failOnceThenSucceed(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThat(readUsers().records()).hasSize(2);
        zoho.verify(2, getRequestedFor(urlPathEqualTo(USERS))); // OkHttp or the backoff sent it again
    }

    @Test
    void malformedJsonOnA200IsRetried() {
        failOnceThenSucceed(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"users\": [{\"id\": \"4876876000000225013\", \"full_name\": "));

        assertThat(readUsers().records()).hasSize(2);
        assertThat(sleeper.waits).hasSize(1);
    }

    @Test
    void lastingServerErrorsFailAfterFiveTriesWithGrowingBoundedWaits() {
        stubToken();
        zoho.stubFor(get(urlPathEqualTo(USERS)).willReturn(json(500, "internal-error.json")));

        assertThatThrownBy(this::readUsers)
                .isInstanceOf(ConnectorException.Retryable.class)
                .hasMessageContaining("INTERNAL_ERROR")
                .hasMessageContaining("5 tries");
        zoho.verify(5, getRequestedFor(urlPathEqualTo(USERS)));
        assertThat(sleeper.waits).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(sleeper.waits.get(i)).isLessThanOrEqualTo(Duration.ofSeconds(2L << i));
        }
        assertThat(context.metrics().get(ConnectorMetrics.API_CALLS)).isEqualTo(1 + 5); // the token, then five tries
    }
}
