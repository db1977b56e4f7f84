package com.crmbridge.app.store;

import org.jspecify.annotations.Nullable;

/** What one stream of one connector did in a run, as stored. */
public record StreamRun(
        String connector,
        String stream,
        String status,
        long read,
        long changed,
        long deleted,
        long rejected,
        int pages,
        int retries,
        int rateLimitWaits,
        long apiCalls,
        long credits,
        long durationMs,
        @Nullable String error) {}
