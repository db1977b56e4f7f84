package com.crmbridge.sync;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What pulling one connector did.
 *
 * @param connector the configured connector name
 * @param status how the pull ended
 * @param streams one report per stream started, in reading order
 * @param message why the pull did not complete, naming the connector and what to do; {@code null} when completed
 */
public record SyncReport(String connector, SyncStatus status, List<StreamReport> streams, @Nullable String message) {
    public SyncReport {
        streams = List.copyOf(streams);
    }

    /** Whether any stored record was added, changed or deleted. */
    public boolean changedData() {
        return streams.stream().anyMatch(s -> s.changed() > 0 || s.deleted() > 0);
    }
}
