package com.crmbridge.connector.fxiaoke.internal;

import com.crmbridge.spi.ConnectorLog;
import com.crmbridge.spi.ConnectorMetrics;
import com.crmbridge.spi.error.ConnectorException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Posts JSON to the Fxiaoke open API: paced per path, a fresh {@code thirdTraceId} per call, every reply's
 * {@code errorCode} checked even on HTTP 200, throttling, faults and malformed bodies retried with backoff.
 * Classifies each failure once: run-level ones become {@link ConnectorException}s, the rest a
 * {@link CallFailure} the caller decides on. Bodies carry the token, so they are never logged.
 */
public final class FxiaokeTransport {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final HttpUrl baseUrl;
    private final ObjectMapper json;
    private final PathPacer pacer;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final ZoneId quotaZone;
    private final ConnectorMetrics metrics;
    private final ConnectorLog log;

    public FxiaokeTransport(
            OkHttpClient http,
            HttpUrl baseUrl,
            ObjectMapper json,
            PathPacer pacer,
            RetryPolicy retryPolicy,
            Sleeper sleeper,
            Clock clock,
            ZoneId quotaZone,
            ConnectorMetrics metrics,
            ConnectorLog log) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.json = json;
        this.pacer = pacer;
        this.retryPolicy = retryPolicy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.quotaZone = quotaZone;
        this.metrics = metrics;
        this.log = log;
    }

    public ObjectMapper json() {
        return json;
    }

    /**
     * Calls a path until it answers, retrying throttling always, faults when {@code retryFaults} (a create is
     * not retried blindly: it may have happened), and a malformed body once.
     *
     * @param body builds the body for each attempt (a refreshed token changes it)
     * @param handler a fresh reader per attempt
     * @throws CallFailure for a token to refresh, an offset past the limit, or an error the caller classifies
     * @throws ConnectorException.QuotaExhausted until the next midnight of the quota's zone
     * @throws ConnectorException.ConfigurationInvalid for credentials, permissions, unknown paths
     * @throws ConnectorException.RateLimited or {@link ConnectorException.Retryable} when retries ran out
     */
    public <T> T call(String path, Supplier<ObjectNode> body, Supplier<ReplyHandler<T>> handler, boolean retryFaults) {
        int throttled = 0;
        int faults = 0;
        int malformed = 0;
        while (true) {
            try {
                return once(path, body.get(), handler.get());
            } catch (CallFailure failure) {
                Duration wait;
                switch (failure.errorClass()) {
                    case THROTTLED -> {
                        if (throttled >= retryPolicy.throttleWaits().size()) {
                            throw new ConnectorException.RateLimited(
                                    "Fxiaoke kept throttling after " + throttled + " retries: " + failure.error()
                                            + "; the run stops and the cursor is kept",
                                    failure.retryAfter());
                        }
                        Duration asked = failure.retryAfter();
                        wait = retryPolicy.wait(
                                retryPolicy.throttleWaits().get(throttled++), asked == null ? Duration.ZERO : asked);
                    }
                    case FAULT -> {
                        if (!retryFaults || faults >= retryPolicy.faultWaits().size()) {
                            throw new ConnectorException.Retryable(
                                    "Fxiaoke failed" + (retryFaults ? " after " + faults + " retries" : "") + ": "
                                            + failure.error() + "; the cursor is kept",
                                    failure);
                        }
                        wait = retryPolicy.wait(retryPolicy.faultWaits().get(faults++), Duration.ZERO);
                    }
                    case MALFORMED -> {
                        if (malformed >= retryPolicy.malformedRetries()) {
                            throw new ConnectorException.Retryable(
                                    "Fxiaoke's reply is not the API's JSON twice in a row: " + failure.error()
                                            + "; check base-url (a proxy or a wrong host answers)",
                                    failure);
                        }
                        malformed++;
                        wait = Duration.ZERO;
                    }
                    case QUOTA_EXHAUSTED -> {
                        Instant until = nextMidnight();
                        throw new ConnectorException.QuotaExhausted(
                                "the tenant's daily OpenAPI quota is used up (" + failure.error() + "); reading stops"
                                        + " until " + until + " (midnight " + quotaZone + ") and cursors are kept",
                                until);
                    }
                    case CONFIGURATION -> {
                        throw new ConnectorException.ConfigurationInvalid(List.of(new ConnectorException.Problem(
                                "app-id",
                                "Fxiaoke refused the app, its credentials or the path: " + failure.error()
                                        + "; check app-id, app-secret, permanent-code, base-url, the app's"
                                        + " permissions and the bought quota")));
                    }
                    default -> {
                        throw failure;
                    }
                }
                metrics.increment(com.crmbridge.spi.ConnectorMetrics.RETRIES);
                log.warn("retrying " + path + " in " + wait.toMillis() + " ms after " + failure.errorClass() + ": "
                        + failure.error());
                if (!wait.isZero()) {
                    sleeper.sleep(wait);
                }
            }
        }
    }

    private <T> T once(String path, ObjectNode body, ReplyHandler<T> handler) {
        pacer.acquire(path);
        HttpUrl url = baseUrl.newBuilder()
                .addPathSegments(path.substring(1))
                .addQueryParameter("thirdTraceId", UUID.randomUUID().toString())
                .build();
        Request request = new Request.Builder()
                .url(url)
                .post(RequestBody.create(json.writeValueAsBytes(body), JSON))
                .build();
        metrics.increment(ConnectorMetrics.API_CALLS);
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                ErrorClass errorClass = ErrorClass.ofHttpStatus(response.code());
                throw new CallFailure(
                        errorClass,
                        new ApiError(path, response.code(), "HTTP " + response.code(), null),
                        retryAfter(response.header("Retry-After")),
                        null);
            }
            try (InputStream in = response.body().byteStream()) {
                return read(path, in, handler);
            }
        } catch (IOException e) {
            throw new CallFailure(
                    ErrorClass.FAULT,
                    new ApiError(path, 0, e.getClass().getSimpleName() + ": " + e.getMessage(), null),
                    null,
                    e);
        }
    }

    private <T> T read(String path, InputStream in, ReplyHandler<T> handler) {
        Integer errorCode = null;
        String errorMessage = "";
        String traceId = null;
        try (JsonParser parser = json.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw malformed(path, null);
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "errorCode" -> errorCode = parser.getValueAsInt(Integer.MIN_VALUE);
                    case "errorMessage" ->
                        errorMessage = value == JsonToken.VALUE_NULL ? "" : parser.getValueAsString("");
                    case "traceId" -> traceId = parser.getValueAsString(null);
                    default -> {
                        handler.field(name, parser);
                    }
                }
            }
        } catch (JacksonException e) {
            throw malformed(path, e);
        }
        if (errorCode == null || errorCode == Integer.MIN_VALUE) {
            throw malformed(path, null);
        }
        if (errorCode != 0) {
            ApiError error = new ApiError(path, errorCode, errorMessage, traceId);
            log.debug("POST " + path + " → " + error);
            throw new CallFailure(ErrorClass.ofCode(errorCode), error, null, null);
        }
        log.debug("POST " + path + " → errorCode 0" + (traceId == null ? "" : ", traceId " + traceId));
        return handler.result();
    }

    private static CallFailure malformed(String path, @Nullable Throwable cause) {
        return new CallFailure(
                ErrorClass.MALFORMED,
                new ApiError(path, 200, "the reply is not a JSON object with an errorCode", null),
                null,
                cause);
    }

    private static @Nullable Duration retryAfter(@Nullable String header) {
        if (header == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Instant nextMidnight() {
        LocalDate today = LocalDate.now(clock.withZone(quotaZone));
        return today.plusDays(1).atStartOfDay(quotaZone).toInstant();
    }
}
