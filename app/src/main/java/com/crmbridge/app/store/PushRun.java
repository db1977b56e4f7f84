package com.crmbridge.app.store;

import org.jspecify.annotations.Nullable;

/** What a push to one sink did in a run, as stored. */
public record PushRun(
        String connector,
        int created,
        int updated,
        int unchanged,
        int resolved,
        int rejected,
        @Nullable String error) {}
