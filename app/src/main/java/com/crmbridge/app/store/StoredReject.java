package com.crmbridge.app.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A row set aside, as stored: where, why, the raw value and how often it was seen.
 *
 * @param where the file or CRM object
 * @param line the 1-based line of a file, 0 otherwise
 */
public record StoredReject(
        String connector,
        String stream,
        String where,
        long line,
        @Nullable String column,
        @Nullable String recordId,
        @Nullable String rawValue,
        String reason,
        long count,
        Instant firstSeen,
        Instant lastSeen) {}
