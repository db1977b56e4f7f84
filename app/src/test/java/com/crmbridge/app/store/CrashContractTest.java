package com.crmbridge.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmbridge.connector.csv.CsvConnectorProvider;
import com.crmbridge.spi.Settings;
import com.crmbridge.spi.Source;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.sync.Pause;
import com.crmbridge.sync.RetryPolicy;
import com.crmbridge.sync.SourceSync;
import com.crmbridge.sync.SyncListener;
import com.crmbridge.sync.SyncStatus;
import com.crmbridge.sync.SyncStore;
import com.crmbridge.testkit.RecordingContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Kills a pull of the shipped samples (the csv connector, pages of 50 rows) at 25 random writes, restarts it, and
 * shows that the store then holds exactly what a clean pull stores. Written once, run on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CrashContractTest {
    private static final Path SAMPLES =
            Path.of("..", "samples").toAbsolutePath().normalize();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-15T04:00:00Z"), ZoneOffset.UTC);
    private static final List<StreamKind> ORDER = List.of(StreamKind.values());

    private TestDatabase database;
    private JdbcTemplate template;
    private JdbcSyncStore store;

    abstract TestDatabase open();

    @BeforeAll
    void openDatabase() {
        database = open();
        template = new JdbcTemplate(database.dataSource());
        store = new JdbcSyncStore(
                template,
                new TransactionTemplate(new DataSourceTransactionManager(database.dataSource())),
                new RecordCodec(),
                CLOCK);
    }

    @AfterAll
    void closeDatabase() {
        database.close();
    }

    private static Source samples(String connector) {
        CsvConnectorProvider provider = new CsvConnectorProvider();
        Settings settings =
                provider.settingsSpec().validate(Map.of("directory", SAMPLES.toString(), "page-size", "50"));
        return (Source) provider.create(RecordingContext.named(connector), settings);
    }

    private static SyncStatus pull(SyncStore into, String connector) {
        return new SourceSync(into, RetryPolicy.none(), Pause.SLEEP, CLOCK, () -> 0, () -> UUID.randomUUID()
                        .toString())
                .pull(connector, samples(connector), ORDER, false, () -> false, new SyncListener() {})
                .status();
    }

    /** The live records of a connector, as id → payload with the connector's name taken out. */
    private Map<String, String> live(String connector) {
        Map<String, String> live = new java.util.TreeMap<>();
        template.query(
                "SELECT stream, external_id, payload FROM canonical_record WHERE connector = ? AND deleted = FALSE",
                rs -> {
                    live.put(
                            rs.getString(1) + "/" + rs.getString(2),
                            rs.getString(3).replace("\"connector\":\"" + connector + "\"", "\"connector\":\"?\""));
                },
                connector);
        return live;
    }

    @Test
    void aPullKilledAtAnyWriteAndRestartedEqualsACleanPull() {
        CrashingStore counting = new CrashingStore(store, Integer.MAX_VALUE);
        assertThat(pull(counting, "clean")).isEqualTo(SyncStatus.COMPLETED);
        Map<String, String> clean = live("clean");
        int writes = counting.writes();
        assertThat(writes).isGreaterThan(25);

        Random random = new Random(20261115);
        for (int i = 0; i < 25; i++) {
            int killAt = 1 + random.nextInt(writes);
            String connector = "killed" + i;
            assertThatThrownBy(() -> pull(new CrashingStore(store, killAt), connector))
                    .isInstanceOf(CrashingStore.Killed.class);

            assertThat(pull(store, connector)).isEqualTo(SyncStatus.COMPLETED);

            assertThat(live(connector))
                    .as("killed at write %d of %d", killAt, writes)
                    .isEqualTo(clean);
        }
    }
}
