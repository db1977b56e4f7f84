package com.crmbridge.connector.fxiaoke;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.ConnectorException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TokenGrantTest extends TenantTestBase {
    private void stubDeals() {
        wireMock.stubFor(post(urlPathEqualTo(PRESET_QUERY))
                .withRequestBody(matchingJsonPath("$.corpAccessToken", equalTo(TOKEN)))
                .withRequestBody(matchingJsonPath("$.data.dataObjectApiName", equalTo("NewOpportunityObj")))
                .willReturn(json("deals-page.json")));
    }

    @Test
    void concurrentCallsShareOneGrant() throws Exception {
        stubDeals();
        FxiaokeConnector connector = connector();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> reads = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                reads.add(pool.submit(() -> drain(connector.open(StreamKind.DEALS, null, ReadMode.FULL_REFRESH))));
            }
            for (Future<?> read : reads) {
                read.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(calls(TOKEN_PATH)).isEqualTo(1);
        assertThat(calls(PRESET_QUERY)).isEqualTo(16);
    }

    @Test
    void logsNeverShowTheSecretsOrTheToken() {
        stubDeals();
        drain(connector().open(StreamKind.DEALS, null, ReadMode.INCREMENTAL));

        assertThat(context.log().lines()).isNotEmpty();
        assertThat(context.log().lines().toString())
                .doesNotContain(APP_SECRET)
                .doesNotContain(PERMANENT_CODE)
                .doesNotContain(TOKEN);
    }

    @Test
    void tokenIsReusedUntilTenMinutesBeforeExpiryThenGrantedAgain() {
        stubDeals();
        FxiaokeConnector connector = connector();
        drain(connector.open(StreamKind.DEALS, null, ReadMode.FULL_REFRESH));
        time.advance(Duration.ofSeconds(6599));
        drain(connector.open(StreamKind.DEALS, null, ReadMode.FULL_REFRESH));
        assertThat(calls(TOKEN_PATH)).isEqualTo(1);

        time.advance(Duration.ofSeconds(2));
        drain(connector.open(StreamKind.DEALS, null, ReadMode.FULL_REFRESH));
        assertThat(calls(TOKEN_PATH)).isEqualTo(2);
    }

    @Test
    void expiredTokenMidRunIsReplacedOnceAndTheCallRetriedOnce() {
        // the first grant's token expires after one page; the second grant carries a new token
        inTurn(() -> post(urlPathEqualTo(TOKEN_PATH)), "grants", json("token.json"), json("token-2.json"));
        wireMock.stubFor(post(urlPathEqualTo(PRESET_QUERY))
                .withRequestBody(matchingJsonPath("$.corpAccessToken", equalTo(TOKEN)))
                .willReturn(json("expired-token.json")));
        wireMock.stubFor(post(urlPathEqualTo(PRESET_QUERY))
                .withRequestBody(matchingJsonPath("$.corpAccessToken", equalTo("A1B2C3D4E5F60718293A4B5C6D7E8F90")))
                .willReturn(json("deals-page.json")));

        var pages = drain(connector().open(StreamKind.DEALS, null, ReadMode.INCREMENTAL));

        assertThat(pages.get(0).records()).hasSize(3);
        assertThat(calls(TOKEN_PATH)).isEqualTo(2);
        assertThat(calls(PRESET_QUERY)).isEqualTo(2);
    }

    @Test
    void secondExpiredTokenInARowIsAnAuthenticationFailure() {
        wireMock.stubFor(post(urlPathEqualTo(PRESET_QUERY)).atPriority(1).willReturn(json("expired-token.json")));

        assertThatThrownBy(() -> drain(connector().open(StreamKind.DEALS, null, ReadMode.INCREMENTAL)))
                .isInstanceOf(ConnectorException.AuthenticationFailed.class)
                .hasMessageContaining("20016")
                .hasMessageNotContaining(TOKEN);
        assertThat(calls(TOKEN_PATH)).as(context.log().lines().toString()).isEqualTo(2);
        assertThat(calls(PRESET_QUERY)).isEqualTo(2);
    }

    @Test
    void refusedGrantIsAConfigurationErrorNamingTheCredentials() {
        wireMock.stubFor(post(urlPathEqualTo(TOKEN_PATH)).atPriority(1).willReturn(json("bad-app-secret.json")));

        assertThatThrownBy(() -> drain(connector().open(StreamKind.DEALS, null, ReadMode.INCREMENTAL)))
                .isInstanceOf(ConnectorException.ConfigurationInvalid.class)
                .hasMessageContaining("20006")
                .hasMessageContaining("app-secret")
                .hasMessageNotContaining(APP_SECRET);
    }

    @Test
    void grantsStayWithinTenPerMinute() {
        wireMock.stubFor(post(urlPathEqualTo(PRESET_QUERY)).atPriority(1).willReturn(json("expired-token.json")));
        FxiaokeConnector connector = connector();
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> drain(connector.open(StreamKind.DEALS, null, ReadMode.INCREMENTAL)))
                    .isInstanceOf(ConnectorException.AuthenticationFailed.class);
        }

        // 11 grants were asked for in no time (one per refused token): the eleventh waited a minute
        assertThat(calls(TOKEN_PATH)).isEqualTo(11);
        assertThat(time.sleeps()).anySatisfy(wait -> assertThat(wait).isEqualTo(Duration.ofMinutes(1)));
    }
}
