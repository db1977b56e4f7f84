package com.crmbridge.app.store;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One run as stored, with what each stream and each push did.
 *
 * @param trigger {@code cli}, {@code schedule} or {@code api}
 * @param status {@code RUNNING}, {@code SUCCEEDED}, {@code PARTIAL} (a connector stopped on a quota or failed,
 *     results computed from what is stored), {@code FAILED} or {@code INTERRUPTED} (the process stopped)
 */
public record RunRecord(
        long id,
        String trigger,
        Instant startedAt,
        @Nullable Instant finishedAt,
        String status,
        @Nullable Instant asOf,
        boolean fullRefresh,
        @Nullable String rulesVersion,
        int scorecards,
        int alerts,
        @Nullable String message,
        List<StreamRun> streams,
        List<PushRun> pushes) {
    public RunRecord {
        streams = List.copyOf(streams);
        pushes = List.copyOf(pushes);
    }
}
