package com.crmbridge.app.store;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.BadRecord;
import com.crmbridge.sync.PageCommit;
import com.crmbridge.sync.StreamState;
import com.crmbridge.sync.SyncStore;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link SyncStore} on the database. A page is one transaction: the records it returns are inserted (new) or
 * updated (known), in JDBC batches; its deletions flag records; its rejects are counted; the cursor follows.
 * Known ids are looked up first, each by the whole primary key, so that no plan depends on statistics; the new
 * records then go in by {@code COPY} on PostgreSQL and by a batched {@code INSERT} elsewhere ({@link RecordTable}).
 */
public final class JdbcSyncStore implements SyncStore {
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate tx;
    private final RecordCodec codec;
    private final Clock clock;
    private final RecordTable records;
    /** Streams (connector NUL stream) whose last page stored only new records: a hint, never a promise. */
    private final Set<String> allNew = ConcurrentHashMap.newKeySet();

    /** Asks the database which it is, to choose its SQL for the records table. */
    public JdbcSyncStore(JdbcTemplate template, TransactionTemplate tx, RecordCodec codec, Clock clock) {
        this.template = template;
        this.records = RecordTable.on(template);
        this.jdbc = JdbcClient.create(template);
        this.tx = tx;
        this.codec = codec;
        this.clock = clock;
    }

    @Override
    public StreamState state(String connector, StreamKind stream) {
        return jdbc.sql("SELECT cursor_value, refresh_id FROM stream_cursor WHERE connector = ? AND stream = ?")
                .params(connector, stream.name())
                .query((rs, n) -> {
                    String cursor = rs.getString(1);
                    return new StreamState(cursor == null ? null : new Cursor(cursor), rs.getString(2));
                })
                .optional()
                .orElse(StreamState.NEW);
    }

    @Override
    public int commit(PageCommit commit) {
        Integer changed = tx.execute(status -> {
            OffsetDateTime now = now();
            int count = upsert(commit, now);
            count += delete(commit.connector(), commit.stream(), commit.page().deletions(), now);
            fileRejects(commit, now);
            saveCursor(commit.connector(), commit.stream(), commit.page().cursor(), commit.refreshId(), now);
            return count;
        });
        return Objects.requireNonNull(changed);
    }

    @Override
    public int finish(String connector, StreamKind stream, @Nullable String refreshId) {
        Integer deleted = tx.execute(status -> {
            OffsetDateTime now = now();
            int gone = 0;
            if (refreshId != null) {
                gone = jdbc.sql(
                                """
                                UPDATE canonical_record SET deleted = TRUE, changed_at = ?
                                WHERE connector = ? AND stream = ? AND deleted = FALSE
                                  AND (refresh_id IS NULL OR refresh_id <> ?)""")
                        .params(now, connector, stream.name(), refreshId)
                        .update();
                jdbc.sql(
                                """
                                DELETE FROM reject WHERE connector = ? AND stream = ?
                                  AND (refresh_id IS NULL OR refresh_id <> ?)""")
                        .params(connector, stream.name(), refreshId)
                        .update();
            }
            jdbc.sql("UPDATE stream_cursor SET refresh_id = NULL, updated_at = ? WHERE connector = ? AND stream = ?")
                    .params(now, connector, stream.name())
                    .update();
            return gone;
        });
        return Objects.requireNonNull(deleted);
    }

    /** Forgets a stream's cursor, so that the next read starts from the beginning. */
    public boolean resetCursor(String connector, StreamKind stream) {
        return jdbc.sql("DELETE FROM stream_cursor WHERE connector = ? AND stream = ?")
                        .params(connector, stream.name())
                        .update()
                > 0;
    }

    /** Every stored cursor of a connector, by stream. */
    public Map<StreamKind, String> cursors(String connector) {
        Map<StreamKind, String> cursors = new LinkedHashMap<>();
        jdbc.sql("SELECT stream, cursor_value FROM stream_cursor WHERE connector = ? ORDER BY stream")
                .param(connector)
                .query(rs -> {
                    String value = rs.getString(2);
                    if (value != null) {
                        cursors.put(StreamKind.valueOf(rs.getString(1)), value);
                    }
                });
        return cursors;
    }

    private int upsert(PageCommit commit, OffsetDateTime now) {
        Map<String, RecordTable.Fresh> rows = new LinkedHashMap<>();
        for (CanonicalRecord record : commit.page().records()) {
            String payload = codec.write(record);
            // a page holding an id twice: the later row wins, as the records arrived
            rows.put(
                    record.source().externalId(),
                    new RecordTable.Fresh(record.source().externalId(), payload, RecordCodec.hash(payload)));
        }
        if (rows.isEmpty()) {
            return 0;
        }
        String connector = commit.connector();
        String stream = commit.stream().name();
        String streamKey = connector + '\u0000' + stream;
        // a first load: its previous page was all new, so this one probably is too; try it without the lookup
        if (allNew.contains(streamKey)
                && records.insertIfAllNew(connector, stream, commit.refreshId(), now, new ArrayList<>(rows.values()))) {
            clearFixedRejects(connector, stream, rows.keySet());
            return rows.size();
        }
        Map<String, RecordTable.Stored> known = records.known(connector, stream, rows.keySet());
        if (known.isEmpty()) {
            allNew.add(streamKey);
        } else {
            allNew.remove(streamKey);
        }
        List<RecordTable.Fresh> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        int changed = 0;
        for (RecordTable.Fresh row : rows.values()) {
            RecordTable.Stored before = known.get(row.id());
            if (before == null) {
                inserts.add(row);
                changed++;
            } else {
                boolean different = before.deleted() || !before.hash().equals(row.hash());
                if (different) {
                    changed++;
                }
                updates.add(new Object[] {
                    row.payload(), row.hash(), commit.refreshId(), now, different, now, connector, stream, row.id()
                });
            }
        }
        if (!inserts.isEmpty()) {
            records.insert(connector, stream, commit.refreshId(), now, inserts);
        }
        if (!updates.isEmpty()) {
            template.batchUpdate(
                    """
                    UPDATE canonical_record SET payload = ?, payload_hash = ?, refresh_id = ?, deleted = FALSE,
                        last_seen = ?, changed_at = CASE WHEN ? THEN ? ELSE changed_at END
                    WHERE connector = ? AND stream = ? AND external_id = ?""",
                    updates);
        }
        clearFixedRejects(connector, stream, rows.keySet());
        return changed;
    }

    private void clearFixedRejects(String connector, String stream, java.util.Collection<String> ids) {
        Long withIds = jdbc.sql(
                        "SELECT COUNT(*) FROM reject WHERE connector = ? AND stream = ? AND record_id IS NOT NULL")
                .params(connector, stream)
                .query(Long.class)
                .single();
        if (withIds == null || withIds == 0) {
            return;
        }
        List<Object[]> deletes = new ArrayList<>();
        ids.forEach(id -> deletes.add(new Object[] {connector, stream, id}));
        template.batchUpdate("DELETE FROM reject WHERE connector = ? AND stream = ? AND record_id = ?", deletes);
    }

    private int delete(String connector, StreamKind stream, List<SourceRef> deletions, OffsetDateTime now) {
        if (deletions.isEmpty()) {
            return 0;
        }
        List<Object[]> batch = new ArrayList<>();
        deletions.forEach(ref -> batch.add(new Object[] {now, now, connector, stream.name(), ref.externalId()}));
        int[] counts = template.batchUpdate(
                """
                UPDATE canonical_record SET deleted = TRUE, changed_at = ?, last_seen = ?
                WHERE connector = ? AND stream = ? AND external_id = ? AND deleted = FALSE""",
                batch);
        int deleted = 0;
        for (int count : counts) {
            deleted += Math.max(count, 0);
        }
        return deleted;
    }

    private void fileRejects(PageCommit commit, OffsetDateTime now) {
        if (commit.page().rejects().isEmpty()) {
            return;
        }
        Map<String, BadRecord> byKey = new LinkedHashMap<>();
        for (BadRecord bad : commit.page().rejects()) {
            byKey.put(rejectKey(commit.connector(), commit.stream(), bad), bad);
        }
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<String> keys = new ArrayList<>(byKey.keySet());
        java.util.Set<String> existing = new java.util.HashSet<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            existing.addAll(jdbc.sql("SELECT reject_key FROM reject WHERE reject_key IN ("
                            + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")")
                    .params(new ArrayList<Object>(chunk))
                    .query(String.class)
                    .list());
        }
        byKey.forEach((key, bad) -> {
            if (existing.contains(key)) {
                updates.add(new Object[] {commit.refreshId(), now, key});
            } else {
                inserts.add(new Object[] {
                    key,
                    commit.connector(),
                    commit.stream().name(),
                    truncate(bad.where(), 500),
                    bad.line(),
                    truncate(bad.column(), 255),
                    truncate(bad.recordId(), 255),
                    truncate(bad.rawValue(), 4000),
                    truncate(bad.reason(), 4000),
                    commit.refreshId(),
                    now,
                    now
                });
            }
        });
        if (!inserts.isEmpty()) {
            template.batchUpdate(
                    """
                    INSERT INTO reject (reject_key, connector, stream, location, line, column_name, record_id, raw_value,
                        reason, seen_count, refresh_id, first_seen, last_seen)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""",
                    inserts);
        }
        if (!updates.isEmpty()) {
            template.batchUpdate(
                    "UPDATE reject SET seen_count = seen_count + 1, refresh_id = ?, last_seen = ? WHERE reject_key = ?",
                    updates);
        }
    }

    private void saveCursor(
            String connector, StreamKind stream, Cursor cursor, @Nullable String refreshId, OffsetDateTime now) {
        int updated = jdbc.sql(
                        "UPDATE stream_cursor SET cursor_value = ?, refresh_id = ?, updated_at = ? WHERE connector = ? AND stream = ?")
                .params(Sql.values(cursor.value(), refreshId, now, connector, stream.name()))
                .update();
        if (updated == 0) {
            jdbc.sql(
                            "INSERT INTO stream_cursor (connector, stream, cursor_value, refresh_id, updated_at) VALUES (?, ?, ?, ?, ?)")
                    .params(Sql.values(connector, stream.name(), cursor.value(), refreshId, now))
                    .update();
        }
    }

    static String rejectKey(String connector, StreamKind stream, BadRecord bad) {
        return RecordCodec.hash(String.join(
                "\u0000",
                connector,
                stream.name(),
                bad.where(),
                Long.toString(bad.line()),
                Objects.requireNonNullElse(bad.column(), ""),
                Objects.requireNonNullElse(bad.recordId(), ""),
                Objects.requireNonNullElse(bad.rawValue(), ""),
                bad.reason()));
    }

    private static @Nullable String truncate(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
