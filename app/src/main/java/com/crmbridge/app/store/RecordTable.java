package com.crmbridge.app.store;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two writes of a page whose best SQL differs by database: finding which of the page's ids are stored, and
 * inserting the new ones. Chosen once, when the store is built, from the connection's database.
 */
interface RecordTable {
    /** A stored record's hash and tombstone flag. */
    record Stored(String hash, boolean deleted) {}

    /** A record to insert: its id, JSON payload and the payload's hash. */
    record Fresh(String id, String payload, String hash) {}

    /** The stored state of those of {@code ids} that are stored, by id. */
    Map<String, Stored> known(String connector, String stream, Collection<String> ids);

    /** Inserts records none of which is stored yet, as live rows first seen, last seen and changed {@code now}. */
    void insert(String connector, String stream, @Nullable String refreshId, OffsetDateTime now, List<Fresh> rows);

    /**
     * Inserts the records if none of them is stored yet, as {@link #insert} does, and says so; if one is stored,
     * leaves the table as it was and returns false. Only worth calling when all are likely new (a first load): a
     * database without a cheap way to try returns false without trying.
     */
    boolean insertIfAllNew(
            String connector, String stream, @Nullable String refreshId, OffsetDateTime now, List<Fresh> rows);

    /** {@link PostgresRecordTable} on a PostgreSQL connection that speaks COPY, else {@link PortableRecordTable}. */
    static RecordTable on(JdbcTemplate template) {
        Boolean postgres = template.execute((ConnectionCallback<Boolean>)
                connection -> "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
                        && connection.isWrapperFor(PGConnection.class));
        return Boolean.TRUE.equals(postgres) ? new PostgresRecordTable(template) : new PortableRecordTable(template);
    }
}
