package com.crmbridge.app.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A fresh database for one test class, migrated by the store's Flyway scripts: an H2 in-memory database, or a
 * new schema in the PostgreSQL at 127.0.0.1:5432 (user postgres, database test) that {@link #close()} drops.
 */
public final class TestDatabase implements AutoCloseable {
    public static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final HikariDataSource dataSource;
    private final String schema;
    private final boolean postgres;

    private TestDatabase(HikariDataSource dataSource, String schema, boolean postgres) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.postgres = postgres;
    }

    public static TestDatabase h2() {
        String name = "store_" + UUID.randomUUID().toString().replace("-", "");
        return migrated(new TestDatabase(pool("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa"), "PUBLIC", false));
    }

    public static TestDatabase postgres() {
        String schema = newPostgresSchema();
        HikariDataSource pool =
                pool(POSTGRES_URL + "?currentSchema=" + schema + "&reWriteBatchedInserts=true", "postgres");
        return migrated(new TestDatabase(pool, schema, true));
    }

    /** A new, empty schema in the test PostgreSQL, for a caller that migrates it itself. */
    public static String newPostgresSchema() {
        String schema = "t_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        execute("CREATE SCHEMA " + schema);
        return schema;
    }

    public static void dropPostgresSchema(String schema) {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL at 127.0.0.1:5432 (database test) is needed: " + e.getMessage(), e);
        }
    }

    private static HikariDataSource pool(String url, String user) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword("");
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }

    private static TestDatabase migrated(TestDatabase database) {
        Flyway.configure()
                .dataSource(database.dataSource)
                .schemas(database.schema)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return database;
    }

    public HikariDataSource dataSource() {
        return dataSource;
    }

    public boolean isPostgres() {
        return postgres;
    }

    @Override
    public void close() {
        dataSource.close();
        if (postgres) {
            dropPostgresSchema(schema);
        }
    }

    @Override
    public String toString() {
        return postgres ? "PostgreSQL schema " + schema : "H2";
    }
}
