package com.crmbridge.connector.zoho.internal;

import com.crmbridge.connector.zoho.ZohoConfig;
import com.crmbridge.spi.ConnectorLog;
import com.crmbridge.spi.ConnectorMetrics;
import com.crmbridge.spi.error.ConnectorException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.retry.Retry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The one way the connector calls the Zoho API. Each call is charged to the {@link CreditBudget} before it is
 * sent, waits for a slot of the configured concurrency, carries the access token, and is retried by the
 * {@link Backoff} policy on 429, 5xx, timeouts, resets and malformed bodies. On {@code INVALID_TOKEN} the token
 * is refreshed once and the call sent once more; a second rejection fails the run. Failures are classified once,
 * here, by {@link ZohoErrors}.
 */
public final class ZohoHttp {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final ZohoConfig config;
    private final OkHttpClient client;
    private final ObjectMapper json;
    private final AccessTokens tokens;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final CreditBudget budget;
    private final ZohoErrors errors;
    private final Bulkhead slots;
    private final ConnectorMetrics metrics;
    private final ConnectorLog log;
    private final Clock clock;

    public ZohoHttp(
            ZohoConfig config,
            OkHttpClient client,
            ObjectMapper json,
            AccessTokens tokens,
            Backoff backoff,
            Sleeper sleeper,
            CreditBudget budget,
            ConnectorMetrics metrics,
            ConnectorLog log,
            Clock clock) {
        this.config = config;
        this.client = client;
        this.clock = clock;
        this.json = json;
        this.tokens = tokens;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.budget = budget;
        this.errors = new ZohoErrors(config);
        this.metrics = metrics;
        this.log = log;
        this.slots = Bulkhead.of(
                "zoho",
                BulkheadConfig.custom()
                        .maxConcurrentCalls(config.concurrency())
                        .maxWaitDuration(Duration.ofHours(1))
                        .build());
    }

    public ObjectMapper json() {
        return json;
    }

    public AccessTokens tokens() {
        return tokens;
    }

    /**
     * Sends a call and reads its reply.
     *
     * @throws ConnectorException classified; {@link ListingExpired} when Zoho ends a listing early
     */
    public <T> T call(ZohoRequest request, BodyReader<T> reader) {
        Retry.AsyncContext<Object> tries = backoff.newCall();
        boolean refreshed = false;
        int attempt = 1;
        while (true) {
            AccessToken token = tokens.token();
            try {
                T value = attempt(request, token, reader);
                tries.onComplete();
                return value;
            } catch (TokenRejected e) {
                if (refreshed) {
                    throw new ConnectorException.AuthenticationFailed(
                            "Zoho rejected a freshly refreshed access token on " + request.describe()
                                    + "; check that refresh-token, client-id and data-center belong together",
                            e);
                }
                refreshed = true;
                tokens.invalidate(token);
                log.info("Zoho rejected the access token on " + request.describe() + "; refreshing it once");
            } catch (ConnectorException.Retryable | ConnectorException.RateLimited e) {
                long wait = tries.onError(e);
                if (wait < 0) {
                    throw exhausted(e, attempt);
                }
                attempt++;
                metrics.increment(ConnectorMetrics.RETRIES);
                log.warn(e.getMessage() + "; try " + attempt + " in " + wait + " ms");
                pause(wait);
            }
        }
    }

    private static ConnectorException exhausted(ConnectorException failure, int attempts) {
        if (failure instanceof ConnectorException.Retryable) {
            return new ConnectorException.Retryable(
                    failure.getMessage() + "; gave up after " + attempts + " tries", failure);
        }
        return failure;
    }

    private void pause(long millis) {
        try {
            sleeper.sleep(Duration.ofMillis(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException.Retryable("interrupted while backing off from Zoho", e);
        }
    }

    private <T> T attempt(ZohoRequest request, AccessToken token, BodyReader<T> reader) {
        budget.charge(request.credits());
        slots.acquirePermission();
        try {
            metrics.increment(ConnectorMetrics.API_CALLS);
            try (Response response = client.newCall(build(request, token)).execute()) {
                return read(request, response, reader);
            }
        } catch (IOException | JacksonException e) {
            throw new ConnectorException.Retryable(
                    request.describe() + " failed: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        } catch (ReplyFault e) {
            throw errors.classify(request, e.fault(), null);
        } finally {
            slots.onComplete();
        }
    }

    private <T> T read(ZohoRequest request, Response response, BodyReader<T> reader) throws IOException {
        int status = response.code();
        String remaining = response.header("X-API-CREDITS-REMAINING");
        if (remaining != null) {
            log.info("Zoho reports " + remaining + " API credits remaining in the rolling 24 hours");
        }
        if (status == 204 || status == 304) {
            return reader.read(new Reply(status, null));
        }
        if (status >= 200 && status < 300) {
            try (InputStream body = response.body().byteStream()) {
                return reader.read(new Reply(status, body));
            }
        }
        String text = response.body().string();
        JsonNode envelope = parseQuietly(text);
        if (request.batch() && status == 400 && envelope.path("data").isArray()) {
            return reader.read(new Reply(status, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        }
        JsonNode fault = envelope.path("data").isArray() ? envelope.path("data").path(0) : envelope;
        throw errors.classify(request, fault(status, fault), retryAfter(response.header("Retry-After")));
    }

    /** Zoho's envelope from a JSON node, or an empty one when the node holds none. */
    public static ZohoFault fault(int status, JsonNode node) {
        String apiName = node.path("details").path("api_name").asString("");
        return new ZohoFault(
                status,
                node.path("code").asString(""),
                node.path("message").asString(""),
                apiName.isEmpty() ? null : apiName);
    }

    private JsonNode parseQuietly(String text) {
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            return json.missingNode();
        }
    }

    /** {@code Retry-After} as seconds or an HTTP date; {@code null} when absent or unreadable. */
    private @Nullable Duration retryAfter(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                Duration wait = Duration.between(clock.instant(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private Request build(ZohoRequest request, AccessToken token) {
        HttpUrl url = url(request.path(), token);
        HttpUrl.Builder withQuery = url.newBuilder();
        request.query().forEach(withQuery::addQueryParameter);
        Request.Builder http = new Request.Builder()
                .url(withQuery.build())
                .header("Authorization", "Zoho-oauthtoken " + token.value());
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            http.header(header.getKey(), header.getValue());
        }
        String body = request.jsonBody();
        if (body != null) {
            http.post(RequestBody.create(body, JSON));
        }
        return http.build();
    }

    private HttpUrl url(String path, AccessToken token) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return HttpUrl.get(path);
        }
        String base;
        if (config.apiOverride() != null) {
            base = config.apiOverride().toString();
        } else if (token.apiDomain() != null) {
            base = token.apiDomain();
        } else {
            base = config.dataCenterApi().toString();
        }
        return HttpUrl.get(stripSlash(base) + path);
    }

    private static String stripSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
