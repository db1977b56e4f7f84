package com.crmbridge.app.flow;

import com.crmbridge.sync.SyncListener;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a run should do.
 *
 * @param trigger who started it: {@code cli}, {@code schedule} or {@code api}
 * @param connectors the reading connectors to pull, by name; empty for every reading connector
 * @param asOf the instant the KPIs are computed at; {@code null} for now
 * @param fullRefresh read every stream from the start, ignoring the stored cursors
 * @param onlyWhenChanged compute and push only when the pull changed stored data (or no results exist yet)
 * @param progress hears every page, for a terminal's progress lines
 */
public record RunRequest(
        String trigger,
        List<String> connectors,
        @Nullable Instant asOf,
        boolean fullRefresh,
        boolean onlyWhenChanged,
        SyncListener progress) {
    public RunRequest {
        connectors = List.copyOf(connectors);
    }

    /** A run of everything, computing and pushing whatever the pull found. */
    public static RunRequest everything(
            String trigger, @Nullable Instant asOf, boolean fullRefresh, SyncListener progress) {
        return new RunRequest(trigger, List.of(), asOf, fullRefresh, false, progress);
    }

    /** A scheduled pull of one connector, followed by the KPIs and pushes when data changed. */
    public static RunRequest scheduled(String connector) {
        return new RunRequest("schedule", List.of(connector), null, false, true, new SyncListener() {});
    }
}
