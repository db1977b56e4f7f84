package com.crmbridge.app.store;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The records table on PostgreSQL. The page's ids go to the server as one {@code text[]} and are looked up one by
 * one through a {@code LATERAL} subquery, each by the whole primary key whatever the statistics say: with
 * {@code external_id IN (…)} (or {@code = ANY}) a table not yet analyzed was planned as a scan of the whole stream.
 * New records go in by {@code COPY} on the page's own connection, inside its transaction.
 */
final class PostgresRecordTable implements RecordTable {
    private static final String KNOWN =
            """
            SELECT v.id, c.payload_hash, c.deleted FROM unnest(?::text[]) AS v(id)
            CROSS JOIN LATERAL (
                SELECT payload_hash, deleted FROM canonical_record
                WHERE connector = ? AND stream = ? AND external_id = v.id OFFSET 0) c""";
    private static final String COPY =
            """
            COPY canonical_record (connector, stream, external_id, payload, payload_hash, refresh_id, deleted,
                first_seen, last_seen, changed_at) FROM STDIN (FORMAT csv)""";

    private static final String UNIQUE_VIOLATION = "23505";

    private final JdbcTemplate template;

    PostgresRecordTable(JdbcTemplate template) {
        this.template = template;
    }

    @Override
    public Map<String, Stored> known(String connector, String stream, Collection<String> ids) {
        Map<String, Stored> known = new HashMap<>();
        template.query(
                connection -> {
                    PreparedStatement select = connection.prepareStatement(KNOWN);
                    select.setArray(1, connection.createArrayOf("text", ids.toArray()));
                    select.setString(2, connector);
                    select.setString(3, stream);
                    return select;
                },
                (RowCallbackHandler)
                        row -> known.put(row.getString(1), new Stored(row.getString(2), row.getBoolean(3))));
        return known;
    }

    @Override
    public void insert(
            String connector, String stream, @Nullable String refreshId, OffsetDateTime now, List<Fresh> rows) {
        byte[] csv = csv(connector, stream, refreshId, now, rows);
        Long copied = template.execute((ConnectionCallback<Long>) connection -> copy(connection, csv));
        checkCopied(copied, rows.size());
    }

    /**
     * Tries the COPY under a savepoint: a unique violation (an id already stored) rolls back to it, so the page can
     * go the way of the lookup instead; any other failure fails the page.
     */
    @Override
    public boolean insertIfAllNew(
            String connector, String stream, @Nullable String refreshId, OffsetDateTime now, List<Fresh> rows) {
        byte[] csv = csv(connector, stream, refreshId, now, rows);
        Long copied = template.execute((ConnectionCallback<Long>) connection -> {
            Savepoint savepoint = connection.setSavepoint();
            long count;
            try {
                count = copy(connection, csv);
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(savepoint);
                return -1L;
            }
            connection.releaseSavepoint(savepoint);
            return count;
        });
        if (copied != null && copied == -1L) {
            return false;
        }
        checkCopied(copied, rows.size());
        return true;
    }

    private static void checkCopied(@Nullable Long copied, int rows) {
        if (copied == null || copied != rows) {
            throw new DataIntegrityViolationException(
                    String.format(Locale.ROOT, "COPY into canonical_record stored %s rows of %d", copied, rows));
        }
    }

    private static byte[] csv(
            String connector, String stream, @Nullable String refreshId, OffsetDateTime now, List<Fresh> rows) {
        String at = timestamp(now);
        String fixed = ',' + quote(refreshId) + ",false," + at + ',' + at + ',' + at + '\n';
        String key = quote(connector) + ',' + quote(stream) + ',';
        StringBuilder csv = new StringBuilder(rows.size() * 512);
        for (Fresh row : rows) {
            csv.append(key)
                    .append(quote(row.id()))
                    .append(',')
                    .append(quote(row.payload()))
                    .append(',')
                    .append(quote(row.hash()))
                    .append(fixed);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long copy(java.sql.Connection connection, byte[] bytes) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** CSV's quoted field; SQL NULL is the unquoted empty field. */
    private static String quote(@Nullable String value) {
        return value == null ? "" : '"' + value.replace("\"", "\"\"") + '"';
    }

    /**
     * The instant as PostgreSQL reads it, rounded half up to the microsecond as the JDBC driver rounds a bound
     * {@code OffsetDateTime}, so that a copied row holds the same timestamps as an inserted or updated one.
     */
    static String timestamp(OffsetDateTime time) {
        return time.plusNanos(500).truncatedTo(ChronoUnit.MICROS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
