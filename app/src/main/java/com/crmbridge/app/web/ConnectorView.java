package com.crmbridge.app.web;

import com.crmbridge.app.store.StreamRun;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A connector as the API shows it: never its settings, which may hold secrets.
 *
 * @param health {@code UP} or {@code DOWN} by the connector's own check, with what it found
 * @param lastRun the latest run that read or pushed it, with its figures for this connector
 * @param nextRun when its schedule fires next, in service mode
 * @param cursors the stored cursor of each stream
 */
public record ConnectorView(
        String name,
        String type,
        boolean read,
        boolean write,
        String schedule,
        @Nullable String health,
        List<String> healthDetails,
        @Nullable LastRun lastRun,
        @Nullable Instant nextRun,
        Map<String, String> cursors) {

    /** The connector's part of its latest run. */
    public record LastRun(
            long id, String status, Instant startedAt, @Nullable Instant finishedAt, List<StreamRun> streams) {}
}
