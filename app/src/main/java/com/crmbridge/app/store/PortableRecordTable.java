package com.crmbridge.app.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The records table in plain SQL, for H2 (and any database without a faster path). Ids are looked up one by one,
 * each by the whole primary key: H2 uses an {@code IN} list only on an index's first column, so
 * {@code external_id IN (…)} scanned every stored row of the stream, and a first load grew quadratic. New records go
 * in as one JDBC batch.
 */
final class PortableRecordTable implements RecordTable {
    private static final String KNOWN =
            "SELECT payload_hash, deleted FROM canonical_record WHERE connector = ? AND stream = ? AND external_id = ?";

    private final JdbcTemplate template;

    PortableRecordTable(JdbcTemplate template) {
        this.template = template;
    }

    @Override
    public Map<String, Stored> known(String connector, String stream, Collection<String> ids) {
        Map<String, Stored> known = new HashMap<>();
        template.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement select = connection.prepareStatement(KNOWN)) {
                select.setString(1, connector);
                select.setString(2, stream);
                for (String id : ids) {
                    select.setString(3, id);
                    try (ResultSet row = select.executeQuery()) {
                        if (row.next()) {
                            known.put(id, new Stored(row.getString(1), row.getBoolean(2)));
                        }
                    }
                }
            }
            return known.size();
        });
        return known;
    }

    @Override
    public boolean insertIfAllNew(
            String connector, String stream, @Nullable String refreshId, OffsetDateTime now, List<Fresh> rows) {
        return false;
    }

    @Override
    public void insert(
            String connector, String stream, @Nullable String refreshId, OffsetDateTime now, List<Fresh> rows) {
        List<Object[]> batch = new ArrayList<>(rows.size());
        for (Fresh row : rows) {
            batch.add(new Object[] {connector, stream, row.id(), row.payload(), row.hash(), refreshId, now, now, now});
        }
        template.batchUpdate(
                """
                INSERT INTO canonical_record (connector, stream, external_id, payload, payload_hash, refresh_id,
                    deleted, first_seen, last_seen, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?)""",
                batch);
    }
}
