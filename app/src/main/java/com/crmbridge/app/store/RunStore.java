package com.crmbridge.app.store;

import com.crmbridge.spi.PushReport;
import com.crmbridge.sync.StreamReport;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Run history: a row per run, per stream read and per push. */
public final class RunStore {
    private final JdbcClient jdbc;
    private final Clock clock;

    public RunStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the start of a run and returns its id. */
    public long start(String trigger, boolean fullRefresh, Instant asOf) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        INSERT INTO sync_run (run_trigger, started_at, status, as_of, full_refresh, scorecards, alerts)
                        VALUES (?, ?, 'RUNNING', ?, ?, 0, 0)""")
                .params(trigger, now(), utc(asOf), fullRefresh)
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKeyAs(Number.class)).longValue();
    }

    /** Marks runs left {@code RUNNING} by a stopped process; call while holding the run lock. */
    public int interruptDangling() {
        return jdbc.sql("UPDATE sync_run SET status = 'INTERRUPTED', finished_at = ?,"
                        + " message = 'the process stopped during the run' WHERE status = 'RUNNING'")
                .param(now())
                .update();
    }

    public void recordStream(
            long runId, String connector, String status, StreamReport report, long apiCalls, long credits) {
        jdbc.sql(
                        """
                        INSERT INTO run_stream (run_id, connector, stream, status, read_count, changed_count,
                            deleted_count, rejected_count, pages, retries, rate_limit_waits, api_calls, credits,
                            duration_ms, error)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Sql.values(
                        runId,
                        connector,
                        report.stream().name(),
                        status,
                        report.read(),
                        report.changed(),
                        report.deleted(),
                        report.rejected(),
                        report.pages(),
                        report.retries(),
                        report.rateLimitWaits(),
                        apiCalls,
                        credits,
                        report.duration().toMillis(),
                        report.error()))
                .update();
    }

    public void recordPush(long runId, String connector, @Nullable PushReport report, @Nullable String error) {
        var counts = report == null ? new PushReport(List.of()).counts() : report.counts();
        jdbc.sql(
                        """
                        INSERT INTO run_push (run_id, connector, created, updated, unchanged, resolved, rejected, error)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Sql.values(
                        runId,
                        connector,
                        counts.getOrDefault(PushReport.Outcome.CREATED, 0),
                        counts.getOrDefault(PushReport.Outcome.UPDATED, 0),
                        counts.getOrDefault(PushReport.Outcome.UNCHANGED, 0),
                        counts.getOrDefault(PushReport.Outcome.RESOLVED, 0),
                        counts.getOrDefault(PushReport.Outcome.REJECTED, 0),
                        error))
                .update();
    }

    public void finish(
            long runId,
            String status,
            @Nullable String message,
            @Nullable String rulesVersion,
            int scorecards,
            int alerts) {
        jdbc.sql(
                        """
                        UPDATE sync_run SET status = ?, finished_at = ?, message = ?, rules_version = ?, scorecards = ?,
                            alerts = ? WHERE id = ?""")
                .params(Sql.values(
                        status,
                        now(),
                        message == null ? null : truncate(message),
                        rulesVersion,
                        scorecards,
                        alerts,
                        runId))
                .update();
    }

    /** The latest runs, newest first. */
    public List<RunRecord> recent(int limit) {
        List<Long> ids = jdbc.sql("SELECT id FROM sync_run ORDER BY id DESC LIMIT ?")
                .param(limit)
                .query(Long.class)
                .list();
        List<RunRecord> runs = new ArrayList<>();
        ids.forEach(id -> find(id).ifPresent(runs::add));
        return runs;
    }

    public Optional<RunRecord> find(long id) {
        return jdbc.sql("SELECT * FROM sync_run WHERE id = ?")
                .param(id)
                .query((rs, n) -> run(rs))
                .optional();
    }

    /** The latest run that read or pushed the connector. */
    public Optional<RunRecord> lastOf(String connector) {
        return jdbc.sql(
                        """
                        SELECT MAX(run_id) FROM (
                            SELECT run_id FROM run_stream WHERE connector = ?
                            UNION SELECT run_id FROM run_push WHERE connector = ?) runs""")
                .params(connector, connector)
                .query((rs, n) -> rs.getLong(1))
                .optional()
                .filter(id -> id > 0)
                .flatMap(this::find);
    }

    private RunRecord run(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<StreamRun> streams = jdbc
                .sql("SELECT * FROM run_stream WHERE run_id = ? ORDER BY connector, stream")
                .param(id)
                .query((r, n) -> new StreamRun(
                        r.getString("connector"),
                        r.getString("stream"),
                        r.getString("status"),
                        r.getLong("read_count"),
                        r.getLong("changed_count"),
                        r.getLong("deleted_count"),
                        r.getLong("rejected_count"),
                        r.getInt("pages"),
                        r.getInt("retries"),
                        r.getInt("rate_limit_waits"),
                        r.getLong("api_calls"),
                        r.getLong("credits"),
                        r.getLong("duration_ms"),
                        r.getString("error")))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(StreamRun::connector)
                        .thenComparing(s -> com.crmbridge.spi.StreamKind.valueOf(s.stream())))
                .toList();
        List<PushRun> pushes = jdbc.sql("SELECT * FROM run_push WHERE run_id = ? ORDER BY connector")
                .param(id)
                .query((r, n) -> new PushRun(
                        r.getString("connector"),
                        r.getInt("created"),
                        r.getInt("updated"),
                        r.getInt("unchanged"),
                        r.getInt("resolved"),
                        r.getInt("rejected"),
                        r.getString("error")))
                .list();
        return new RunRecord(
                id,
                rs.getString("run_trigger"),
                Objects.requireNonNull(instant(rs, "started_at")),
                instant(rs, "finished_at"),
                rs.getString("status"),
                instant(rs, "as_of"),
                rs.getBoolean("full_refresh"),
                rs.getString("rules_version"),
                rs.getInt("scorecards"),
                rs.getInt("alerts"),
                rs.getString("message"),
                streams,
                pushes);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static String truncate(String text) {
        return text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
    }

    private OffsetDateTime now() {
        return utc(clock.instant());
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
