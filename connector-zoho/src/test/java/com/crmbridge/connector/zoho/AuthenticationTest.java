package com.crmbridge.connector.zoho;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.ConnectorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Contract section 7, scenarios 1 and 2: the refresh-token grant, single flight, expired tokens. */
class AuthenticationTest extends ZohoStubs {
    private void stubUsers() {
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/users")).willReturn(json("users.json")));
    }

    @Test
    void refreshSendsAFormBodyOnceAndReusesTheTokenForLaterCalls() {
        stubToken();
        stubUsers();
        ZohoConnector connector = connector();

        readAll(connector, StreamKind.MANAGERS, null, ReadMode.FULL_REFRESH);
        readAll(connector, StreamKind.MANAGERS, null, ReadMode.FULL_REFRESH);

        zoho.verify(
                1,
                postRequestedFor(urlPathEqualTo("/oauth/v2/token"))
                        .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                        .withQueryParam("refresh_token", absent())
                        .withRequestBody(equalTo("grant_type=refresh_token&client_id=1000.8Q2X&client_secret="
                                + CLIENT_SECRET + "&refresh_token=" + REFRESH_TOKEN)));
        zoho.verify(
                2,
                getRequestedFor(urlPathEqualTo("/crm/v8/users"))
                        .withHeader("Authorization", equalTo("Zoho-oauthtoken " + ACCESS_TOKEN)));
    }

    @Test
    void parallelCallsWaitForOneRefresh() throws Exception {
        zoho.stubFor(post(urlPathEqualTo("/oauth/v2/token"))
                .willReturn(json("token.json").withFixedDelay(150)));
        stubUsers();
        ZohoConnector connector = connector(Map.of("concurrency", "5"));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Read>> reads = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                reads.add(pool.submit(() -> readAll(connector, StreamKind.MANAGERS, null, ReadMode.FULL_REFRESH)));
            }
            for (Future<Read> read : reads) {
                assertThat(read.get().records()).hasSize(2);
            }
        } finally {
            pool.shutdownNow();
        }

        zoho.verify(1, postRequestedFor(urlPathEqualTo("/oauth/v2/token")));
        zoho.verify(6, getRequestedFor(urlPathEqualTo("/crm/v8/users")));
    }

    @Test
    void refusedRefreshTokenFailsAsConfigurationNamingTheSettingWithoutTheSecret() {
        zoho.stubFor(post(urlPathEqualTo("/oauth/v2/token")).willReturn(json("token-invalid-code.json")));
        ZohoConnector connector = connector();

        assertThatThrownBy(() -> readAll(connector, StreamKind.MANAGERS, null, ReadMode.FULL_REFRESH))
                .isInstanceOfSatisfying(
                        ConnectorException.ConfigurationInvalid.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.key()).isEqualTo("refresh-token");
                            assertThat(p.message()).contains("invalid_code").doesNotContain(REFRESH_TOKEN);
                        }))
                .message()
                .doesNotContain(CLIENT_SECRET, REFRESH_TOKEN);
        zoho.verify(0, getRequestedFor(urlPathEqualTo("/crm/v8/users")));
    }

    @Test
    void expiredTokenIsRefreshedOnceAndTheCallSentOnceMore() {
        zoho.stubFor(post(urlPathEqualTo("/oauth/v2/token"))
                .inScenario("token")
                .whenScenarioStateIs(STARTED)
                .willReturn(json("token.json"))
                .willSetStateTo("second"));
        zoho.stubFor(post(urlPathEqualTo("/oauth/v2/token"))
                .inScenario("token")
                .whenScenarioStateIs("second")
                .willReturn(json("token-second.json")));
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/users"))
                .withHeader("Authorization", equalTo("Zoho-oauthtoken " + ACCESS_TOKEN))
                .willReturn(json(401, "invalid-token.json")));
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/users"))
                .withHeader("Authorization", equalTo("Zoho-oauthtoken 1000.77aa11bb22.c3d4e5"))
                .willReturn(json("users.json")));

        Read read = readAll(connector(), StreamKind.MANAGERS, null, ReadMode.FULL_REFRESH);

        assertThat(read.records()).hasSize(2);
        zoho.verify(2, postRequestedFor(urlPathEqualTo("/oauth/v2/token")));
        zoho.verify(2, getRequestedFor(urlPathEqualTo("/crm/v8/users")));
        assertThat(context.log().lines())
                .noneMatch(line ->
                        line.message().contains(ACCESS_TOKEN) || line.message().contains("1000.77aa11bb22"));
    }

    @Test
    void secondRejectionAfterARefreshFailsTheRun() {
        stubToken();
        zoho.stubFor(get(urlPathEqualTo("/crm/v8/users")).willReturn(json(401, "invalid-token.json")));

        assertThatThrownBy(() -> readAll(connector(), StreamKind.MANAGERS, null, ReadMode.FULL_REFRESH))
                .isInstanceOf(ConnectorException.AuthenticationFailed.class)
                .hasMessageContaining("refresh")
                .message()
                .doesNotContain(ACCESS_TOKEN);
        zoho.verify(2, postRequestedFor(urlPathEqualTo("/oauth/v2/token")));
        zoho.verify(2, getRequestedFor(urlPathEqualTo("/crm/v8/users")));
    }

    @Test
    void secretsNeverReachTheLogOrTheConfigurationText() {
        stubToken();
        stubUsers();
        ZohoConnector connector = connector();
        readAll(connector, StreamKind.MANAGERS, null, ReadMode.FULL_REFRESH);

        assertThat(context.log().lines())
                .isNotEmpty()
                .noneMatch(line -> line.message().contains(CLIENT_SECRET)
                        || line.message().contains(REFRESH_TOKEN)
                        || line.message().contains(ACCESS_TOKEN));
        assertThat(connector.config().toString()).doesNotContain(CLIENT_SECRET, REFRESH_TOKEN);
    }
}
