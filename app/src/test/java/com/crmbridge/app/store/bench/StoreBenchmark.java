package com.crmbridge.app.store.bench;

import com.crmbridge.app.store.JdbcSyncStore;
import com.crmbridge.app.store.RecordCodec;
import com.crmbridge.app.store.TestDatabase;
import com.crmbridge.domain.Deal;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.sync.PageCommit;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores N synthetic deals (default 1,000,000) through {@link JdbcSyncStore}, the class the sync loop writes
 * with, one page of {@value #PAGE} deals per transaction as the runtime does: on a fresh PostgreSQL schema
 * (where the store inserts new records by {@code COPY}) and on an H2 file database under {@code target/}. In the same run, the same
 * rows (same columns, same JSON payload and hash) go into a table like the store's by one plain PostgreSQL
 * {@code COPY}. Prints rows per second of each and the ratio of the PostgreSQL store to COPY.
 *
 * <p>Arguments: the H2 directory, the number of deals.
 */
public final class StoreBenchmark {
    static final int PAGE = 1_000;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

    /**
     * Whether to ANALYZE the store table after the first page (-Dbench.analyze=true; default false). It stands in for
     * autovacuum, which is off on the benchmark machine's PostgreSQL. The store's known-id lookup used to need it
     * (without statistics PostgreSQL 15 planned it as a scan of the whole stream); it no longer does, and a first
     * load on a fresh table has no statistics, so the default measures without.
     */
    private static final boolean ANALYZE = Boolean.parseBoolean(System.getProperty("bench.analyze", "false"));

    private StoreBenchmark() {}

    private static void analyze(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(
                    connection.getMetaData().getDatabaseProductName().equals("H2")
                            ? "ANALYZE TABLE canonical_record"
                            : "ANALYZE canonical_record");
        }
    }

    public static void main(String[] args) throws Exception {
        Path h2Directory = Path.of(args.length > 0 ? args[0] : "target/bench");
        int deals = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        System.out.printf(Locale.ROOT, "Storing %,d deals in pages of %,d, analyze=%s%n", deals, PAGE, ANALYZE);
        try (TestDatabase postgres = TestDatabase.postgres()) {
            double copy = copy(postgres.dataSource(), deals);
            double pgStore = store("PostgreSQL store", postgres.dataSource(), deals);
            // -Dbench.h2=false skips H2, the slowest phase
            double h2Store = Boolean.parseBoolean(System.getProperty("bench.h2", "true")) ? h2(h2Directory, deals) : 0;
            System.out.printf(
                    Locale.ROOT,
                    "RESULT deals=%d copy=%.0f rows/s postgres-store=%.0f rows/s h2-store=%.0f rows/s"
                            + " postgres-store/copy=%.1f %% (goal >= 50 %%)%n",
                    deals,
                    copy,
                    pgStore,
                    h2Store,
                    100 * pgStore / copy);
        }
    }

    private static double h2(Path directory, int deals) throws IOException, SQLException {
        deleteTree(directory);
        Files.createDirectories(directory);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + directory.toAbsolutePath().resolve("store"));
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(2);
        try (HikariDataSource h2 = new HikariDataSource(config)) {
            Flyway.configure()
                    .dataSource(h2)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            return store("H2 store (file)", h2, deals);
        }
    }

    /** Writes the deals through the sync store, a page per transaction; rows per second. */
    private static double store(String name, DataSource dataSource, int deals) throws SQLException {
        checkpoint(dataSource);
        JdbcSyncStore store = new JdbcSyncStore(
                new JdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                new RecordCodec(),
                CLOCK);
        long start = System.nanoTime();
        int changed = 0;
        for (int from = 0; from < deals; from += PAGE) {
            int to = Math.min(deals, from + PAGE);
            Page page = Page.of(SyntheticDeals.page(from, to), new Cursor(Integer.toString(to)));
            changed += store.commit(new PageCommit(SyntheticDeals.CONNECTOR, StreamKind.DEALS, page, null));
            if (from == 0 && ANALYZE) {
                analyze(dataSource);
            }
        }
        long nanos = System.nanoTime() - start;
        check(name, changed, count(dataSource, "canonical_record"), deals);
        return report(name, deals, nanos);
    }

    /**
     * One COPY of the same rows the store writes (JSON payload and its hash made here too) into a table with the
     * store table's columns and primary key; rows per second.
     */
    private static double copy(DataSource dataSource, int deals) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE copy_record (LIKE canonical_record INCLUDING ALL)");
            }
        }
        checkpoint(dataSource);
        RecordCodec codec = new RecordCodec();
        String now = OffsetDateTime.ofInstant(CLOCK.instant(), ZoneOffset.UTC).toString();
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            CopyIn copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY copy_record (connector, stream, external_id, payload, payload_hash, refresh_id,"
                            + " deleted, first_seen, last_seen, changed_at) FROM STDIN (FORMAT csv)");
            StringBuilder rows = new StringBuilder(1 << 20);
            for (int from = 0; from < deals; from += PAGE) {
                rows.setLength(0);
                for (Deal deal : SyntheticDeals.page(from, Math.min(deals, from + PAGE))) {
                    String payload = codec.write(deal);
                    rows.append(SyntheticDeals.CONNECTOR)
                            .append(',')
                            .append(StreamKind.DEALS.name())
                            .append(',')
                            .append(csv(deal.source().externalId()))
                            .append(',')
                            .append(csv(payload))
                            .append(',')
                            .append(RecordCodec.hash(payload))
                            .append(",,false,")
                            .append(now)
                            .append(',')
                            .append(now)
                            .append(',')
                            .append(now)
                            .append('\n');
                }
                byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
            }
            long copied = copy.endCopy();
            connection.commit();
            long nanos = System.nanoTime() - start;
            check("PostgreSQL COPY", (int) copied, count(dataSource, "copy_record"), deals);
            return report("PostgreSQL COPY", deals, nanos);
        }
    }

    private static String csv(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static void checkpoint(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        }
    }

    private static long count(DataSource dataSource, String table) {
        Long rows = new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return rows == null ? 0 : rows;
    }

    private static void check(String name, int reported, long stored, int expected) {
        if (reported != expected || stored != expected) {
            throw new IllegalStateException(String.format(
                    Locale.ROOT, "%s: expected %d rows, reported %d, stored %d", name, expected, reported, stored));
        }
    }

    private static double report(String name, int deals, long nanos) {
        double seconds = nanos / 1e9;
        double perSecond = deals / seconds;
        System.out.printf(
                Locale.ROOT,
                "%-20s %,d rows in %.1f s: %,.0f rows/s (load average after: %s)%n",
                name,
                deals,
                seconds,
                perSecond,
                loadAverage());
        return perSecond;
    }

    /** The 1, 5 and 15 minute load averages, as {@code uptime} shows them, where the system tells them. */
    private static String loadAverage() {
        Path loadavg = Path.of("/proc/loadavg");
        try {
            String[] fields = Files.readString(loadavg).trim().split(" ");
            return fields.length < 3 ? "unknown" : fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
