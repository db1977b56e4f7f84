package com.crmbridge.connector.zoho.internal;

import com.crmbridge.spi.error.ConnectorException;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * The retry policy of every call, as Resilience4j data: retry {@link ConnectorException.Retryable} and
 * {@link ConnectorException.RateLimited}, wait what the server's {@code Retry-After} said, else exponential
 * backoff with full jitter ({@code random(0, min(cap, base × 2^(try−1)))}). The caller drives the tries through
 * {@link Retry#asyncContext()}, which returns the wait instead of sleeping, so that waits go through an injected
 * {@link Sleeper}.
 */
public final class Backoff {
    private final Retry retry;

    public Backoff(int attempts, Duration base, Duration cap, RandomGenerator random) {
        long baseMillis = Math.max(1, base.toMillis());
        long capMillis = Math.max(baseMillis, cap.toMillis());
        IntervalBiFunction<Object> interval = (attempt, outcome) -> {
            if (outcome.isLeft() && outcome.getLeft() instanceof ConnectorException.RateLimited limited) {
                Duration retryAfter = limited.retryAfter().orElse(null);
                if (retryAfter != null) {
                    return retryAfter.toMillis();
                }
            }
            int shift = Math.min(30, Math.max(0, attempt - 1));
            long bound = Math.min(capMillis, baseMillis << shift);
            return random.nextLong(bound + 1);
        };
        this.retry = Retry.of(
                "zoho",
                RetryConfig.custom()
                        .maxAttempts(attempts)
                        .retryOnException(failure -> failure instanceof ConnectorException.Retryable
                                || failure instanceof ConnectorException.RateLimited)
                        .intervalBiFunction(interval)
                        .build());
    }

    /** A fresh count of tries for one call. */
    public Retry.AsyncContext<Object> newCall() {
        return retry.asyncContext();
    }
}
