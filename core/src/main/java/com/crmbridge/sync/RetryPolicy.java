package com.crmbridge.sync;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How often and how long the loop retries a stream that failed with a retryable error or a rate limit.
 * Immutable; {@link #defaults()} suits CRM APIs.
 *
 * @param maxAttempts the attempts per page for retryable failures (1 means no retry)
 * @param initialBackoff the wait before the first retry
 * @param maxBackoff the longest wait between retries
 * @param jitter the share of a wait drawn at random, {@code 0} to {@code 1}, so that instances do not retry in
 *     step
 * @param maxRateLimitWaits how many rate limits in a row the loop waits out before it gives up the stream
 * @param maxRateLimitWait the longest single wait a rate limit may ask for; a longer one stops the connector
 *     like a spent quota
 */
public record RetryPolicy(
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        double jitter,
        int maxRateLimitWaits,
        Duration maxRateLimitWait) {
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("RetryPolicy.maxAttempts must be at least 1: " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException(
                    "RetryPolicy backoff must satisfy 0 <= initial <= max: " + initialBackoff + ", " + maxBackoff);
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("RetryPolicy.jitter must be within 0..1: " + jitter);
        }
        if (maxRateLimitWaits < 0) {
            throw new IllegalArgumentException(
                    "RetryPolicy.maxRateLimitWaits must not be negative: " + maxRateLimitWaits);
        }
    }

    /** 5 attempts from 1 s doubling to 1 min with 20 % jitter; up to 20 rate-limit waits of at most 15 min. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(1), 0.2, 20, Duration.ofMinutes(15));
    }

    /** No retries and no waits: for tests and for a run that must fail fast. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 0, 0, Duration.ZERO);
    }

    /**
     * The wait before retry number {@code retry} (1 for the first): exponential from the initial backoff,
     * capped, and shortened at random by up to the jitter share.
     *
     * @param random a draw in {@code [0, 1)}
     */
    public Duration backoff(int retry, DoubleSupplier random) {
        long initial = initialBackoff.toMillis();
        long cap = maxBackoff.toMillis();
        long exponential = initial;
        for (int i = 1; i < retry && exponential < cap; i++) {
            exponential = Math.min(cap, exponential * 2);
        }
        long capped = Math.min(cap, exponential);
        long jittered = capped - (long) (capped * jitter * random.getAsDouble());
        return Duration.ofMillis(Math.max(0, jittered));
    }
}
