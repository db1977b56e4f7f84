package com.crmbridge.app.store;

import org.jspecify.annotations.Nullable;

/** Which alerts to list; a {@code null} criterion matches all. {@code manager} matches the id, e-mail or key. */
public record AlertFilter(
        @Nullable String type, @Nullable String severity, @Nullable String team, @Nullable String manager) {
    public static final AlertFilter ALL = new AlertFilter(null, null, null, null);
}
