package com.crmbridge.connector.fxiaoke.internal;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each interface (path) under its limit of 100 calls per 20 s. One Resilience4j {@link RateLimiter} per
 * path hands out one permit per {@code window / calls}, so calls are spread evenly instead of bursting at the
 * start of a window; one pacer serves every stream of a connector instance, so streams share a path's budget.
 */
public final class PathPacer {
    private final RateLimiterConfig config;
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

    /**
     * @param calls calls allowed per window and path
     * @param window the window, 20 s for Fxiaoke
     */
    public PathPacer(int calls, Duration window) {
        if (calls < 1) {
            throw new IllegalArgumentException("calls must be positive: " + calls);
        }
        Duration spacing = window.dividedBy(calls);
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(1)
                .limitRefreshPeriod(spacing.isZero() ? Duration.ofNanos(1) : spacing)
                .timeoutDuration(Duration.ofHours(1))
                .build();
    }

    /** Waits until the path may be called. */
    public void acquire(String path) {
        RateLimiter limiter = limiters.computeIfAbsent(path, p -> RateLimiter.of(p, config));
        if (!limiter.acquirePermission()) {
            throw new IllegalStateException("no permit for " + path + " within an hour");
        }
    }

    /** The time between two calls of one path. */
    public Duration spacing() {
        return config.getLimitRefreshPeriod();
    }
}
