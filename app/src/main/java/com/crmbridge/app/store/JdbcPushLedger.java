package com.crmbridge.app.store;

import com.crmbridge.spi.PushLedger;
import com.crmbridge.spi.ResultRow;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One sink's {@link PushLedger} in the store: each call is its own statement, committed at once. */
public final class JdbcPushLedger implements PushLedger {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String connector;

    public JdbcPushLedger(JdbcClient jdbc, Clock clock, String connector) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.connector = connector;
    }

    @Override
    public Optional<Entry> find(String key) {
        return jdbc.sql("SELECT fingerprint, destination_id FROM push_ledger WHERE connector = ? AND row_key = ?")
                .params(connector, key)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2)))
                .optional();
    }

    @Override
    public Set<String> activeKeys(ResultRow.Kind kind) {
        return new HashSet<>(
                jdbc.sql("SELECT row_key FROM push_ledger WHERE connector = ? AND kind = ? AND resolved = FALSE")
                        .params(connector, kind.name())
                        .query(String.class)
                        .list());
    }

    @Override
    public void pushed(ResultRow row, String destinationId) {
        var now = RunStore.utc(clock.instant());
        int updated = jdbc.sql(
                        """
                        UPDATE push_ledger SET kind = ?, fingerprint = ?, destination_id = ?, resolved = FALSE,
                            pushed_at = ? WHERE connector = ? AND row_key = ?""")
                .params(row.kind().name(), row.fingerprint(), destinationId, now, connector, row.key())
                .update();
        if (updated == 0) {
            jdbc.sql(
                            """
                            INSERT INTO push_ledger (connector, row_key, kind, fingerprint, destination_id, resolved,
                                pushed_at) VALUES (?, ?, ?, ?, ?, FALSE, ?)""")
                    .params(connector, row.key(), row.kind().name(), row.fingerprint(), destinationId, now)
                    .update();
        }
    }

    @Override
    public void resolved(String key) {
        jdbc.sql("UPDATE push_ledger SET resolved = TRUE, pushed_at = ? WHERE connector = ? AND row_key = ?")
                .params(RunStore.utc(clock.instant()), connector, key)
                .update();
    }
}
