package com.crmbridge.app.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.app.CrmBridgeApplication;
import com.crmbridge.app.store.TestDatabase;
import com.crmbridge.sync.SyncListener;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two instances on one PostgreSQL database, started together: no page is pulled twice, no row pushed twice. */
class TwoInstancesTest {
    private static ConfigurableApplicationContext instance(String schema, Path out) {
        return new SpringApplicationBuilder(CrmBridgeApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--crmbridge.mode=service",
                        "--spring.datasource.url=" + TestDatabase.POSTGRES_URL + "?currentSchema=" + schema,
                        "--spring.datasource.username=postgres",
                        "--spring.flyway.schemas=" + schema,
                        "--crmbridge.connectors.samples.type=csv",
                        "--crmbridge.connectors.samples.settings.directory=../samples",
                        "--crmbridge.connectors.results.type=csv",
                        "--crmbridge.connectors.results.read=false",
                        "--crmbridge.connectors.results.write=true",
                        "--crmbridge.connectors.results.settings.output-directory=" + out);
    }

    @Test
    void runsOfTwoInstancesNeverOverlap(@TempDir Path out) throws Exception {
        String schema = TestDatabase.newPostgresSchema();
        try (ConfigurableApplicationContext first = instance(schema, out);
                ConfigurableApplicationContext second = instance(schema, out)) {
            Instant asOf = Instant.parse("2026-11-15T04:00:00Z");
            ExecutorService threads = Executors.newFixedThreadPool(2);
            List<Future<RunOutcome>> outcomes = new ArrayList<>();
            for (ConfigurableApplicationContext instance : List.of(first, second)) {
                RunService runs = instance.getBean(RunService.class);
                outcomes.add(threads.submit(
                        () -> runs.run(RunRequest.everything("schedule", asOf, false, new SyncListener() {}))));
            }
            for (Future<RunOutcome> outcome : outcomes) {
                assertThat(outcome.get().status()).isEqualTo(RunStatus.SUCCEEDED);
            }
            threads.shutdown();

            JdbcTemplate sql = first.getBean(JdbcTemplate.class);
            Long stored = sql.queryForObject("SELECT COUNT(*) FROM canonical_record", Long.class);
            Long read = sql.queryForObject("SELECT SUM(read_count) FROM run_stream", Long.class);
            assertThat(read).as("records read over both runs").isEqualTo(stored);
            Long ledger = sql.queryForObject("SELECT COUNT(*) FROM push_ledger", Long.class);
            Long created = sql.queryForObject("SELECT SUM(created + updated) FROM run_push", Long.class);
            assertThat(created).as("rows pushed over both runs").isEqualTo(ledger);
            List<java.sql.Timestamp[]> spans =
                    sql.query("SELECT started_at, finished_at FROM sync_run ORDER BY started_at", (rs, n) ->
                            new java.sql.Timestamp[] {rs.getTimestamp(1), rs.getTimestamp(2)});
            assertThat(spans).hasSize(2);
            assertThat(spans.get(1)[0])
                    .as("the second run started after the first ended")
                    .isAfterOrEqualTo(spans.get(0)[1]);
        } finally {
            TestDatabase.dropPostgresSchema(schema);
        }
    }
}
