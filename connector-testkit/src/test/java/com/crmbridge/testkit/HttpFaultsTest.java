package com.crmbridge.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each fault arrives at exactly the call it was planned for, and every other call gets the normal reply. */
class HttpFaultsTest {
    private static final String DEALS =
            "{\"data\":[{\"id\":\"D1\",\"Amount\":120000}],\"info\":{\"more_records\":false}}";

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeEach
    void start() {
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpFaults.Plan deals() {
        return HttpFaults.on(server)
                .when(() -> get(urlPathEqualTo("/crm/v8/Deals")))
                .normally(okJson(DEALS));
    }

    private HttpResponse<String> call() throws IOException, InterruptedException {
        return call(Duration.ofSeconds(5));
    }

    private HttpResponse<String> call(Duration timeout) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/crm/v8/Deals"))
                .timeout(timeout)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void rateLimitWithRetryAfterArrivesAtTheChosenCallOnly() throws Exception {
        deals().atCall(2, HttpFault.tooManyRequests(Duration.ofMillis(2500))).install();

        assertThat(call().statusCode()).isEqualTo(200);
        HttpResponse<String> limited = call();
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("3");
        HttpResponse<String> after = call();
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).isEqualTo(DEALS);
        assertThat(call().statusCode()).isEqualTo(200);
    }

    @Test
    void rateLimitWithoutRetryAfterHasNoHeader() throws Exception {
        deals().atCall(1, HttpFault.tooManyRequests()).install();

        HttpResponse<String> limited = call();
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isEmpty();
    }

    @Test
    void serverErrorsInARowThenTheNormalReply() throws Exception {
        deals().atCall(1, HttpFault.serverError(503))
                .atCall(2, HttpFault.serverError(502))
                .install();

        assertThat(call().statusCode()).isEqualTo(503);
        assertThat(call().statusCode()).isEqualTo(502);
        assertThat(call().body()).isEqualTo(DEALS);
        server.verify(3, getRequestedFor(urlPathEqualTo("/crm/v8/Deals")));
    }

    @Test
    void aResetConnectionIsRetriedOnceByTheJdkClientThenSucceeds() throws Exception {
        deals().atCall(1, HttpFault.connectionReset()).install();

        assertThat(call().body()).isEqualTo(DEALS);
        server.verify(2, getRequestedFor(urlPathEqualTo("/crm/v8/Deals")));
    }

    @Test
    void twoResetsInARowFailTheCallWithAnIoException() throws Exception {
        deals().atCall(1, HttpFault.connectionReset())
                .atCall(2, HttpFault.connectionReset())
                .install();

        assertThatThrownBy(this::call).isInstanceOf(IOException.class);
        assertThat(call().statusCode()).isEqualTo(200);
    }

    @Test
    void twoEmptyResponsesInARowFailTheCallWithAnIoException() throws Exception {
        deals().atCall(1, HttpFault.emptyResponse())
                .atCall(2, HttpFault.emptyResponse())
                .install();

        assertThatThrownBy(this::call).isInstanceOf(IOException.class);
        assertThat(call().body()).isEqualTo(DEALS);
    }

    @Test
    void aDelayPastTheTimeoutTimesTheCallOut() throws Exception {
        deals().atCall(1, HttpFault.delayed(Duration.ofMillis(1500))).install();

        assertThatThrownBy(() -> call(Duration.ofMillis(200))).isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void aMalformedBodyIsTheNormalBodyCutInHalf() throws Exception {
        deals().atCall(1, HttpFault.malformedBody()).install();

        HttpResponse<String> malformed = call();
        assertThat(malformed.statusCode()).isEqualTo(200);
        assertThat(malformed.body()).isEqualTo(DEALS.substring(0, DEALS.length() / 2));
    }

    @Test
    void anExpiredTokenGetsTheApisOwnReply() throws Exception {
        String expired =
                "{\"code\":\"INVALID_TOKEN\",\"details\":{},\"message\":\"invalid oauth token\",\"status\":\"error\"}";
        deals().atCall(1, HttpFault.expiredToken(401, expired)).install();

        HttpResponse<String> refused = call();
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).isEqualTo(expired);
        assertThat(call().statusCode()).isEqualTo(200);
    }

    @Test
    void twoPlansCountTheirCallsApart() throws Exception {
        deals().atCall(1, HttpFault.serverError(500)).install();
        HttpFaults.on(server)
                .when(() -> get(urlPathEqualTo("/crm/v8/users")))
                .normally(okJson("{\"users\":[]}"))
                .atCall(1, HttpFault.tooManyRequests())
                .install();

        assertThat(call().statusCode()).isEqualTo(500);
        HttpRequest users = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/crm/v8/users"))
                .build();
        assertThat(http.send(users, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(429);
    }

    @Test
    void aCallCanHaveOneFaultOnly() {
        HttpFaults.Plan plan = deals().atCall(1, HttpFault.connectionReset());

        assertThatThrownBy(() -> plan.atCall(1, HttpFault.serverError(500)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("call 1 already has a fault");
    }
}
