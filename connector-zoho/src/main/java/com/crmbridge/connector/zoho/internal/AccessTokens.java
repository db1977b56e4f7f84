package com.crmbridge.connector.zoho.internal;

import com.crmbridge.connector.zoho.ZohoConfig;
import com.crmbridge.spi.ConnectorLog;
import com.crmbridge.spi.ConnectorMetrics;
import com.crmbridge.spi.error.ConnectorException;
import io.github.resilience4j.retry.Retry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The access token of the configured refresh token (section 2 of the contract). Single flight: one refresh at
 * a time, callers that arrive meanwhile wait for it and share its token. A token with less than five minutes
 * left is refreshed before use; {@link #invalidate} drops a token Zoho rejected so that the next call refreshes.
 */
public final class AccessTokens {
    /** A token this close to its expiry is refreshed first. */
    static final Duration REFRESH_AHEAD = Duration.ofMinutes(5);

    private final ZohoConfig config;
    private final OkHttpClient http;
    private final ObjectMapper json;
    private final Clock clock;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final ConnectorMetrics metrics;
    private final ConnectorLog log;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile @Nullable AccessToken current;

    public AccessTokens(
            ZohoConfig config,
            OkHttpClient http,
            ObjectMapper json,
            Clock clock,
            Backoff backoff,
            Sleeper sleeper,
            ConnectorMetrics metrics,
            ConnectorLog log) {
        this.config = config;
        this.http = http;
        this.json = json;
        this.clock = clock;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.metrics = metrics;
        this.log = log;
    }

    /** A token with at least five minutes left, refreshed first when needed. */
    public AccessToken token() {
        AccessToken token = current;
        if (token != null && fresh(token)) {
            return token;
        }
        refreshing.lock();
        try {
            token = current;
            if (token != null && fresh(token)) {
                return token; // another caller refreshed while this one waited
            }
            AccessToken refreshed = refresh();
            current = refreshed;
            return refreshed;
        } finally {
            refreshing.unlock();
        }
    }

    /** Drops the token if it is still the current one, so that the next {@link #token()} refreshes. */
    public void invalidate(AccessToken rejected) {
        refreshing.lock();
        try {
            if (current != null && current.value().equals(rejected.value())) {
                current = null;
            }
        } finally {
            refreshing.unlock();
        }
    }

    private boolean fresh(AccessToken token) {
        return token.expiresAt().isAfter(clock.instant().plus(REFRESH_AHEAD));
    }

    private AccessToken refresh() {
        Retry.AsyncContext<Object> tries = backoff.newCall();
        while (true) {
            try {
                AccessToken token = requestToken();
                tries.onComplete();
                log.info("Zoho access token refreshed, valid until " + token.expiresAt());
                return token;
            } catch (ConnectorException.Retryable | ConnectorException.RateLimited e) {
                long wait = tries.onError(e);
                if (wait < 0) {
                    throw e;
                }
                metrics.increment(ConnectorMetrics.RETRIES);
                log.warn("Zoho accounts server: " + e.getMessage() + "; trying again in " + wait + " ms");
                pause(wait);
            }
        }
    }

    private void pause(long millis) {
        try {
            sleeper.sleep(Duration.ofMillis(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException.Retryable("interrupted while waiting to refresh the Zoho token", e);
        }
    }

    private AccessToken requestToken() {
        HttpUrl url = HttpUrl.get(config.accounts().toString())
                .newBuilder()
                .addPathSegments("oauth/v2/token")
                .build();
        FormBody form = new FormBody.Builder()
                .add("grant_type", "refresh_token")
                .add("client_id", config.clientId())
                .add("client_secret", config.clientSecret().reveal())
                .add("refresh_token", config.refreshToken().reveal())
                .build();
        Request request = new Request.Builder().url(url).post(form).build();
        metrics.increment(ConnectorMetrics.API_CALLS);
        String body;
        int status;
        try (Response response = http.newCall(request).execute()) {
            status = response.code();
            ResponseBody responseBody = response.body();
            body = responseBody.string();
        } catch (IOException e) {
            throw new ConnectorException.Retryable(
                    "Zoho accounts server " + url.host() + " unreachable: "
                            + e.getClass().getSimpleName(),
                    e);
        }
        if (status >= 500) {
            throw new ConnectorException.Retryable("Zoho accounts server failed with HTTP " + status, null);
        }
        JsonNode reply;
        try {
            reply = json.readTree(body);
        } catch (JacksonException e) {
            throw new ConnectorException.Retryable(
                    "Zoho accounts server sent a malformed reply (HTTP " + status + ")", e);
        }
        String token = reply.path("access_token").asString("");
        if (!token.isEmpty()) {
            return new AccessToken(
                    token, textOrNull(reply.path("api_domain")), clock.instant().plus(lifetime(reply)));
        }
        String error = reply.path("error").asString("");
        String description = reply.path("error_description").asString("");
        String said = (error + " " + description).toLowerCase(Locale.ROOT);
        if (status == 429 || said.contains("access denied") || said.contains("too many requests")) {
            throw new ConnectorException.RateLimited(
                    "Zoho accounts server throttles token refreshes (" + (error.isEmpty() ? "HTTP " + status : error)
                            + ")",
                    null);
        }
        String shown = error.isEmpty() ? "HTTP " + status + " without access_token" : error;
        if (error.equals("invalid_client")) {
            throw new ConnectorException.ConfigurationInvalid(List.of(new ConnectorException.Problem(
                    "client-id",
                    "Zoho refused the OAuth client (" + shown + "); check client-id, client-secret and"
                            + " data-center/accounts-base-url (" + url.host() + ")")));
        }
        throw new ConnectorException.ConfigurationInvalid(List.of(new ConnectorException.Problem(
                "refresh-token",
                "Zoho refused the refresh token (" + shown + "); issue a new one on " + url.host()
                        + " for this client and data center")));
    }

    /** {@code expires_in_sec} (seconds) when present, then {@code expires_in} is in ms; else {@code expires_in} seconds. */
    private static Duration lifetime(JsonNode reply) {
        JsonNode seconds = reply.path("expires_in_sec");
        if (seconds.isNumber()) {
            return Duration.ofSeconds(seconds.asLong());
        }
        JsonNode expiresIn = reply.path("expires_in");
        return expiresIn.isNumber() ? Duration.ofSeconds(expiresIn.asLong()) : Duration.ofHours(1);
    }

    private static @Nullable String textOrNull(JsonNode node) {
        String text = node.isString() ? node.asString() : "";
        return text.isBlank() ? null : text;
    }
}
