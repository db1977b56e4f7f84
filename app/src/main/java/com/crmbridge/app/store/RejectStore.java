package com.crmbridge.app.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the rows set aside, for the summary and the REST API. */
public final class RejectStore {
    private final JdbcClient jdbc;

    public RejectStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Rejects, most often seen first, then by where and line.
     *
     * @param connector only this connector's; {@code null} for all
     * @param stream only this stream's ({@code DEALS}); {@code null} for all
     */
    public List<StoredReject> list(@Nullable String connector, @Nullable String stream, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM reject WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (connector != null) {
            sql.append(" AND connector = ?");
            params.add(connector);
        }
        if (stream != null) {
            sql.append(" AND stream = ?");
            params.add(stream.toUpperCase(java.util.Locale.ROOT));
        }
        sql.append(" ORDER BY seen_count DESC, connector, stream, location, line LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new StoredReject(
                        rs.getString("connector"),
                        rs.getString("stream"),
                        rs.getString("location"),
                        rs.getLong("line"),
                        rs.getString("column_name"),
                        rs.getString("record_id"),
                        rs.getString("raw_value"),
                        rs.getString("reason"),
                        rs.getLong("seen_count"),
                        Objects.requireNonNull(RunStore.instant(rs, "first_seen")),
                        Objects.requireNonNull(RunStore.instant(rs, "last_seen"))))
                .list();
    }

    /** How many rejects are stored, per connector or in all. */
    public long count(@Nullable String connector) {
        Long count = connector == null
                ? jdbc.sql("SELECT COUNT(*) FROM reject").query(Long.class).single()
                : jdbc.sql("SELECT COUNT(*) FROM reject WHERE connector = ?")
                        .param(connector)
                        .query(Long.class)
                        .single();
        return count == null ? 0 : count;
    }
}
